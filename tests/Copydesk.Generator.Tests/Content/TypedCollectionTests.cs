using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// An embedded collection (<c>Embed="true"</c>) gets a class named after it: <c>Stories.All</c> in path order,
/// <c>Stories.Get("slug")</c> by file name, each entry reading its manifest resource and parsing it with the
/// generated parser on first access, and not before.
/// </summary>
public sealed class TypedCollectionTests
{
    private const string Schema = "/project/schemas/digest-story.schema.yaml";
    private static readonly string Riverside = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "articles", "riverside-library.txt"));

    [Fact]
    public void The_collection_class_finds_each_article_by_slug_and_parses_it_on_first_access()
    {
        var project = new ContentProject()
            .Schema(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .Article("/project/content/stories/riverside-library.md", Riverside, Schema, "Stories", embed: true)
            .Article("/project/content/stories/broken.md", "Only a headline\n", Schema, "Stories", embed: true);

        using LoadedAssembly loaded = Build(project);
        dynamic all = loaded.Assembly.GetType("UserProject.Stories")!.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(2, (int)all.Count);
        Assert.Equal(["broken", "riverside-library"], ((IEnumerable<dynamic>)all).Select(entry => (string)entry.Slug));
        dynamic riverside = all.Get("riverside-library");
        Assert.Equal("content/stories/riverside-library.md", (string)riverside.Path);
        Assert.False((bool)riverside.IsParsed);
        Assert.Equal(Riverside, (string)riverside.Text);
        Assert.False((bool)riverside.IsParsed);
        Assert.Equal("Riverside library reopens after two-year renovation", (string)riverside.Article.Headline.Text);
        Assert.True((bool)riverside.IsParsed);
        Assert.Same(riverside.Article, riverside.Article);

        dynamic broken = all.Get("broken");
        Assert.False((bool)broken.Result.Succeeded);
        Assert.Throws<ArticleParseException>(() => (object)broken.Article);
        Assert.Throws<KeyNotFoundException>(() => (object)all.Get("missing"));
    }

    [Fact]
    public void Threads_that_ask_for_an_article_at_once_get_the_one_parse()
    {
        var project = new ContentProject()
            .Schema(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .Article("/project/content/stories/riverside-library.md", Riverside, Schema, "Stories", embed: true);

        using LoadedAssembly loaded = Build(project);
        object entry = ((dynamic)loaded.Assembly.GetType("UserProject.Stories")!.GetProperty("All")!.GetValue(null)!).Get("riverside-library");
        System.Reflection.PropertyInfo article = entry.GetType().GetProperty("Article")!;
        object[] seen = new object[8];
        using var start = new System.Threading.Barrier(seen.Length);
        System.Threading.Thread[] threads = Enumerable.Range(0, seen.Length).Select(i => new System.Threading.Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = article.GetValue(entry)!;
        })).ToArray();

        Array.ForEach(threads, thread => thread.Start());
        Array.ForEach(threads, thread => thread.Join());

        Assert.All(seen, document => Assert.Same(seen[0], document));
    }

    [Fact]
    public void The_class_has_the_visibility_of_the_article_type_and_is_not_generated_without_Embed()
    {
        string internalSchema = GeneratorHarness.ReadSchema("digest-story.schema.yaml").Replace("type: DigestStory\n", "type: DigestStory\nvisibility: internal\n", StringComparison.Ordinal);
        GeneratorRunResult embedded = new ContentProject()
            .Schema(Schema, internalSchema)
            .Article("/project/content/stories/a.md", Riverside, Schema, "Stories", embed: true)
            .CreateDriver(new RecordingChecker())
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();
        GeneratorRunResult plain = new ContentProject()
            .Schema(Schema, internalSchema)
            .Article("/project/content/stories/a.md", Riverside, Schema, "Stories")
            .CreateDriver(new RecordingChecker())
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        string source = embedded.GeneratedSources.Single(s => s.HintName == "Copydesk.Content.Stories.g.cs").SourceText.ToString();
        Assert.Contains("internal static partial class Stories", source, StringComparison.Ordinal);
        Assert.DoesNotContain(plain.GeneratedSources, s => s.HintName.StartsWith("Copydesk.Content.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_class_is_as_the_snapshot_shows()
    {
        GeneratorRunResult run = new ContentProject()
            .Schema(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .Article("/project/content/stories/riverside-library.md", Riverside, Schema, "Stories", embed: true)
            .Article("/project/content/stories/harbour \"ferry\".md", Riverside, Schema, "Stories", embed: true)
            .CreateDriver(new RecordingChecker())
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        string source = run.GeneratedSources.Single(s => s.HintName == "Copydesk.Content.Stories.g.cs").SourceText.ToString();
        Snapshooter.Xunit3.Snapshot.Match(System.Text.RegularExpressions.Regex.Replace(source, "GeneratedCode\\(\"Copydesk.Generator\", \"[^\"]*\"\\)", "GeneratedCode(\"Copydesk.Generator\", \"<version>\")"));
    }

    /// <summary>Runs the generator over the project and compiles its output with each embedded article as the build embeds it.</summary>
    private static LoadedAssembly Build(ContentProject project)
    {
        project.CreateDriver(new RecordingChecker()).RunGeneratorsAndUpdateCompilation(
            GeneratorHarness.CreateCompilation("namespace UserProject { internal static class Anchor { } }"), out Compilation output, out _, TestContext.Current.CancellationToken);
        ResourceDescription[] resources = project.Files
            .Where(file => file.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(file =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(file.GetText(TestContext.Current.CancellationToken)!.ToString());
                return new ResourceDescription("Copydesk.Content/Stories/" + Path.GetFileName(file.Path), () => new MemoryStream(bytes), isPublic: true);
            })
            .ToArray();
        return LoadedAssembly.Emit(output, collectible: true, resources, TestContext.Current.CancellationToken);
    }
}
