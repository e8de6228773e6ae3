using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// What a user meets first: typos get the closest name, a mistyped folder stops before anything is read, every help
/// ends with an example, and nothing sends the reader to a document the repository does not have.
/// </summary>
public sealed partial class PolishTests
{
    [Fact]
    public async Task A_mistyped_command_suggests_the_closest_one()
    {
        CliRun run = await CliRun.RunAsync("validat", "--schema", "s.yaml", "articles");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("error: Unknown command 'validat'. Did you mean 'validate'?", run.ErrorLines[0]);
        Assert.Equal(string.Empty, run.ErrorLines[1]);
        Assert.Contains("Usage:", run.Error);
    }

    [Theory]
    [InlineData("parse", "--fromat", "--format")]
    [InlineData("validate", "--schem", "--schema")]
    [InlineData("validate", "--jbos", "--jobs")]
    [InlineData("explain", "--verbos", "--verbose")]
    [InlineData("check", "--formt", "--format")]
    public async Task A_mistyped_option_suggests_the_closest_one(string command, string typo, string meant)
    {
        CliRun run = command == "check"
            ? await CliRun.RunAsync(command, typo, "sarif", TestFiles.Schemas)
            : await CliRun.RunAsync(command, "--schema", TestFiles.DigestSchema, typo, "json", TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"Unknown option '{typo}'. Did you mean '{meant}'?", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_option_far_from_every_name_gets_no_guess()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--colour", TestFiles.DigestArticles);

        Assert.Contains("error: Unknown option '--colour'.", run.ErrorLines);
        Assert.DoesNotContain("Did you mean", run.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("check")]
    public async Task A_missing_folder_is_a_usage_error_with_the_closest_name(string command)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["articles"]);
        temp.Write("articles/a.txt", "x\n");
        string typo = temp["artcles"];

        CliRun run = command == "check"
            ? await CliRun.RunAsync(command, typo)
            : await CliRun.RunAsync(command, "--schema", TestFiles.DigestSchema, typo);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"error: The folder '{typo}' does not exist. Did you mean '{temp["articles"]}'?", run.ErrorLines);
        Assert.DoesNotContain("1 file", run.Error);
    }

    [Fact]
    public async Task A_missing_path_ending_in_a_separator_is_a_missing_folder()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "no-such-folder.d" + Path.DirectorySeparatorChar);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_missing_file_is_still_reported_for_itself_while_the_batch_goes_on()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, TestFiles.Digest("library-renovation"), "gone.txt");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("2 files, 1 error, 0 warnings", run.OutLines[^1]);
        Assert.Contains("gone.txt: error CD0001: cannot read the file: it does not exist.", run.ErrorLines);
    }

    public static TheoryData<string[]> HelpCommands => new(
        [CopydeskCli.CommandName],
        ["check"],
        ["parse"],
        ["validate"],
        ["explain"],
        ["snapshot"]);

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public async Task Every_help_ends_with_one_example_of_its_own_command(string[] command)
    {
        string[] args = command[0] == CopydeskCli.CommandName ? ["--help"] : [.. command, "--help"];

        CliRun run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = run.OutLines;
        int example = Array.IndexOf(lines, "Example:");
        Assert.True(example > 0, run.Out);
        string name = command[0] == CopydeskCli.CommandName ? string.Empty : command[0];
        Assert.StartsWith($"  copydesk {name}".TrimEnd(), lines[example + 1]);
        Assert.Single(lines, line => line == "Example:");
    }

    [Fact]
    public void Every_command_has_an_example()
    {
        var root = CopydeskCli.CreateRootCommand(new CliStreams(TextWriter.Null, TextWriter.Null));

        Assert.All(root.Subcommands, command => Assert.True(HelpExamples.ByCommand.ContainsKey(command.Name), command.Name));
    }

    [Fact]
    public void Links_in_the_command_line_guide_lead_to_files_in_the_repository()
    {
        string docs = Path.Combine(RepositoryRoot(), "docs");
        string guide = File.ReadAllText(Path.Combine(docs, "cli.md"));

        foreach (Match link in RelativeLink().Matches(guide))
        {
            string target = link.Groups["path"].Value;
            Assert.True(File.Exists(Path.Combine(docs, target)), $"docs/cli.md links to {target}, which is not in the repository");
        }

        Assert.DoesNotContain("of the design", guide, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public async Task Help_names_no_document_outside_the_repository(string[] command)
    {
        string[] args = command[0] == CopydeskCli.CommandName ? ["--help"] : [.. command, "--help"];

        CliRun run = await CliRun.RunAsync(args);

        Assert.DoesNotMatch(@"\.\./|design|shared/", run.Out);
    }

    // The test output sits in tests/Copydesk.Cli.Tests/bin/<configuration>/<framework>/ of the repository.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Toolkit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run inside the repository.");
    }

    [GeneratedRegex(@"\]\((?<path>(?!https?:|#)[^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
