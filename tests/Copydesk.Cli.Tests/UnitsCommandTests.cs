using System.IO;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk units</c>: the units each input model makes of a file, as text or one JSON line per file.</summary>
public sealed class UnitsCommandTests
{
    [Fact]
    public async Task Markdown_units_show_kind_level_depth_span_and_text()
    {
        using var folder = new TempFolder();
        string post = folder.Write("post.md", "# Night ferries\n\nThe board voted\non Monday.\n\n- Boats leave at 22:00.\n");

        CliRun run = await CliRun.RunAsync("units", "--input", "markdown", post);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(
            [
                post + ": 3 units",
                "  (1,1)-(1,16) heading level 1 indent 0: Night ferries",
                "  (3,1)-(4,11) paragraph indent 0: The board voted on Monday.",
                "  (6,1)-(6,24) listItem depth 1 indent 0: Boats leave at 22:00.",
            ],
            run.OutLines);
    }

    [Fact]
    public async Task Lines_are_the_default_and_keep_their_indentation()
    {
        using var folder = new TempFolder();
        string article = folder.Write("wire.txt", "SLUG\n   First line\n");

        CliRun run = await CliRun.RunAsync("units", "--format", "json", article);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        string line = Assert.Single(run.OutLines);
        Assert.Contains("\"kind\":\"line\",\"text\":\"First line\",\"line\":2,\"column\":4,\"endLine\":2,\"endColumn\":14,\"offset\":8,\"length\":10,\"indentation\":3", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_gives_its_own_input_model()
    {
        using var folder = new TempFolder();
        string article = folder.Write("release.txt", "Headline wrapped\nover two lines\n\nBody.\n");

        CliRun run = await CliRun.RunAsync("units", "--schema", Path.Combine(TestFiles.Schemas, "press-release.schema.yaml"), article);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("  (1,1)-(2,15) paragraph indent 0: Headline wrapped over two lines", run.OutLines[1]);
    }

    [Fact]
    public async Task A_schema_with_front_matter_gives_the_units_its_layout_reads_after_the_front_matter()
    {
        using var folder = new TempFolder();
        string schema = folder.Write("note.schema.yaml", "copydesk: 1\ntype: Note\nfrontMatter:\n  fields:\n    title: string\nlayout:\n  - lines: { line: any, repeat: 1+ }\n");
        string article = folder.Write("note.txt", "---\ntitle: A note\n---\nFirst line\n");

        CliRun withSchema = await CliRun.RunAsync("units", "--schema", schema, article);
        CliRun withoutSchema = await CliRun.RunAsync("units", article);

        Assert.True(withSchema.ExitCode == ExitCodes.Success, withSchema.ToString());
        Assert.Equal($"{article}: 1 unit", withSchema.OutLines[0]);
        Assert.Equal("  (4,1)-(4,11) line indent 0: First line", withSchema.OutLines[1]);
        Assert.Equal($"{article}: 4 units", withoutSchema.OutLines[0]);
    }
}
