using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// A content collection declared wrongly gets one diagnostic for the collection (CD1140–CD1146), not one per article,
/// naming the collection and what is wrong; the examples of <c>docs/diagnostics.md</c>, reproduced in memory.
/// </summary>
public sealed class ContentDeclarationTests
{
    /// <summary>The ids of content declaration mistakes, whose documented examples are project files.</summary>
    public static readonly string[] ContentIds = ["CD1140", "CD1141", "CD1142", "CD1143", "CD1144", "CD1145", "CD1146", "CD1149"];

    private const string BlogPost = "/project/schemas/blog-post.schema.yaml";
    private const string WireStory = "/project/schemas/wire-story.schema.yaml";

    private static ContentProject Project() => new ContentProject()
        .Schema(BlogPost, GeneratorHarness.ReadSchema("blog-post.schema.yaml"))
        .Schema(WireStory, GeneratorHarness.ReadSchema("wire-story.schema.yaml"));

    [Fact]
    public void A_schema_that_is_not_in_the_project_is_CD1140_once_for_the_collection_naming_both()
    {
        string[] reported = Run(Project()
            .Article("/project/content/stories/a.md", "A\n", "/project/schemas/blogpost.schema.yaml", "Stories")
            .Article("/project/content/stories/b.md", "B\n", "/project/schemas/blogpost.schema.yaml", "Stories"));

        Assert.Equal(
            ["CD1140 (project) Content collection 'Stories' names the schema 'schemas/blogpost.schema.yaml', which is not a schema of this project (its schemas are schemas/blog-post.schema.yaml, schemas/wire-story.schema.yaml): fix the Schema path or add the schema to the project"],
            reported);
    }

    [Fact]
    public void A_schema_with_errors_is_reported_at_the_schema_and_once_as_CD1141_for_the_collection()
    {
        var project = new ContentProject()
            .Schema(BlogPost, "copydesk: 1\ntype: Story\nlnes: {}\nlayout:\n  - headline: label\n")
            .Article("/project/content/stories/a.md", "A\n", BlogPost, "Stories")
            .Article("/project/content/stories/b.md", "B\n", BlogPost, "Stories");
        var checker = new RecordingChecker();

        string[] reported = Run(project, checker);

        Assert.Contains(reported, line => line.StartsWith("CD1002 /project/schemas/blog-post.schema.yaml(3,1)", System.StringComparison.Ordinal));
        Assert.Contains("CD1141 (project) Content collection 'Stories' is not checked because its schema 'schemas/blog-post.schema.yaml' has errors, reported at the schema: fix them and its articles are checked", reported);
        Assert.Empty(checker.Checked);
    }

    [Fact]
    public void An_embedded_collection_whose_name_is_not_a_class_name_is_CD1142_and_gets_no_class()
    {
        var project = Project().Article("/project/content/stories/a.md", "A\n", BlogPost, "top-stories", embed: true);

        GeneratorDriverRunResult run = project.CreateDriver(new RecordingChecker()).RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken).GetRunResult();

        Assert.Equal(["CD1142 (project) 'top-stories' cannot name the class of an embedded content collection: '-' is not allowed; use letters, digits and '_'"], Describe(run.Diagnostics));
        Assert.DoesNotContain(run.Results.Single().GeneratedSources, source => source.HintName.StartsWith("Copydesk.Content.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_articles_with_one_slug_in_an_embedded_collection_are_CD1143_at_the_later_one()
    {
        string[] reported = Run(Project()
            .Article("/project/content/stories/2026/recap.md", "A\n", BlogPost, "Stories", embed: true)
            .Article("/project/content/stories/2025/recap.md", "B\n", BlogPost, "Stories", embed: true));

        Assert.Equal(
            ["CD1143 /project/content/stories/2026/recap.md(1,1) This article has the slug 'recap', like 'content/stories/2025/recap.md' of the same collection, and an embedded collection finds each article by its slug: rename one of them (Stories)"],
            reported);
    }

    [Fact]
    public void A_slug_twice_in_a_collection_that_is_not_embedded_is_fine()
    {
        Assert.Empty(Run(Project()
            .Article("/project/content/stories/2026/recap.md", "A\n", BlogPost, "Stories")
            .Article("/project/content/stories/2025/recap.md", "B\n", BlogPost, "Stories")));
    }

    [Fact]
    public void A_severity_that_is_not_one_is_CD1144_and_the_issues_keep_their_own()
    {
        string[] reported = Run(Project().Article("/project/content/drafts/a.md", "TODO\n", BlogPost, "Drafts", severity: "warn"));

        Assert.Equal(
            [
                "CD1144 (project) Content collection 'Drafts' has Severity=\"warn\", which is not a severity: write error, warning or info, or leave it out to keep each issue's own severity",
                "CD3005 /project/content/drafts/a.md(1,1) Warning body[0] contains the placeholder 'TODO'.",
            ],
            reported);
    }

    [Fact]
    public void One_collection_declared_with_two_schemas_is_CD1145()
    {
        string[] reported = Run(Project()
            .Article("/project/content/stories/a.md", "A\n", BlogPost, "Stories")
            .Article("/project/content/archive/b.md", "B\n", WireStory, "Stories"));

        Assert.Equal(
            ["CD1145 (project) Content collection 'Stories' is declared with Schema=\"schemas/wire-story.schema.yaml\" Embed=\"false\" and with Schema=\"schemas/blog-post.schema.yaml\" Embed=\"false\": give each CopydeskContent item of one collection the same Schema, Embed and Severity, or give the items different Collection names"],
            reported);
    }

    [Fact]
    public void A_collection_without_a_schema_is_CD1146()
    {
        string[] reported = Run(Project().Article("/project/content/stories/a.md", "A\n", null, "Stories"));

        Assert.Equal(
            ["CD1146 (project) Content collection 'Stories' has no Schema, so its articles cannot be checked: write Schema=\"schemas/name.schema.yaml\" on its CopydeskContent item"],
            reported);
    }

    [Fact]
    public void An_engine_that_throws_is_CD1149_at_the_article_and_the_other_articles_are_checked()
    {
        var project = Project()
            .Article("/project/content/stories/a.md", "A\n", BlogPost, "Stories")
            .Article("/project/content/stories/b.md", "TODO\n", BlogPost, "Stories");

        string[] reported = Run(project, new ThrowingChecker("/project/content/stories/a.md"));

        Assert.Equal(
            [
                "CD1149 /project/content/stories/a.md(1,1) Copydesk could not check this article because of an internal error: InvalidOperationException: boom",
                "CD3005 /project/content/stories/b.md(1,1) Warning body[0] contains the placeholder 'TODO'.",
            ],
            reported);
    }

    private static string[] Run(ContentProject project, Copydesk.Generator.Pipeline.IContentChecker? checker = null) =>
        Describe(project.CreateDriver(checker ?? new RecordingChecker()).RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken).GetRunResult().Diagnostics);

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics
        .Select(d => d.Id.StartsWith("CD11", System.StringComparison.Ordinal) || d.Id.StartsWith("CD10", System.StringComparison.Ordinal)
            ? $"{d.Id} {Where(d)} {d.GetMessage(CultureInfo.InvariantCulture)}"
            : $"{d.Id} {Where(d)} {d.Severity} {d.GetMessage(CultureInfo.InvariantCulture)}")
        .Order(System.StringComparer.Ordinal)
        .ToArray();

    private static string Where(Diagnostic diagnostic)
    {
        if (diagnostic.Location == Location.None)
        {
            return "(project)";
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    private sealed class ThrowingChecker(string throwsAt) : Copydesk.Generator.Pipeline.IContentChecker
    {
        private readonly RecordingChecker inner = new();

        public object? Load(string schemaPath, Copydesk.Schema.Diagnostics.SchemaLoadResult loaded, System.Threading.CancellationToken cancellationToken) => inner.Load(schemaPath, loaded, cancellationToken);

        public Copydesk.Schema.Model.EquatableArray<Copydesk.Generator.Pipeline.ContentIssue> Check(object schema, string articlePath, string articleText, System.Text.Encoding? fallbackEncoding, System.Threading.CancellationToken cancellationToken) =>
            articlePath == throwsAt ? throw new System.InvalidOperationException("boom") : inner.Check(schema, articlePath, articleText, fallbackEncoding, cancellationToken);
    }
}
