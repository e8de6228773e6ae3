using System;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// <c>validate --input jsonl</c>: records from files or standard input, one result line per record with its id, in
/// input order, streaming, and past bad records.
/// </summary>
public sealed class BatchInputTests
{
    private static readonly string Headline = File.ReadAllText(TestFiles.Digest("transit-plan-long-headline"));
    private static readonly string Valid = File.ReadAllText(TestFiles.Digest("library-renovation"));

    [Fact]
    public async Task Each_record_gets_one_result_line_with_its_id_in_input_order()
    {
        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", Line("b-2", Headline) + "\r\n" + "\n" + Line(17, Valid) + "\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", input);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        using JsonDocument first = JsonDocument.Parse(run.OutLines[0]);
        using JsonDocument second = JsonDocument.Parse(run.OutLines[1]);
        Assert.Equal(input, first.RootElement.GetProperty("file").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("b-2", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("CD3001", first.RootElement.GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.Equal(3, second.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Number, second.RootElement.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Object, second.RootElement.GetProperty("document").ValueKind);
    }

    [Fact]
    public async Task A_record_gives_the_same_document_and_issues_as_its_file()
    {
        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", ShardTests.ArchiveOfDigestArticles(copies: 1));
        CliRun files = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.DigestArticles);
        CliRun records = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", input);

        string[] Contract(string[] lines) => lines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(result => result.GetProperty("issues").EnumerateArray().All(issue => issue.GetProperty("code").GetString() != "CD0002"))
            .Select(result => result.GetProperty("document").GetRawText() + result.GetProperty("issues").GetRawText())
            .ToArray();
        Assert.Equal(Contract(files.OutLines), Contract(records.OutLines));
    }

    [Fact]
    public async Task Bad_records_are_located_issues_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string input = temp.Write(
            "archive.jsonl",
            string.Join('\n', "{\"id\": \"a\", \"text\": ", "[1]", "{\"text\": \"x\"}", "{\"id\": \"d\", \"body\": \"x\"}", Line("e", Valid)) + "\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", input);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(5, run.OutLines.Length);
        JsonElement[] results = run.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.All(results[..4], result =>
        {
            JsonElement issue = Assert.Single(result.GetProperty("issues").EnumerateArray());
            Assert.Equal("CD0003", issue.GetProperty("code").GetString());
            Assert.Equal(result.GetProperty("line").GetInt32(), issue.GetProperty("line").GetInt32());
            Assert.Equal(JsonValueKind.Null, result.GetProperty("document").ValueKind);
        });
        Assert.Equal(21, results[0].GetProperty("issues")[0].GetProperty("column").GetInt32());
        Assert.Equal("d", results[3].GetProperty("id").GetString());
        Assert.Empty(results[4].GetProperty("issues").EnumerateArray());
        Assert.Contains($"{input}(4,1): error CD0003: cannot read the record: the record 'd' on line 4 has no \"text\" field with a string.", run.ErrorLines);
    }

    [Fact]
    public async Task Field_names_are_configurable()
    {
        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", JsonSerializer.Serialize(new { uuid = "u1", body = Headline, text = 5 }) + "\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--id-field", "uuid", "--text-field", "body", input);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal($"{input}#u1(1,1): error CD3001: headline is 142 characters long; the limit is 120.", run.OutLines[0]);
        Assert.Equal("1 record, 1 error, 0 warnings", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_dash_reads_standard_input()
    {
        byte[] input = Encoding.UTF8.GetBytes(Line("from-stdin", Headline) + "\n");
        using var output = new StringWriter { NewLine = "\n" };
        var streams = new CliStreams(output, TextWriter.Null) { OpenInput = () => new MemoryStream(input) };

        int exitCode = await CopydeskCli.RunAsync(
            ["validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", "-"], streams, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.ErrorsFound, exitCode);
        using JsonDocument result = JsonDocument.Parse(output.ToString());
        Assert.Equal("-", result.RootElement.GetProperty("file").GetString());
        Assert.Equal("from-stdin", result.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Results_stream_out_before_the_input_ends()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        var output = new LineSignallingWriter();
        var streams = new CliStreams(output, TextWriter.Null) { OpenInput = () => client };
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        Task<int> run = CopydeskCli.RunAsync(["validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", "--jobs", "1", "-"], streams, cancellationToken);
        await server.WriteAsync(Encoding.UTF8.GetBytes(Line("first", Valid) + "\n"), cancellationToken);
        await server.FlushAsync(cancellationToken);

        // The first result is written while the input is still open: nothing waits for the end of the stream.
        await output.FirstLine.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
        Assert.False(run.IsCompleted);
        await server.WriteAsync(Encoding.UTF8.GetBytes(Line("second", Valid) + "\n"), cancellationToken);
        server.Close();

        Assert.Equal(ExitCodes.Success, await run);
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Many_records_pass_through_a_bounded_window_in_order()
    {
        var archive = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            archive.Append(Line(i, i % 3 == 0 ? Headline : Valid)).Append('\n');
        }

        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", archive.ToString());

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "json", "--jobs", "2", input);

        Assert.Equal(2000, run.OutLines.Length);
        Assert.Equal(Enumerable.Range(0, 2000), run.OutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt32()));
    }

    [Theory]
    [InlineData("--id-field", "uuid")]
    [InlineData("--text-field", "body")]
    public async Task Record_options_without_jsonl_input_are_a_usage_error(string option, string value)
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, option, value, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"{option} applies to --input jsonl only.", run.Error);
    }

    [Fact]
    public async Task Encoding_with_jsonl_input_is_a_usage_error()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--encoding", "latin1", "-");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("JSON-lines input is UTF-8", run.Error);
    }

    [Fact]
    public async Task Sarif_output_of_records_is_valid()
    {
        using var temp = new TempFolder();
        string input = temp.Write("archive.jsonl", Line("a b#1", Headline) + "\nnot json\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--input", "jsonl", "--format", "sarif", input);

        SarifSchema.AssertValid(run.Out);
        Assert.Contains("CD0003", run.Out);
    }

    private static string Line(object id, string text) => JsonSerializer.Serialize(new { id, text });

    /// <summary>A thread-safe writer that signals when its first line is complete.</summary>
    private sealed class LineSignallingWriter : StringWriter
    {
        private readonly TaskCompletionSource firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock gate = new();

        public LineSignallingWriter() => NewLine = "\n";

        public Task FirstLine => firstLine.Task;

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
                if (value == '\n')
                {
                    firstLine.TrySetResult();
                }
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                base.Write(value);
                if (value?.Contains('\n', StringComparison.Ordinal) == true)
                {
                    firstLine.TrySetResult();
                }
            }
        }

        public override string ToString()
        {
            lock (gate)
            {
                return base.ToString();
            }
        }
    }
}
