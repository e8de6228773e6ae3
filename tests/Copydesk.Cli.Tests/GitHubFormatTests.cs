using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.Cli.Reports;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// <c>--format github</c>: one workflow command per issue, escaped by the runner's rules so no file name or message can
/// end a command early or forge another, then the summary line.
/// </summary>
public sealed class GitHubFormatTests
{
    [Fact]
    public async Task Validate_prints_one_annotation_per_issue_then_the_summary()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "github", TestFiles.Digest("transit-plan-long-headline"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            [
                $"::error file={TestFiles.Digest("transit-plan-long-headline")},line=1,col=1,title=CD3001::CD3001: headline is 142 characters long; the limit is 120.",
                "1 file, 1 error, 0 warnings",
            ],
            run.OutLines);
    }

    [Fact]
    public async Task Warnings_are_warning_commands()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "github", TestFiles.DigestArticles);

        Assert.Contains(run.OutLines, line => line.StartsWith("::warning file=", System.StringComparison.Ordinal));
        Assert.All(run.OutLines[..^1], line => Assert.Matches("^::(error|warning|notice) file=[^:]+(,line=\\d+,col=\\d+)?(,endLine=\\d+)?,title=CD\\d{4}::CD\\d{4}: ", line));
    }

    [Fact]
    public async Task An_unreadable_file_is_an_annotation_without_a_line()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "github", "gone.txt");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("::error file=gone.txt,title=CD0001::CD0001: cannot read the file: it does not exist.", run.OutLines[0]);
        Assert.Contains("gone.txt: error CD0001", run.Error);
    }

    [Fact]
    public async Task Check_annotates_schema_diagnostics()
    {
        using var folder = new TempFolder();
        string schema = folder.Write("story.schema.yaml", "copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: lable }\n");

        CliRun run = await CliRun.RunAsync("check", "--format", "github", schema);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith($"::error file={schema},line=4,col=", run.OutLines[0]);
        Assert.Contains(",title=CD1007::CD1007: Unknown line class 'lable'.", run.OutLines[0]);
        Assert.Equal("1 schema, 1 error, 0 warnings", run.OutLines[^1]);
    }

    [Theory]
    [InlineData("50% done", "50%25 done")]
    [InlineData("one\ntwo\r\nthree", "one%0Atwo%0D%0Athree")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    public void Messages_escape_percent_and_line_breaks(string message, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotations.EscapeData(message));

    [Theory]
    [InlineData("a,b:c.txt", "a%2Cb%3Ac.txt")]
    [InlineData("x\n::error file=y::forged.txt", "x%0A%3A%3Aerror file=y%3A%3Aforged.txt")]
    [InlineData("100%.txt", "100%25.txt")]
    public void Properties_also_escape_colons_and_commas(string value, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotations.EscapeProperty(value));

    [Fact]
    public async Task A_file_name_cannot_forge_a_second_annotation()
    {
        using var folder = new TempFolder();
        string article = folder.Write("x\n::error file=y,line=1::forged.txt", string.Empty);

        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "github", folder.Path);

        string[] annotations = run.OutLines.Where(line => line.StartsWith("::", System.StringComparison.Ordinal)).ToArray();
        Assert.Single(annotations);
        Assert.Contains("x%0A%3A%3Aerror file=y%2Cline=1%3A%3Aforged.txt,line=1,col=1,title=CD2001::", annotations[0]);
        Assert.True(File.Exists(article));
    }
}
