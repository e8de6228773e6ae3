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

    /// <summary>Captures on a layout slot, a repeated slot, a oneOf case and a part slot, with text, typed and rest fields, and a rest read as quotes.</summary>
    private const string Captures = """
        copydesk: 1
        type: Wire
        namespace: Copydesk.Samples
        parts:
          Contact:
            - name: label
            - reach: { line: label, capture: { pattern: '^(?<email>\S+@\S+)(?: (?<phone>\+?[\d ()-]+))?$', fields: { email: email, phone: phone } } }
        layout:
          - headline: label
          - lead:
              line: sentence
              capture:
                pattern: '^(?:(?<place>\p{Lu}[\p{Lu} .]+?)(?:, (?<date>\p{Lu}\p{Ll}+ \d{1,2}, \d{4}))? \((?<agency>\w+)\) — )?'
                fields: { place: text, date: { type: date, formats: ["MMMM d, yyyy"] }, agency: text }
                rest: text
          - facts:
              repeat: 0+
              oneOf:
                - votes: { line: { pattern: '^Votes\b' }, capture: { pattern: '^Votes: (?<yes>\d+) to (?<no>\d+)$', fields: { yes: integer, no: integer } } }
                - quote: { line: { pattern: '^QUOTE\b' }, capture: { pattern: '^QUOTE:\s*', rest: { name: text, value: quotes } } }
                - note: label
          - contact: { after: "Contact", part: Contact }
        jsonLd:
          type: NewsArticle
          headline: headline
          dateline: lead
        """;

    [Fact]
    public void Captures_generate_records_reads_JSON_and_checks_as_in_the_snapshot_and_compile_cleanly()
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/wire.schema.yaml", Captures));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
        GeneratedSourceResult source = Assert.Single(run.Results.Single().GeneratedSources);
        Snapshot.Match($"// hint name: {source.HintName}\n{source.SourceText}");
    }

    /// <summary>A post with typed front matter of every type: lists, a list of mappings, a nested mapping, checks and defaults.</summary>
    private const string FrontMatterPost = """
        copydesk: 1
        type: Post
        namespace: Copydesk.Samples
        frontMatter:
          unknownKeys: warn
          fields:
            title: { type: string, required: true, maxLength: 90, description: "The post's title." }
            date: { type: date, required: true, min: 2000-01-01 }
            updated: date-time
            draft: { type: boolean, default: false }
            weight: integer
            rating: { type: number, max: 5, severity: warning }
            tags: { type: string, list: true, count: 0..8, pattern: '^[a-z-]+$' }
            category: { type: string, oneOf: [news, opinion] }
            cover_image: url
            authors:
              type: mapping
              list: true
              fields:
                name: { type: string, required: true }
                email: email
            seo:
              type: mapping
              unknownKeys: error
              fields:
                description: string
        layout:
          - headline: label
          - paragraphs: { line: any, repeat: 1+ }
        """;

    [Fact]
    public void Generated_source_with_front_matter_matches_its_snapshot_and_compiles_cleanly()
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/post.schema.yaml", FrontMatterPost));

        GeneratedSourceResult source = Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
        Snapshot.Match($"// hint name: {source.HintName}\n{source.SourceText}");
    }

    // Every rule and every way a rule reads a field: a repeat, a typed line read once or optional, front-matter
    // scalars required and optional, a front-matter list; a slot named 'item' and one checked like a list item.
    private const string RulesRecipe = """
        copydesk: 1
        type: Recipe
        namespace: Copydesk.Samples
        frontMatter:
          fields:
            date: { type: date, required: true }
            updated: date-time
            servings: integer
            tags: { type: string, list: true }
        layout:
          - title: label
          - tested: { after: "Tested", line: any, value: date }
          - issued: { after: "Issued", line: any, value: date-time, optional: true }
          - embargo: { after: "Embargo", line: any, value: date-time, optional: true }
          - stepCount: { line: any, value: integer }
          - item: { line: sentence, repeat: 1+, check: { count: 1..20 } }
          - photo: { after: "Photo", line: any, optional: true }
          - credit: { after: "Credit", line: any, optional: true }
        rules:
          - { count: item, equals: stepCount }
          - { count: frontMatter.tags, equals: frontMatter.servings, severity: warning }
          - { field: tested, notAfter: frontMatter.date, message: "Test the recipe first." }
          - { field: frontMatter.updated, notBefore: frontMatter.date }
          - { field: embargo, before: issued, severity: info }
          - { field: credit, requiredWith: photo }
          - { field: photo, forbiddenWith: frontMatter.updated }
        """;

    [Fact]
    public void Generated_source_with_rules_matches_its_snapshot_and_compiles_cleanly()
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/recipe.schema.yaml", RulesRecipe));

        GeneratedSourceResult source = Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
        Snapshot.Match($"// hint name: {source.HintName}\n{source.SourceText}");
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

    [Fact]
    public void Generated_member_names_built_from_schema_names_never_collide()
    {
        // Part A_b slot c and part A slot b_c both make "..._A_b_c"; slot x with 'after', its case named 'after' and
        // slot x_after all make "Expect_Layout_x_after". All must get distinct members.
        const string Schema = """
            copydesk: 1
            type: Story
            parts:
              A_b:
                - c: { oneOf: [ { one: Inner }, { two: label } ], repeat: 1+, check: { count: 1..3 } }
              A:
                - b_c: { oneOf: [ { one: Inner }, { two: label } ], repeat: 1+, check: { count: 1..3 } }
              Inner:
                - text: { line: sentence, check: { maxLength: 100 } }
            layout:
              - x: { after: More, oneOf: [ { after: sentence }, { case: label } ], optional: true }
              - x_after: { line: label, optional: true }
              - first: { part: A_b, optional: true }
              - second: { part: A, optional: true }
            """;

        var (run, output) = GeneratorHarness.Run(("/project/collide.schema.yaml", Schema));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
        string source = run.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("Match_Part_A_b_c_2(", source);
        Assert.Contains("WriteItem_Part_A_b_c_2(", source);
        Assert.Contains("ValidateItem_Part_A_b_c_2(", source);
        Assert.Contains("Expect_Layout_x_after_2 =", source);
        Assert.Contains("Expect_Layout_x_after_3 =", source);
    }

    [Theory]
    [InlineData("Acme.event.class")]
    [InlineData("__arglist.global")]
    public void Namespace_segments_that_are_keywords_are_escaped(string ns)
    {
        string schema = "copydesk: 1\ntype: Story\nnamespace: " + ns + "\nlayout:\n  - headline: label\n";

        var (run, output) = GeneratorHarness.Run(("/project/ns.schema.yaml", schema));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(string.Empty, Problems(output));
        Assert.NotNull(output.GetTypeByMetadataName(ns + ".Story"));
    }

    [Fact]
    public void A_namespace_segment_written_with_the_verbatim_at_sign_is_CD1005()
    {
        const string Schema = "copydesk: 1\ntype: Story\nnamespace: Acme.event.@class\nlayout:\n  - headline: label\n";

        var (run, _) = GeneratorHarness.Run(("/project/ns.schema.yaml", Schema));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("CD1005", 2), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.All(run.Results.Single().GeneratedSources, source => Assert.True(GeneratorHarness.IsStandIn(source), source.HintName + " is generated code, not the stand-in of a schema with errors"));
    }

    [Theory]
    [InlineData("My.event", null)]
    [InlineData("1Project", "CD1005")]
    [InlineData("My-Project", "CD1005")]
    public void The_root_namespace_is_used_when_valid_and_reported_when_not(string rootNamespace, string? id)
    {
        const string Schema = "copydesk: 1\ntype: Story\nlayout:\n  - headline: label\n";
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile("/project/story.schema.yaml", Schema)], rootNamespace)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation("class Anchor { }"), out Compilation output, out _, TestContext.Current.CancellationToken);
        GeneratorDriverRunResult run = driver.GetRunResult();

        if (id is null)
        {
            Assert.Empty(run.Diagnostics);
            Assert.Equal(string.Empty, Problems(output));
            Assert.NotNull(output.GetTypeByMetadataName(rootNamespace + ".Story"));
        }
        else
        {
            Diagnostic diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal((id, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
            Assert.Contains("RootNamespace", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(run.Results.Single().GeneratedSources);
        }
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
