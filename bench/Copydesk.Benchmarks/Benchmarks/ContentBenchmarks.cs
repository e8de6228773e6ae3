extern alias CopydeskContentEngine;

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Cli;
using Copydesk.Cli.Output;
using CopydeskContentEngine::Copydesk.Content;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// Content in the build: the content engine (<c>ContentChecker.Check</c>, what the generator runs once per article)
/// over a collection of 10,000 digest stories (<see cref="CollectionCorpus"/>, about 40 MB), beside
/// <c>copydesk validate --format json</c> run in this process on the same files. The engine is measured on the texts
/// the compiler has already read (the build's additional files) and on the files' bytes (read and decoded as the
/// tool does); the tool on one thread (<c>--jobs 1</c>, like for like) and with its default parallelism.
/// </summary>
[Config(typeof(ContentJobConfig))]
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private ContentSchema schema = null!;
    private string schemaPath = string.Empty;
    private string folder = string.Empty;
    private string[] files = [];
    private string[] texts = [];

    /// <summary>Writes the collection (once) and loads the schema.</summary>
    [GlobalSetup]
    public void Setup()
    {
        files = CollectionCorpus.Write(CollectionCorpus.Root, BenchSettings.Smoke ? CollectionCorpus.SmokeArticles : CollectionCorpus.Articles);
        folder = Path.GetDirectoryName(Path.GetDirectoryName(files[0]))!;
        texts = files.Select(File.ReadAllText).ToArray();
        schemaPath = Path.Combine(folder, "digest-story.schema.yaml");
        string schemaText = BenchSettings.Resource("digest-story.schema.yaml");
        File.WriteAllText(schemaPath, schemaText);
        schema = ContentSchema.Load(schemaPath, schemaText);
    }

    /// <summary>The engine on every article's text, one after another: the generator's work for the collection.</summary>
    [Benchmark(Baseline = true)]
    public int EngineOnTexts()
    {
        int issues = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            issues += ContentChecker.Check(schema, files[i], texts[i]).Issues.Count;
        }

        return issues;
    }

    /// <summary>The engine on every article file's bytes: read, decoded strictly, checked.</summary>
    [Benchmark]
    public int EngineOnFiles()
    {
        int issues = 0;
        foreach (string file in files)
        {
            issues += ContentChecker.Check(schema, file, File.ReadAllBytes(file)).Issues.Count;
        }

        return issues;
    }

    /// <summary><c>copydesk validate --jobs 1 --format json</c> on the collection's folder, in this process.</summary>
    [Benchmark]
    public Task<int> ValidateOneJob() => Validate("--jobs", "1");

    /// <summary><c>copydesk validate --format json</c> on the collection's folder, in this process, as parallel as it runs by default.</summary>
    [Benchmark]
    public Task<int> ValidateDefaultJobs() => Validate();

    private Task<int> Validate(params string[] options) =>
        CopydeskCli.RunAsync(["validate", "--schema", schemaPath, "--format", "json", .. options, folder], new CliStreams(TextWriter.Null, TextWriter.Null, false));
}
