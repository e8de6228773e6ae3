using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>Bad command lines end with a message and usage on standard error and exit code 2; help exits 0.</summary>
public sealed class UsageTests
{
    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        CliRun run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("Usage:", run.Error);
        Assert.Contains("copydesk [command] [options]", run.Error);
    }

    [Fact]
    public async Task Help_lists_every_command_on_standard_output()
    {
        CliRun run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        foreach (string command in new[] { "check", "parse", "validate", "explain" })
        {
            Assert.Contains(command, run.Out);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("explain")]
    public async Task Command_help_shows_usage_even_without_required_options(string command)
    {
        CliRun run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"copydesk {command}", run.Out);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("parse", "--bogus", "--schema", "s.yaml", "a.txt")]
    [InlineData("validate", "--schema", "s.yaml", "--bogus", "a.txt")]
    [InlineData("explain", "--schema", "s.yaml", "-x", "a.txt")]
    [InlineData("check", "--strict", "s.yaml")]
    public async Task Unknown_option_is_a_usage_error(params string[] args)
    {
        CliRun run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("Unknown option", run.Error);
        Assert.Contains($"copydesk {args[0]}", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        CliRun run = await CliRun.RunAsync("lint", "a.txt");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("'lint'", run.Error);
        Assert.Contains("Usage:", run.Error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("explain")]
    public async Task Missing_schema_option_is_a_usage_error(string command)
    {
        CliRun run = await CliRun.RunAsync(command, TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("'--schema' is required", run.Error);
        Assert.Contains("Usage:", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("explain")]
    public async Task Missing_files_is_a_usage_error(string command)
    {
        CliRun run = await CliRun.RunAsync(command, "--schema", TestFiles.DigestSchema);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Required argument missing", run.Error);
        Assert.Contains("Usage:", run.Error);
    }

    [Fact]
    public async Task Check_without_schemas_is_a_usage_error()
    {
        CliRun run = await CliRun.RunAsync("check");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Usage:", run.Error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    public async Task Unknown_format_is_a_usage_error(string command)
    {
        CliRun run = await CliRun.RunAsync(command, "--schema", TestFiles.DigestSchema, "--format", "xml", TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(command == "parse" ? "--format takes 'text', 'json', 'jsonld', 'sarif' or 'github', not 'xml'" : "--format takes 'text', 'json', 'sarif' or 'github', not 'xml'", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public async Task Jobs_must_be_a_positive_number(string jobs)
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--jobs", jobs, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Usage:", run.Error);
    }

    [Theory]
    [InlineData("sub/*.txt")]
    [InlineData("")]
    public async Task Pattern_must_be_a_file_name_pattern(string pattern)
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--pattern", pattern, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("--pattern", run.Error);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        CliRun run = await CliRun.RunAsync("--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }
}
