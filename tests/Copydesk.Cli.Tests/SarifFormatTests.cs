using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// <c>--format sarif</c>: one SARIF 2.1.0 log with one run, valid against the published schema, with rules that link
/// to the documentation and results that carry file, region and level.
/// </summary>
public sealed class SarifFormatTests
{
    [Fact]
    public async Task Validate_writes_a_log_that_the_SARIF_schema_accepts()
    {
        using var folder = new TempFolder();
        File.Copy(TestFiles.Digest("transit-plan-long-headline"), folder["long, headline: #1.txt"]);
        File.Copy(TestFiles.Digest("missing-headline"), folder["missing-headline.txt"]);
        folder.WriteBytes("latin1.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        folder.Write("sub folder/empty.txt", string.Empty);

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "sarif", folder.Path, folder["gone.txt"]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        SarifSchema.AssertValid(run.Out);
        JsonNode log = JsonNode.Parse(run.Out)!;
        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.Single(log["runs"]!.AsArray());
        Assert.Equal(5, log["runs"]![0]!["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Parse_writes_a_valid_log_and_no_documents()
    {
        CliRun run = await CliRun.RunAsync(
            "parse", "--schema", TestFiles.DigestSchema, "--format", "sarif", TestFiles.Digest("library-renovation"), TestFiles.Digest("missing-headline"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        SarifSchema.AssertValid(run.Out);
        JsonArray results = JsonNode.Parse(run.Out)!["runs"]![0]!["results"]!.AsArray();
        Assert.Equal("CD2001", (string?)Assert.Single(results)!["ruleId"]);
        Assert.DoesNotContain("\"document\"", run.Out);
    }

    [Fact]
    public async Task Check_writes_a_valid_log_with_the_diagnostics_of_the_build()
    {
        using var folder = new TempFolder();
        string schema = folder.Write("story.schema.yaml", "copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: lable }\n");

        CliRun run = await CliRun.RunAsync("check", "--format", "sarif", schema, folder["missing.schema.yaml"]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        SarifSchema.AssertValid(run.Out);
        JsonNode log = JsonNode.Parse(run.Out)!;
        JsonArray rules = log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        JsonNode result = log["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "CD1007")!;
        Assert.Equal("error", (string?)result["level"]);
        Assert.Equal(4, (int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("CD1007", (string?)rules[(int)result["ruleIndex"]!]!["id"]);
        Assert.Equal("https://github.com/copydesk/copydesk/blob/main/docs/diagnostics.md#cd1007", (string?)rules[(int)result["ruleIndex"]!]!["helpUri"]);
        Assert.Contains(log["runs"]![0]!["results"]!.AsArray(), r => (string?)r!["ruleId"] == "CD0001");
    }

    [Fact]
    public async Task A_result_carries_file_region_level_and_rule()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "sarif", TestFiles.Digest("transit-plan-long-headline"));

        JsonNode result = JsonNode.Parse(run.Out)!["runs"]![0]!["results"]![0]!;
        Assert.Equal("CD3001", (string?)result["ruleId"]);
        Assert.Equal("error", (string?)result["level"]);
        Assert.StartsWith("headline is 142 characters long", (string?)result["message"]!["text"]);
        JsonNode location = result["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("/transit-plan-long-headline.txt", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal(1, (int)location["region"]!["startLine"]!);
        Assert.Equal(1, (int)location["region"]!["startColumn"]!);
        Assert.Equal(143, (int)location["region"]!["endColumn"]!);
    }

    [Fact]
    public async Task Warnings_and_infos_are_warnings_and_notes()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "sarif", TestFiles.DigestArticles);

        string[] levels = JsonNode.Parse(run.Out)!["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["level"]!).Distinct().ToArray();
        Assert.Contains("warning", levels);
        Assert.All(levels, level => Assert.Contains(level, new[] { "error", "warning", "note" }));
    }

    [Fact]
    public void Relative_paths_become_relative_URIs_and_absolute_paths_file_URIs()
    {
        Assert.Equal("news/a%20b%2C%23c.txt", Reports.SarifLogWriter.ToUri("news/a b,#c.txt"));
        Assert.Equal("a%3Ab.txt", Reports.SarifLogWriter.ToUri("a:b.txt"));
        Assert.StartsWith("file:///", Reports.SarifLogWriter.ToUri(Path.GetFullPath("x y.txt")));
        Assert.EndsWith("/x%20y.txt", Reports.SarifLogWriter.ToUri(Path.GetFullPath("x y.txt")));
    }

    [Fact]
    public void The_schema_check_rejects_a_log_that_breaks_it()
    {
        const string Broken = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"copydesk"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}""";

        Assert.NotEmpty(SarifSchema.Errors(Broken));
        Assert.NotEmpty(SarifSchema.Errors("""{"version":"2.0.0","runs":[]}"""));
        Assert.Empty(SarifSchema.Errors("""{"version":"2.1.0","runs":[]}"""));
    }

    [Fact]
    public async Task A_schema_that_cannot_be_used_leaves_standard_output_empty()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", "missing.schema.yaml", "--format", "sarif", TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("CD0001", run.Error);
    }

    [Fact]
    public async Task The_exit_code_is_recorded_in_the_invocation()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "sarif", TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument log = JsonDocument.Parse(run.Out);
        JsonElement invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(0, invocation.GetProperty("exitCode").GetInt32());
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }
}
