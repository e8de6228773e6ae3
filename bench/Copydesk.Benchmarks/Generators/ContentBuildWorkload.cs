using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using CopydeskIncrementalGenerator = Copydesk.Generator.CopydeskGenerator;

namespace Copydesk.Benchmarks.Generators;

/// <summary>
/// A project whose build checks a content collection: digest-story.schema.yaml and the articles of
/// <see cref="CollectionCorpus"/> as additional files, each article with the metadata Copydesk.targets writes for a
/// <c>CopydeskContent</c> item (<c>CopydeskSchema</c>, <c>CopydeskCollection</c>), beside one C# file. Besides the
/// project as it is, it holds the two edits the benchmark replays: one article changed (its headline made too long,
/// so the re-run must report it) and an unrelated C# edit.
/// </summary>
public sealed class ContentBuildWorkload
{
    private const string Collection = "Stories";
    private const string Metadata = "build_metadata.AdditionalFiles.";

    private readonly AdditionalText[] texts;
    private readonly ProjectOptions options;
    private readonly AdditionalText editedArticle;

    private ContentBuildWorkload(string[] articleFiles)
    {
        string folder = Path.GetDirectoryName(Path.GetDirectoryName(articleFiles[0]))!;
        string schemaPath = Path.Combine(folder, "digest-story.schema.yaml");
        AnalyzerConfigOptions article = ProjectOptions.For(new Dictionary<string, string>
        {
            [Metadata + "CopydeskSchema"] = schemaPath,
            [Metadata + "CopydeskCollection"] = Collection,
        });

        Articles = articleFiles.Length;
        Bytes = articleFiles.Sum(file => new FileInfo(file).Length);
        texts = [new InMemoryText(schemaPath, BenchSettings.Resource("digest-story.schema.yaml")), .. articleFiles.Select(file => new InMemoryText(file, File.ReadAllText(file)))];
        options = new ProjectOptions(articleFiles.ToDictionary(file => file, _ => article, StringComparer.Ordinal));
        EditedArticlePath = articleFiles[articleFiles.Length / 2];
        editedArticle = new InMemoryText(EditedArticlePath, WithLongHeadline(File.ReadAllText(EditedArticlePath)));
        Compilation = GeneratorWorkload.CreateCompilation([GeneratorWorkload.Anchor()]);
        UnrelatedEditCompilation = GeneratorWorkload.WithUnrelatedEdit(Compilation);
    }

    /// <summary>How many articles the collection holds.</summary>
    public int Articles { get; }

    /// <summary>The articles' size on disk, in bytes.</summary>
    public long Bytes { get; }

    /// <summary>The article the one-article edit changes.</summary>
    public string EditedArticlePath { get; }

    /// <summary>The project's C# code before any edit.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The project's C# code after an edit that touches no schema and no article.</summary>
    public CSharpCompilation UnrelatedEditCompilation { get; }

    /// <summary>The workload over the collection of <paramref name="articles"/> articles (written once, then reused).</summary>
    public static ContentBuildWorkload Create(int articles) => new(CollectionCorpus.Write(CollectionCorpus.Root, articles));

    /// <summary>A driver with the real generator and content engine that has run on nothing yet: the first build.</summary>
    public GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new CopydeskIncrementalGenerator().AsSourceGenerator()],
        texts,
        GeneratorWorkload.ParseOptions,
        options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The driver as it stands once the one article has changed, for a driver that ran before it.</summary>
    public GeneratorDriver EditArticle(GeneratorDriver driver) =>
        driver.ReplaceAdditionalText(texts.Single(text => text.Path == EditedArticlePath), editedArticle);

    /// <summary>Checks that a run is a real build of the collection: the schema's code generated, and no generator failure.</summary>
    public static void Verify(GeneratorDriver driver)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        // A generator that throws is reported as warning CS8785 and contributes nothing; CD1099 and CD1149 are steps that failed.
        Diagnostic[] failures = result.Diagnostics.Where(d => d.Id is "CS8785" or "CD1099" or "CD1149").ToArray();
        if (failures.Length > 0)
        {
            throw new InvalidOperationException($"The content build failed: {string.Join("; ", failures.Take(3))}");
        }

        if (result.Results.Sum(r => r.GeneratedSources.Length) == 0)
        {
            throw new InvalidOperationException("The content build generated no source for the schema.");
        }
    }

    /// <summary>How many issues a run reported at the article the one-article edit changes.</summary>
    public int IssuesAtEditedArticle(GeneratorDriver driver) =>
        driver.GetRunResult().Diagnostics.Count(d => d.Location.GetLineSpan().Path == EditedArticlePath);

    // A headline over the schema's 120 characters: the article must be checked again for the build to see it.
    private static string WithLongHeadline(string article)
    {
        int end = article.IndexOf('\n', StringComparison.Ordinal);
        return new string('H', 130) + article[end..];
    }
}
