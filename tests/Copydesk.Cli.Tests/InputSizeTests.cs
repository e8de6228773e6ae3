using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// Inputs that would exhaust memory or never end: files over the input size cap (CD0004), devices such as
/// <c>/dev/zero</c> and <c>/dev/urandom</c>, and named pipes with no writer (CD0005). Each is reported for its own
/// file, at once, and the batch goes on.
/// </summary>
public sealed class InputSizeTests
{
    [Fact]
    public async Task A_file_over_the_input_size_cap_is_CD0004_and_the_next_file_is_still_validated()
    {
        using var temp = new TempFolder();
        string story = File.ReadAllText(TestFiles.Digest("transit-plan-long-headline"));
        temp.Write("a-big.txt", story + new string('x', 2048) + ".\n");
        temp.Write("b-small.txt", story);

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--max-input-size", "2K", "--format", "json", temp["a-big.txt"], temp["b-small.txt"]);

        string[] records = run.OutLines.Where(line => line.StartsWith('{')).ToArray();
        Assert.Equal(2, records.Length);
        JsonElement issue = JsonDocument.Parse(records[0]).RootElement.GetProperty("issues")[0];
        Assert.Equal(CliIssueCodes.TooLarge, issue.GetProperty("code").GetString());
        Assert.Equal("cannot read the file: it is larger than the input size cap of 2 KiB; raise the cap with --max-input-size.", issue.GetProperty("message").GetString());
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(records[1]).RootElement.GetProperty("document").ValueKind);
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
    }

    [Fact]
    public async Task A_file_at_the_cap_is_read()
    {
        using var temp = new TempFolder();
        string file = temp.Write("story.txt", File.ReadAllText(TestFiles.Digest("transit-plan-long-headline")));
        long size = new FileInfo(file).Length;

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--max-input-size", size.ToString(System.Globalization.CultureInfo.InvariantCulture), file);

        Assert.DoesNotContain("CD0004", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Devices_and_a_named_pipe_with_no_writer_are_CD0005_each_and_the_batch_goes_on()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Devices and named pipes are Unix files.");
        using var temp = new TempFolder();
        string pipe = temp["no-writer.fifo"];
        MakeNamedPipe(pipe);
        string story = temp.Write("story.txt", File.ReadAllText(TestFiles.Digest("transit-plan-long-headline")));

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "/dev/zero", "/dev/urandom", pipe, story);

        Assert.Contains("/dev/zero: error CD0005: cannot read the file: it is a character device, not a regular file.", run.ErrorLines);
        Assert.Contains("/dev/urandom: error CD0005: cannot read the file: it is a character device, not a regular file.", run.ErrorLines);
        Assert.Contains($"{pipe}: error CD0005: cannot read the file: it is a named pipe (FIFO), not a regular file.", run.ErrorLines);
        Assert.Contains(run.OutLines, line => line.StartsWith(story + "(", StringComparison.Ordinal) && line.Contains("CD3001", StringComparison.Ordinal));
        Assert.Equal("4 files, 4 errors, 0 warnings", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_named_pipe_given_as_JSON_lines_input_is_CD0005_instead_of_a_wait_for_a_writer()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Named pipes are Unix files.");
        using var temp = new TempFolder();
        string pipe = temp["records.fifo"];
        MakeNamedPipe(pipe);

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", pipe);

        Assert.Contains($"{pipe}: error CD0005: cannot read the file: it is a named pipe (FIFO), not a regular file.", run.ErrorLines);
    }

    [Fact]
    public async Task A_JSON_lines_record_over_the_cap_is_CD0004_at_its_line_and_is_never_held_whole()
    {
        using var temp = new TempFolder();
        string input = temp.Write(
            "records.jsonl",
            "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"" + new string('x', 200_000) + "\"}\n{\"id\":\"c\",\"text\":\"C.\"}\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--max-input-size", "64K", input);

        Assert.Contains($"{input}(2,1): error CD0004: cannot read the record: line 2 is larger than the input size cap of 64 KiB; raise the cap with --max-input-size.", run.ErrorLines);
        Assert.Equal("3 records, 3 errors, 0 warnings", run.OutLines[^1]);
    }

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("500K", 500L * 1024)]
    [InlineData("64m", 64L * 1024 * 1024)]
    [InlineData("1G", 1024L * 1024 * 1024)]
    public void Sizes_are_bytes_or_binary_kilo_mega_and_gigabytes(string text, long bytes)
    {
        Assert.True(InputLimits.TryParse(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2G")]
    [InlineData("64MB")]
    [InlineData("1.5M")]
    public async Task A_size_that_is_not_one_is_a_usage_error(string text)
    {
        Assert.False(InputLimits.TryParse(text, out _));

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--max-input-size", text, TestFiles.DigestSchema);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("--max-input-size takes a size", run.Error, StringComparison.Ordinal);
    }

    private static void MakeNamedPipe(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
