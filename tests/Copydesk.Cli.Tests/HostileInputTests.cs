using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// The tool under hostile file systems and streams: link loops, file names that try to forge output lines, readers
/// that go away, appenders that share a file, and signals.
/// </summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("check")]
    public async Task Symbolic_link_loops_end_and_each_file_is_reported_once(string command)
    {
        using var temp = new TempFolder();
        string file = command == "check" ? "a/story.schema.yaml" : "a/story.txt";
        temp.Write(file, command == "check" ? File.ReadAllText(TestFiles.DigestSchema) : File.ReadAllText(TestFiles.Digest("transit-plan-long-headline")));
        Directory.CreateSymbolicLink(temp["a/up"], "..");
        Directory.CreateSymbolicLink(temp["b"], "a");
        Directory.CreateSymbolicLink(temp["a/self"], ".");

        CliRun run = command == "check"
            ? await CliRun.RunAsync("check", temp.Path)
            : await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(command == "check" ? "1 schema, 0 errors, 0 warnings" : "1 file, 1 error, 0 warnings", run.OutLines[^1]);
        Assert.Equal(command == "check" ? 1 : 2, run.OutLines.Length);
    }

    [Fact]
    public async Task A_file_reached_through_a_link_and_directly_is_read_once_under_its_first_path()
    {
        using var temp = new TempFolder();
        temp.Write("real/story.txt", File.ReadAllText(TestFiles.Digest("transit-plan-long-headline")));
        Directory.CreateSymbolicLink(temp["alias"], "real");
        File.CreateSymbolicLink(temp["real/again.txt"], "story.txt");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", temp.Path, temp["real/story.txt"]);

        string file = Assert.Single(run.OutLines, line => line.StartsWith('{'));
        Assert.Equal(temp["alias/again.txt"], JsonDocument.Parse(file).RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Folders_are_listed_as_the_batch_goes_not_before_it()
    {
        using var temp = new TempFolder();
        temp.Write("a/1.txt", "x");
        temp.Write("b/1.txt", "x");

        using IEnumerator<string> files = Input.ArticleFiles.Enumerate([temp.Path], "*.txt").GetEnumerator();
        Assert.True(files.MoveNext());
        Assert.Equal(temp["a/1.txt"], files.Current);

        // Written after the first file came out: a walk that listed everything first would not see it.
        temp.Write("b/2.txt", "x");
        var rest = new List<string>();
        while (files.MoveNext())
        {
            rest.Add(files.Current);
        }

        Assert.Equal([temp["b/1.txt"], temp["b/2.txt"]], rest);
    }

    [Fact]
    public void Walked_and_named_files_come_out_merged_in_ordinal_path_order()
    {
        using var temp = new TempFolder();
        temp.Write("d/a-b.txt", "x");
        temp.Write("d/a/x.txt", "x");
        temp.Write("d/a.txt", "x");
        temp.Write("c/z.txt", "x");

        string[] files = [.. Input.ArticleFiles.Enumerate([temp["d"], temp["c/z.txt"], temp["missing.txt"]], "*.txt")];

        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(5, files.Length);
    }

    [Fact]
    public async Task File_names_with_control_characters_cannot_forge_output_lines()
    {
        using var temp = new TempFolder();
        temp.Write("x\ny.txt(1,1): error CD9999: forged\rz\u001b[2K.txt", File.ReadAllText(TestFiles.Digest("transit-plan-long-headline")));
        temp.WriteBytes("bad\nname.txt", [0xE9]);

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(2, run.OutLines.Length);
        Assert.DoesNotContain(run.OutLines.Concat(run.ErrorLines), line => line.StartsWith("y.txt", StringComparison.Ordinal));
        Assert.Single(run.OutLines, line => line.Contains("CD9999", StringComparison.Ordinal));
        Assert.Contains("x\\u000A", run.OutLines[0]);
        Assert.Contains("\\u000D", run.OutLines[0]);
        Assert.Contains("\\u001B[2K", run.OutLines[0]);
        Assert.EndsWith(".txt(1,1): error CD3001: headline is 142 characters long; the limit is 120.", run.OutLines[0]);
        Assert.Contains(run.ErrorLines, line => line.Contains("bad\\u000Aname.txt(1,1): error CD0002", StringComparison.Ordinal));
    }

    [Fact]
    public void Display_names_escape_every_control_and_line_breaking_character_and_nothing_else()
    {
        Assert.Equal("a\\u0009b\\u007Fc\\u0085d\\u2028e caf\u00e9/\u00e9.txt", DisplayNames.Escape("a\tb\u007fc\u0085d\u2028e caf\u00e9/\u00e9.txt"));
        Assert.Same("plain.txt", DisplayNames.Escape("plain.txt"));
    }

    [Fact]
    public void Display_names_escape_bidirectional_zero_width_and_other_invisible_characters_as_schema_diagnostics_show_them()
    {
        // An override would turn "evil\u202Etxt.exe" around on screen; a zero-width space, a no-break space and a lone
        // surrogate would hide what the name holds.
        Assert.Equal("evil\\u202Etxt.exe", DisplayNames.Escape("evil\u202Etxt.exe"));
        Assert.Equal("a\\u200Bb\\u00A0c\\uFEFFd\\u2066e\\uD800.txt", DisplayNames.Escape("a\u200Bb\u00A0c\uFEFFd\u2066e\uD800.txt"));
        Assert.Equal("emoji \U0001F600 stays.txt", DisplayNames.Escape("emoji \U0001F600 stays.txt"));
    }

    [Fact]
    public async Task Each_output_record_is_written_with_one_write_call()
    {
        using var temp = new TempFolder();
        string article = File.ReadAllText(TestFiles.Digest("library-renovation"));
        string paragraph = string.Concat(Enumerable.Repeat("The council met again on Tuesday and talked for hours. ", 6000));
        temp.Write("a.txt", article);
        temp.Write("b-big.txt", article.Replace("Summarized by", paragraph + "\n\nSummarized by", StringComparison.Ordinal));
        temp.Write("c.txt", article);
        var output = new CountingStream();
        var streams = new CliStreams(new RecordWriter(output, "standard output"), TextWriter.Null);

        int exitCode = await CopydeskCli.RunAsync(["validate", "--schema", TestFiles.DigestSchema, "--format", "json", temp.Path], streams, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(output.Length > 300_000, "the big record is over 300 KB");
        Assert.Equal(3, output.Writes);
        Assert.All(Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n'), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task A_reader_that_goes_away_gets_a_plain_message_and_exit_code_2()
    {
        using var error = new StringWriter { NewLine = "\n" };
        var streams = new CliStreams(new RecordWriter(new BrokenPipe(), "standard output"), error);

        int exitCode = await CopydeskCli.RunAsync(["validate", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.DigestArticles], streams, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("copydesk: cannot write to standard output: Broken pipe.\n", error.ToString());
    }

    [Fact]
    public async Task A_cancelled_run_says_cancelled_and_exits_with_130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var error = new StringWriter { NewLine = "\n" };

        int exitCode = await CopydeskCli.RunAsync(["validate", "--schema", TestFiles.DigestSchema, TestFiles.DigestArticles], new CliStreams(TextWriter.Null, error), cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Equal("copydesk: cancelled.\n", error.ToString());
    }

    [Theory]
    [InlineData("INT", ExitCodes.Cancelled)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public async Task A_signal_ends_the_run_with_whole_records_a_message_and_its_exit_code(string signal, int expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals; Ctrl+C on Windows goes through the same cancellation, tested above.
        }

        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "Copydesk.Cli.dll"), "validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string record = JsonSerializer.Serialize(new { id = 1, text = File.ReadAllText(TestFiles.Digest("library-renovation")) });

        // Input is fed until the process exits, so a run that ignored the signal would be fed for ever: the feeding and
        // the wait are bounded, and a process still running when the test gives up is ended.
        using var feedingTime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        feedingTime.CancelAfter(TimeSpan.FromMinutes(2));
        Task feeding = Task.Run(
            async () =>
            {
                try
                {
                    while (!process.HasExited)
                    {
                        await process.StandardInput.WriteLineAsync(record.AsMemory(), feedingTime.Token);
                    }
                }
                catch (Exception e) when (e is IOException or OperationCanceledException)
                {
                    // The process ended and closed its input, or the test gave up on it.
                }
            },
            CancellationToken.None);
        try
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            using (Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(cancellationToken);
            }

            Task exited = process.WaitForExitAsync(cancellationToken);
            Assert.True(await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(1), cancellationToken)) == exited, $"the run went on for a minute after SIG{signal}");
            Assert.Equal(expected, process.ExitCode);
            Assert.Equal("copydesk: cancelled.", (await error).Trim());
            string[] lines = (await output).Split('\n');
            Assert.Equal(string.Empty, lines[^1]);
            Assert.All(lines[..^1], line => JsonDocument.Parse(line).Dispose());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await feedingTime.CancelAsync();
            await feeding;
        }
    }

    [Fact]
    public async Task Output_and_errors_sent_to_one_file_do_not_overwrite_each_other()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The shell redirection below is POSIX sh.
        }

        using var temp = new TempFolder();
        string log = temp["log.txt"];
        string command = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "Copydesk.Cli.dll")}' validate --schema '{TestFiles.DigestSchema}' --format json '{TestFiles.DigestArticles}' '{temp["gone.txt"]}' > '{log}' 2>&1";
        using (Process shell = Process.Start("sh", ["-c", command]))
        {
            await shell.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(ExitCodes.Failure, shell.ExitCode);
        }

        string[] lines = File.ReadAllText(log).TrimEnd('\n').Split('\n');
        CliRun inProcess = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.DigestArticles, temp["gone.txt"]);
        Assert.Equal(inProcess.OutLines.Length + inProcess.ErrorLines.Length, lines.Length);
        Assert.Equal(inProcess.OutLines, lines.Where(line => line.StartsWith('{')));
        Assert.Equal(inProcess.ErrorLines, lines.Where(line => !line.StartsWith('{')));
    }

    /// <summary>A stream that counts write calls.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }

    /// <summary>A pipe whose reader has gone away.</summary>
    private sealed class BrokenPipe : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");
    }
}
