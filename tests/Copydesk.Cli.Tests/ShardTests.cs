using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>--shard K/N</c>: N shards cover every input exactly once, and their outputs merged are one run's output.</summary>
public sealed class ShardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task File_shards_merged_equal_one_run(int count)
    {
        CliRun whole = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.DigestArticles);

        var merged = new List<string>();
        var exitCodes = new List<int>();
        for (int index = 0; index < count; index++)
        {
            CliRun shard = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", "--shard", $"{index}/{count}", TestFiles.DigestArticles);
            merged.AddRange(shard.OutLines);
            exitCodes.Add(shard.ExitCode);
        }

        Assert.Equal(whole.OutLines, merged.OrderBy(FileOf, StringComparer.Ordinal));
        Assert.Equal(whole.ExitCode, exitCodes.Max());
    }

    [Fact]
    public async Task Record_shards_merged_equal_one_run()
    {
        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", ArchiveOfDigestArticles(copies: 5) + "not json\n{\"text\": \"no id\"}\n");
        CliRun whole = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", input);

        var merged = new List<string>();
        for (int index = 0; index < 4; index++)
        {
            CliRun shard = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", "--shard", $"{index}/4", input);
            Assert.True(shard.OutLines.Length < whole.OutLines.Length, "a shard is a part, not the whole");
            merged.AddRange(shard.OutLines);
        }

        Assert.Equal(whole.OutLines, merged.OrderBy(line => JsonDocument.Parse(line).RootElement.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void The_shard_of_a_key_is_the_same_on_every_machine_and_run()
    {
        // XxHash64 of the UTF-8 key, modulo the count; string.GetHashCode would differ from one process to the next.
        // The expected shards were computed independently, with the xxhash-wasm package's XxHash64.
        string[] keys = ["a", "b", "story-17", "digest-story/ferry.txt", "caf\u00e9"];

        Assert.Equal([5, 5, 2, 6, 0], keys.Select(key => ShardOf(key, 10)));
    }

    [Fact]
    public void Every_key_falls_in_exactly_one_shard()
    {
        for (int key = 0; key < 1000; key++)
        {
            string text = "article-" + key;
            Assert.Single(Enumerable.Range(0, 5), index => new Shard(index, 5).Contains(text));
        }
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    public async Task A_shard_outside_its_count_is_a_usage_error(string shard)
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--shard", shard, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("--shard", run.Error);
    }

    /// <summary>A JSON-lines archive with each digest-story article <paramref name="copies"/> times, ids <c>name-copy</c>.</summary>
    internal static string ArchiveOfDigestArticles(int copies)
    {
        var archive = new StringBuilder();
        foreach (string file in Directory.GetFiles(TestFiles.DigestArticles, "*.txt").Order(StringComparer.Ordinal))
        {
            TextFileContent content = TextFiles.Decode(File.ReadAllBytes(file));
            if (content.Text is null)
            {
                continue;
            }

            for (int copy = 0; copy < copies; copy++)
            {
                archive.Append(JsonSerializer.Serialize(new { id = Path.GetFileNameWithoutExtension(file) + "-" + copy, text = content.Text })).Append('\n');
            }
        }

        return archive.ToString();
    }

    private static string FileOf(string line) => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()!;

    private static int ShardOf(string key, int count) => Enumerable.Range(0, count).Single(index => new Shard(index, count).Contains(key));
}
