using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// Schema mistakes become build diagnostics located at the offending YAML node. Each snapshot shows the
/// message and the highlighted span, as the IDE shows them.
/// </summary>
public sealed class SchemaDiagnosticTests
{
    private const string Path = "/project/schemas/story.schema.yaml";

    private const string Valid = """
        copydesk: 1
        type: Story
        lines:
          heading: { not: sentence, maxWords: 6 }
        parts:
          Section:
            - heading: heading
            - paragraphs: { line: sentence, repeat: 1+ }
        layout:
          - headline: label
          - sections: { part: Section, repeat: 0+ }
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { "CD1001_yaml_syntax_error", Valid.Replace("heading: { not: sentence, maxWords: 6 }", "heading: { not: sentence, maxWords: 6") },
        { "CD1002_unknown_key_suggests_the_closest", Valid.Replace("lines:", "lnes:") },
        { "CD1002_unknown_slot_option", Valid.Replace("{ line: sentence, repeat: 1+ }", "{ line: sentence, repaet: 1+ }") },
        { "CD1003_missing_layout", Valid[..Valid.IndexOf("layout:", System.StringComparison.Ordinal)] },
        { "CD1007_unknown_line_class", Valid.Replace("- heading: heading", "- heading: headin") },
        { "CD1008_unknown_part", Valid.Replace("{ part: Section, repeat: 0+ }", "{ part: Sectoin, repeat: 0+ }") },
        { "CD1014_unsupported_version", Valid.Replace("copydesk: 1", "copydesk: 2") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_mistake_is_reported_at_its_node(string name, string yaml)
    {
        var (run, output) = GeneratorHarness.Run((Path, yaml));

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.Equal(Path, d.Location.GetLineSpan().Path));
        Assert.Empty(run.Results.Single().GeneratedSources);
        Assert.DoesNotContain(output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Id is "CS8784" or "CS8785");
        Snapshot.Match(DiagnosticRendering.RenderAll(run, yaml), new SnapshotNameExtension(name));
    }

    [Fact]
    public void The_valid_schema_reports_nothing()
    {
        var (run, output) = GeneratorHarness.Run((Path, Valid));

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Two_schemas_emitting_the_same_type_are_reported_at_the_second_type_name()
    {
        var (run, _) = GeneratorHarness.Run(("/project/a.schema.yaml", Valid), ("/project/b.schema.yaml", Valid));

        Diagnostic duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("CD1015", duplicate.Id);
        Assert.Equal("/project/b.schema.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.Equal(1, duplicate.Location.GetLineSpan().StartLinePosition.Line);
    }
}
