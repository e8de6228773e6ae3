using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk validate</c>: folders, patterns, parallel batches in path order, summaries, formats and exit codes.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_folder_gives_one_line_per_issue_in_path_order_and_a_summary()
    {
        string[] articles = Directory.GetFiles(TestFiles.DigestArticles, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var expected = new List<string>();
        int errors = 0, warnings = 0;
        foreach (string article in articles)
        {
            using JsonDocument issues = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(article, ".expected-issues.json")));
            foreach (JsonElement issue in issues.RootElement.EnumerateArray())
            {
                string severity = issue.GetProperty("severity").GetString()!;
                errors += severity == "error" ? 1 : 0;
                warnings += severity == "warning" ? 1 : 0;
                expected.Add($"{article}({issue.GetProperty("line").GetInt32()},{issue.GetProperty("column").GetInt32()}): {severity} {issue.GetProperty("code").GetString()}: ");
            }
        }

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(expected.Count + 1, run.OutLines.Length);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.StartsWith(expected[i], run.OutLines[i]);
        }

        Assert.Equal($"{articles.Length} files, {errors} errors, {warnings} warnings", run.OutLines[^1]);
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, TestFiles.Digest("food-festival-unsigned"), TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("2 files, 0 errors, 1 warning", run.OutLines[^1]);
    }

    [Fact]
    public async Task Clean_articles_print_only_the_summary()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["1 file, 0 errors, 0 warnings"], run.OutLines);
    }

    [Fact]
    public async Task Info_issues_are_counted_when_there_are_any()
    {
        using var temp = new TempFolder();
        string article = temp.Write("story.txt", "Port tariffs rise\nThe port raised its tariffs.\nCopyright (c) Wire Agency\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.WireSchema, article);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(": info CD3005: ", run.Out);
        Assert.Equal("1 file, 0 errors, 0 warnings, 1 info", run.OutLines[^1]);
    }

    [Fact]
    public async Task Folders_are_walked_recursively_for_the_pattern_skipping_hidden_entries()
    {
        using var temp = new TempFolder();
        const string Bad = "A sentence first.\n";
        temp.Write("b.txt", Bad);
        temp.Write("sub/deeper/a.txt", Bad);
        temp.Write("notes.md", Bad);
        temp.Write(".hidden/c.txt", Bad);
        temp.Write(".d.txt", Bad);

        CliRun text = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path);
        CliRun markdown = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--pattern", "*.md", temp.Path);

        Assert.Equal(ExitCodes.ErrorsFound, text.ExitCode);
        Assert.Equal(3, text.OutLines.Length);
        Assert.StartsWith(temp["b.txt"] + "(1,1): error CD2001", text.OutLines[0]);
        Assert.StartsWith(temp["sub/deeper/a.txt"] + "(1,1): error CD2001", text.OutLines[1]);
        Assert.Equal("2 files, 2 errors, 0 warnings", text.OutLines[2]);
        Assert.StartsWith(temp["notes.md"] + "(1,1)", Assert.Single(markdown.OutLines, line => line.Contains("CD2001")));
    }

    [Fact]
    public async Task Explicit_files_and_folders_are_merged_sorted_and_deduplicated()
    {
        using var temp = new TempFolder();
        string z = temp.Write("z.txt", "Headline\nA sentence.\n");
        string a = temp.Write("dir/a.txt", "Headline\nA sentence.\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", z, temp["dir"], a, z);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([a, z], run.OutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Json_format_prints_contract_lines_only()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(Directory.GetFiles(TestFiles.DigestArticles, "*.txt").Length, run.OutLines.Length);
        foreach (string line in run.OutLines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            Assert.Equal(["file", "document", "issues"], json.RootElement.EnumerateObject().Select(property => property.Name));
            Assert.True(json.RootElement.GetProperty("document").ValueKind is JsonValueKind.Object or JsonValueKind.Null);
            foreach (JsonElement issue in json.RootElement.GetProperty("issues").EnumerateArray())
            {
                Assert.Equal(["code", "severity", "path", "line", "column", "message"], issue.EnumerateObject().Select(property => property.Name));
            }
        }
    }

    [Fact]
    public async Task Unreadable_files_are_reported_the_rest_continue_and_the_exit_code_is_2()
    {
        using var temp = new TempFolder();
        string good = temp.Write("a-good.txt", "Headline\nA sentence.\n");
        string binary = temp.WriteBytes("b-binary.txt", [0x00, 0x01, 0x02]);
        string latin1 = temp.WriteBytes("c-latin1.txt", [0x48, 0x69, 0x0A, 0xE9, 0x2E]);
        string missing = temp["d-missing.txt"];

        CliRun text = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path, missing);
        CliRun json = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", temp.Path, missing);

        Assert.Equal(ExitCodes.Failure, text.ExitCode);
        Assert.Equal(
            [
                $"{binary}(1,1): error CD0002: cannot read the file: it is not UTF-8 text: it contains a NUL byte, so it looks like a binary file.",
                $"{latin1}(2,1): error CD0002: cannot read the file: it is not UTF-8 text: byte 0xE9 is not valid UTF-8; save the file as UTF-8, or name its encoding with --encoding.",
                $"{missing}: error CD0001: cannot read the file: it does not exist.",
            ],
            text.ErrorLines);
        Assert.Equal(["4 files, 3 errors, 0 warnings"], text.OutLines);

        Assert.Equal(ExitCodes.Failure, json.ExitCode);
        Assert.Equal(4, json.OutLines.Length);
        string[] codes = json.OutLines.Select(line => string.Join(",", JsonDocument.Parse(line).RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()))).ToArray();
        Assert.Equal(["", "CD0002", "CD0002", "CD0001"], codes);
        Assert.Equal(good, JsonDocument.Parse(json.OutLines[0]).RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_folder_without_matching_files_exits_2()
    {
        using var temp = new TempFolder();
        temp.Write("notes.md", "x");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("no files matching '*.txt' found", run.Error);
    }

    [Fact]
    public async Task A_schema_with_errors_exits_2_without_output()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("bad.schema.yaml", "copydesk: 2\ntype: Story\nlayout:\n  - headline: label\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", schema, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{schema}(1,11): error CD1014: ", run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_parallel_batch_of_200_files_gives_the_sequential_output()
    {
        using var temp = new TempFolder();
        List<string> files = WriteBatch(temp, 200);

        CliRun parallelText = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--jobs", "16", temp.Path);
        CliRun sequentialText = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--jobs", "1", temp.Path);
        CliRun defaultText = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path);
        CliRun parallelJson = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", "--jobs", "16", temp.Path);

        Assert.Equal(sequentialText, parallelText);
        Assert.Equal(sequentialText, defaultText);
        Assert.Equal(ExitCodes.Failure, parallelText.ExitCode);
        Assert.Equal("200 files, 80 errors, 20 warnings", parallelText.OutLines[^1]);
        Assert.Equal(20, parallelText.ErrorLines.Length);

        // The same lines as parsing each file on its own, one after another, in path order.
        var oneByOne = new List<string>();
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            CliRun single = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", file);
            oneByOne.AddRange(single.OutLines);
        }

        Assert.Equal(oneByOne, parallelJson.OutLines);
    }

    [Fact]
    public async Task A_large_batch_shows_progress_on_an_interactive_standard_error_only()
    {
        using var temp = new TempFolder();
        WriteBatch(temp, ProgressBarLimit + 10);

        CliRun interactive = await CliRun.RunAsync(interactiveError: true, "validate", "--schema", TestFiles.DigestSchema, temp.Path);
        CliRun redirected = await CliRun.RunAsync(interactiveError: false, "validate", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(redirected.Out, interactive.Out);
        Assert.Contains("validating [", interactive.Error);
        Assert.Contains($"] {ProgressBarLimit + 10}/{ProgressBarLimit + 10} files", interactive.Error);
        Assert.DoesNotContain("validating [", redirected.Error);

        // The bar is erased before other text: every error line still starts at the beginning of a line.
        string[] errorLinesWithoutBar = interactive.Error.Split('\n').Select(line => line[(line.LastIndexOf('\r') + 1)..]).Where(line => line.Trim().Length > 0).ToArray();
        Assert.Equal(redirected.ErrorLines, errorLinesWithoutBar);
    }

    [Fact]
    public async Task A_small_batch_shows_no_progress_even_on_a_terminal()
    {
        using var temp = new TempFolder();
        WriteBatch(temp, ProgressBarLimit);

        CliRun run = await CliRun.RunAsync(interactiveError: true, "validate", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.DoesNotContain("validating [", run.Error);
    }

    private static int ProgressBarLimit => Output.ProgressBar.Threshold;

    /// <summary>
    /// Writes <paramref name="count"/> articles cycling through ten kinds: clean, a warning, an error check, a parse
    /// error, and (one in ten) a binary file. Names are numbered so that path order differs from writing order.
    /// </summary>
    private static List<string> WriteBatch(TempFolder temp, int count)
    {
        var files = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string name = $"{(i * 7919) % 1000:D3}-{i}.txt";
            string folder = i % 3 == 0 ? "nested/" : string.Empty;
            string path = (i % 10) switch
            {
                0 => temp.WriteBytes(folder + name, [0x41, 0x00]),
                1 or 2 => temp.Write(folder + name, $"Article {i} starts with a sentence.\n"),
                3 => temp.Write(folder + name, $"Headline {i}\nBody sentence {i}.\nsummarized by\n"),
                4 => temp.Write(folder + name, new string('H', 130) + $"\nBody {i}.\n"),
                _ => temp.Write(folder + name, $"Headline {i}\nSubheadline {i}\nBody sentence {i}.\n\"Quoted {i}.\"\nMaria Lopez, mayor\n"),
            };
            files.Add(path);
        }

        return files;
    }
}
