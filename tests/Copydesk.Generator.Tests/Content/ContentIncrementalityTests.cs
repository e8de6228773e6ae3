using System.Linq;
using Copydesk.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static Copydesk.Generator.Tests.StepReasons;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// Articles are checked one per pipeline item: editing one article re-checks only that article, editing a schema only
/// the articles of its collection, and a C# edit nothing. Each test counts the checks the engine was asked for and
/// names the reason of every content step.
/// </summary>
public sealed class ContentIncrementalityTests
{
    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;

    private const string StorySchema = "/project/schemas/digest-story.schema.yaml";
    private const string BriefSchema = "/project/schemas/wire-story.schema.yaml";

    private static ContentProject Project() => new ContentProject()
        .Schema(StorySchema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
        .Schema(BriefSchema, GeneratorHarness.ReadSchema("wire-story.schema.yaml"))
        .Article("/project/content/stories/a.md", "Headline A\n\nTODO: the body\n", StorySchema, "Stories", embed: true)
        .Article("/project/content/stories/b.md", "Headline B\n", StorySchema, "Stories", embed: true)
        .Article("/project/content/stories/c.md", "Headline C\n", StorySchema, "Stories", embed: true)
        .Article("/project/content/briefs/d.md", "Brief D\n", BriefSchema, "Briefs")
        .Article("/project/content/briefs/e.md", "Brief E\n", BriefSchema, "Briefs");

    private static Compilation UserCode() => GeneratorHarness.CreateCompilation("namespace UserProject { internal static class A { } }");

    [Fact]
    public void Editing_one_article_rechecks_only_that_article()
    {
        ContentProject project = Project();
        var checker = new RecordingChecker();
        GeneratorDriver driver = project.CreateDriver(checker).RunGenerators(UserCode(), TestContext.Current.CancellationToken);
        Assert.Equal(5, checker.Checked.Count);
        checker.Checked.Clear();

        AdditionalText edited = new GeneratorHarness.SchemaFile("/project/content/stories/b.md", "Headline B\n\nTODO\n");
        GeneratorRunResult second = driver.ReplaceAdditionalText(project.File(edited.Path), edited).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(["/project/content/stories/b.md"], checker.Checked);
        Assert.Empty(checker.Loaded.Skip(2));
        AssertReasons(
            second,
            (TrackingNames.ContentText, [Cached, Modified, Cached, Cached, Cached]),
            (TrackingNames.ContentMembers, [Cached, Unchanged, Cached, Cached, Cached]),
            (TrackingNames.ContentSchemaPaths, [Cached]),
            (TrackingNames.ContentSchema, [Cached, Cached]),
            (TrackingNames.ContentJoin, [Cached, Modified, Cached, Cached, Cached]),
            (TrackingNames.ContentValidation, [Cached, Modified, Cached, Cached, Cached]),
            (TrackingNames.ContentCollections, [Cached, Cached]),
            (TrackingNames.ContentCollectionSource, [Cached]));
        Assert.Equal(2, second.Diagnostics.Count(d => d.Id == "CD3005"));
    }

    [Fact]
    public void Editing_a_schema_rechecks_only_the_articles_of_its_collection()
    {
        ContentProject project = Project();
        var checker = new RecordingChecker();
        GeneratorDriver driver = project.CreateDriver(checker).RunGenerators(UserCode(), TestContext.Current.CancellationToken);
        checker.Checked.Clear();

        AdditionalText edited = new GeneratorHarness.SchemaFile(BriefSchema, GeneratorHarness.ReadSchema("wire-story.schema.yaml").Replace("maxLength: 2000", "maxLength: 1500", System.StringComparison.Ordinal));
        GeneratorRunResult second = driver.ReplaceAdditionalText(project.File(BriefSchema), edited).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(["/project/content/briefs/d.md", "/project/content/briefs/e.md"], checker.Checked.Order());
        AssertReasons(
            second,
            (TrackingNames.ContentText, [Cached, Cached, Cached, Cached, Cached]),
            (TrackingNames.ContentSchema, [Cached, Modified]),
            (TrackingNames.ContentJoin, [Unchanged, Unchanged, Unchanged, Modified, Modified]),
            // Checked again, with the same issues as before.
            (TrackingNames.ContentValidation, [Cached, Cached, Cached, Unchanged, Unchanged]),
            (TrackingNames.SchemaFacts, [Cached, Unchanged]),
            (TrackingNames.ContentCollections, [Cached, Cached]),
            (TrackingNames.ContentCollectionSource, [Cached]));
    }

    [Fact]
    public void An_unrelated_CSharp_edit_rechecks_nothing()
    {
        Compilation compilation = UserCode();
        var checker = new RecordingChecker();
        GeneratorDriver driver = Project().CreateDriver(checker).RunGenerators(compilation, TestContext.Current.CancellationToken);
        checker.Checked.Clear();
        int loaded = checker.Loaded.Count;

        Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace UserProject { internal static class B { } }",
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            cancellationToken: TestContext.Current.CancellationToken));
        GeneratorRunResult second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Empty(checker.Checked);
        Assert.Equal(loaded, checker.Loaded.Count);
        foreach (string step in new[]
        {
            TrackingNames.ContentFiles, TrackingNames.ContentText, TrackingNames.ContentMembers, TrackingNames.ContentSchemaPaths, TrackingNames.ContentSchema,
            TrackingNames.ContentJoin, TrackingNames.ContentValidation, TrackingNames.SchemaFacts, TrackingNames.ContentCollections, TrackingNames.ContentCollectionSource,
        })
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(Cached, reason));
        }
    }

    [Fact]
    public void A_project_without_content_loads_no_schema_for_checking()
    {
        var checker = new RecordingChecker();
        new ContentProject()
            .Schema(StorySchema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .CreateDriver(checker)
            .RunGenerators(UserCode(), TestContext.Current.CancellationToken);

        Assert.Empty(checker.Loaded);
        Assert.Empty(checker.Checked);
    }

    [Fact]
    public void A_schema_is_read_once_its_articles_are_checked_against_the_model_the_generator_loaded()
    {
        var checker = new RecordingChecker();
        GeneratorRunResult run = Project().CreateDriver(checker).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        LoadedSchema[] models = run.TrackedSteps[TrackingNames.SchemaModel].SelectMany(step => step.Outputs).Select(output => (LoadedSchema)output.Value).ToArray();
        Assert.Equal([StorySchema, BriefSchema], checker.Loaded.Order());
        foreach ((string path, Copydesk.Schema.Diagnostics.SchemaLoadResult model) in checker.Loaded.Zip(checker.Models))
        {
            Assert.Same(models.Single(loaded => loaded.Path == path).Result, model);
        }
    }
}
