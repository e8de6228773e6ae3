using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>The code generated from every schema in <c>schemas/</c> is reviewed as a snapshot and compiles cleanly.</summary>
public sealed class GeneratedSourceTests
{
    public static TheoryData<string> Schemas => new(GeneratorHarness.SchemaFileNames());

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Generated_source_matches_its_snapshot(string schemaFile)
    {
        var (run, _) = GeneratorHarness.Run(("/project/schemas/" + schemaFile, GeneratorHarness.ReadSchema(schemaFile)));

        GeneratedSourceResult source = Assert.Single(run.Results.Single().GeneratedSources);
        Snapshot.Match($"// hint name: {source.HintName}\n{source.SourceText}", new SnapshotNameExtension(schemaFile));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Generated_source_compiles_without_warnings_or_diagnostics(string schemaFile)
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/" + schemaFile, GeneratorHarness.ReadSchema(schemaFile)));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
    }

    [Fact]
    public void Same_named_schemas_in_different_folders_get_different_files()
    {
        string schema = GeneratorHarness.ReadSchema("digest-story.schema.yaml");
        string other = schema.Replace("namespace: Copydesk.Samples", "namespace: Copydesk.Other");

        var (run, output) = GeneratorHarness.Run(("/project/a/digest-story.schema.yaml", schema), ("/project/b/digest-story.schema.yaml", other));

        string[] hintNames = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(2, hintNames.Distinct().Count());
        Assert.Equal(string.Empty, Problems(output));
    }

    [Fact]
    public void Two_schemas_may_both_declare_a_part_with_the_same_name()
    {
        string schema = GeneratorHarness.ReadSchema("digest-story.schema.yaml");
        string other = schema.Replace("type: DigestStory", "type: BriefStory");

        var (_, output) = GeneratorHarness.Run(("/project/digest.schema.yaml", schema), ("/project/brief.schema.yaml", other));

        Assert.Equal(string.Empty, Problems(output));
        Assert.NotNull(output.GetTypeByMetadataName("Copydesk.Samples.DigestStory+Quote"));
        Assert.NotNull(output.GetTypeByMetadataName("Copydesk.Samples.BriefStory+Quote"));
    }

    [Fact]
    public void A_schema_without_namespace_uses_the_root_namespace()
    {
        string schema = GeneratorHarness.ReadSchema("digest-story.schema.yaml").Replace("namespace: Copydesk.Samples\n", string.Empty);

        var (_, output) = GeneratorHarness.Run(("/project/digest.schema.yaml", schema));

        Assert.NotNull(output.GetTypeByMetadataName("UserProject.DigestStory"));
    }

    private static string Problems(Compilation output) => string.Join(
        "\n",
        output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

    [Fact]
    public void Files_that_are_not_schemas_are_ignored()
    {
        var (run, _) = GeneratorHarness.Run(("/project/settings.yaml", "copydesk: 1"), ("/project/notes.txt", "hello"));

        Assert.Empty(run.Results.Single().GeneratedSources);
        Assert.Empty(run.Diagnostics);
    }
}
