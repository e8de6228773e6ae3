using System;
using BenchmarkDotNet.Attributes;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Benchmarks.Generators;
using Microsoft.CodeAnalysis;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// The generator's content step in a build over the collection of <see cref="ContentBenchmarks"/> (10,000 digest
/// stories, about 40 MB; 20 in the smoke run), driven by a GeneratorDriver in memory with the real content engine:
/// the first build (a new driver: the schema compiled and every article checked), the re-run after one article
/// changed, and the re-run after an unrelated C# edit. Each run gets a fresh clone of the compilation, so no
/// semantic cache survives from one operation to the next; the re-runs start each time from the driver of the first build.
/// </summary>
[Config(typeof(ContentJobConfig))]
[MemoryDiagnoser]
public class ContentBuildBenchmarks
{
    private ContentBuildWorkload workload = null!;
    private GeneratorDriver afterColdRun = null!;
    private GeneratorDriver editedArticleDriver = null!;

    /// <summary>Reads the collection, runs the first build and checks every run once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        workload = ContentBuildWorkload.Create(BenchSettings.Smoke ? CollectionCorpus.SmokeArticles : CollectionCorpus.Articles);
        afterColdRun = GeneratorWorkload.Run(workload.NewDriver(), workload.Compilation);
        editedArticleDriver = workload.EditArticle(afterColdRun);
        GeneratorDriver afterArticleEdit = GeneratorWorkload.Run(editedArticleDriver, workload.Compilation);
        GeneratorDriver afterUnrelatedEdit = GeneratorWorkload.Run(afterColdRun, workload.UnrelatedEditCompilation);
        foreach (GeneratorDriver run in new[] { afterColdRun, afterArticleEdit, afterUnrelatedEdit })
        {
            ContentBuildWorkload.Verify(run);
        }

        // The edit gives the article a headline over the schema's limit: a re-run that did not check it again would miss it.
        int before = workload.IssuesAtEditedArticle(afterColdRun);
        if (workload.IssuesAtEditedArticle(afterArticleEdit) <= before || workload.IssuesAtEditedArticle(afterUnrelatedEdit) != before)
        {
            throw new InvalidOperationException($"The re-runs did not report {workload.EditedArticlePath} as edited: the content step was not measured.");
        }
    }

    /// <summary>A new driver: the first build of the project, nothing cached, every article checked.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => GeneratorWorkload.Run(workload.NewDriver(), workload.Compilation);

    /// <summary>The driver of the first build, re-run once one article has changed: that article checked again.</summary>
    [Benchmark]
    public GeneratorDriver OneArticleEdited() => GeneratorWorkload.Run(editedArticleDriver, workload.Compilation);

    /// <summary>The driver of the first build, re-run once a class unrelated to the content has changed: nothing checked.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => GeneratorWorkload.Run(afterColdRun, workload.UnrelatedEditCompilation);
}
