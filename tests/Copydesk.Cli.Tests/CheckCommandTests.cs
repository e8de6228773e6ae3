using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.Schema.Reading;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk check</c>: the build's diagnostics, MSBuild-style, a summary, and the exit code.</summary>
public sealed class CheckCommandTests
{
    private const string UnknownKeySchema = "copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: label, chek: { maxLength: 3 } }\n";
    private const string WarningSchema = "copydesk: 1\ntype: Story\nlines:\n  odd: { maxLength: 0 }\nlayout:\n  - headline: label\n  - body: { line: odd, optional: true }\n";

    [Fact]
    public async Task The_repository_schemas_are_clean()
    {
        CliRun run = await CliRun.RunAsync("check", TestFiles.Schemas);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(["4 schemas, 0 errors, 0 warnings"], run.OutLines);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Errors_are_printed_like_the_build_and_exit_1()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("story.schema.yaml", UnknownKeySchema);
        string[] expected = SchemaLoader.Load(UnknownKeySchema, TestContext.Current.CancellationToken).Diagnostics.Select(d => d.ToString(schema)).ToArray();

        CliRun run = await CliRun.RunAsync("check", schema);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.NotEmpty(expected);
        Assert.Equal([.. expected, "1 schema, 1 error, 0 warnings"], run.OutLines);
        Assert.StartsWith($"{schema}(4,30): error CD1002: Unknown key 'chek'", run.OutLines[0]);
        Assert.Contains("check", run.OutLines[0]);
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("story.schema.yaml", WarningSchema);

        CliRun run = await CliRun.RunAsync("check", schema);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        Assert.StartsWith($"{schema}(7,19): warning CD1013: Slot 'body' can never match", run.OutLines[0]);
        Assert.Equal("1 schema, 0 errors, 1 warning", run.OutLines[1]);
    }

    [Fact]
    public async Task Invalid_yaml_is_CD1001()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("broken.schema.yaml", "copydesk: 1\ntype: [Story\n");

        CliRun run = await CliRun.RunAsync("check", schema);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains(": error CD1001: ", run.OutLines[0]);
        Assert.StartsWith(schema + "(", run.OutLines[0]);
    }

    [Fact]
    public async Task Folders_are_walked_recursively_for_schema_files_only()
    {
        using var temp = new TempFolder();
        temp.Write("a/ok.schema.yaml", File.ReadAllText(TestFiles.DigestSchema));
        temp.Write("a/b/bad.schema.yaml", UnknownKeySchema);
        temp.Write("a/b/notes.yaml", "not: [a schema");
        temp.Write("a/readme.txt", "nothing");

        CliRun run = await CliRun.RunAsync("check", temp.Path);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        Assert.StartsWith(temp["a/b/bad.schema.yaml"] + "(4,30): error CD1002", run.OutLines[0]);
        Assert.Equal("2 schemas, 1 error, 0 warnings", run.OutLines[1]);
    }

    [Fact]
    public async Task Two_schemas_emitting_one_type_is_CD1015_like_the_build()
    {
        using var temp = new TempFolder();
        string first = temp.Write("one.schema.yaml", File.ReadAllText(TestFiles.DigestSchema));
        string second = temp.Write("two.schema.yaml", File.ReadAllText(TestFiles.DigestSchema));

        CliRun run = await CliRun.RunAsync("check", first, second);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal($"{second}(4,7): error CD1015: Type 'Copydesk.Samples.DigestStory' is also generated from '{first}'", run.OutLines[0]);
    }

    [Fact]
    public async Task A_missing_schema_is_reported_the_others_are_checked_and_the_exit_code_is_2()
    {
        using var temp = new TempFolder();
        string bad = temp.Write("bad.schema.yaml", UnknownKeySchema);
        string missing = temp["missing.schema.yaml"];

        CliRun run = await CliRun.RunAsync("check", missing, bad);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"{missing}: error CD0001: cannot read the file: it does not exist."], run.ErrorLines);
        Assert.Contains(run.OutLines, line => line.Contains("CD1002"));
        Assert.Equal("2 schemas, 2 errors, 0 warnings", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_binary_schema_is_CD0002()
    {
        using var temp = new TempFolder();
        string schema = temp.WriteBytes("bin.schema.yaml", [0x63, 0x6F, 0x00, 0x01]);

        CliRun run = await CliRun.RunAsync("check", schema);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"{schema}(1,3): error CD0002: cannot read the file: it is not UTF-8 text", run.Error);
    }

    [Fact]
    public async Task A_folder_without_schemas_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "x");

        CliRun run = await CliRun.RunAsync("check", temp.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("no *.schema.yaml files found", run.Error);
    }
}
