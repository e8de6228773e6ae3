using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Markup.Markdown;
using Copydesk.Samples;
using Markdig;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// Markdown blog posts with front matter read by the parser generated from schemas/blog-post.schema.yaml and by the
/// interpreter, beside their floor: Markdig's own <c>Markdown.Parse</c> of the same files with the pipeline
/// Copydesk.Markup uses (CommonMark, pipe tables, YAML front matter skipped), which every Markdown parse includes.
/// The units alone (Markdig's parse and the plain text and place of each block) show what the layout adds.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    private string[] posts = [];
    private SchemaInterpreter interpreter = null!;

    /// <summary>One post or the 10 MB corpus (the smoke run reads one post only).</summary>
    [ParamsSource(nameof(Inputs))]
    public InputSet Input { get; set; }

    /// <summary>The input sets of this run.</summary>
    public static IEnumerable<InputSet> Inputs => ArticleBenchmarks.Inputs;

    /// <summary>The UTF-8 size of a case's input, for the MB/s and allocation-per-MB columns.</summary>
    public static long InputBytes(ParameterInstances parameters) =>
        ArticleCorpus.Utf8Bytes(ContentCorpus.Texts(ContentFormat.MarkdownPost, (InputSet)parameters["Input"]));

    /// <summary>Builds the input and the interpreter.</summary>
    [GlobalSetup]
    public void Setup()
    {
        posts = ContentCorpus.Texts(ContentFormat.MarkdownPost, Input);
        interpreter = ArticleBenchmarks.LoadInterpreter("blog-post.schema.yaml");
    }

    /// <summary>The floor: Markdig's syntax tree of each post.</summary>
    [Benchmark(Baseline = true)]
    public int MarkdigParse()
    {
        int blocks = 0;
        foreach (string post in posts)
        {
            blocks += Markdown.Parse(post, Pipeline).Count;
        }

        return blocks;
    }

    /// <summary>The units a Markdown schema reads: Markdig's parse, then each block's kind, plain text, links and span.</summary>
    [Benchmark]
    public int MarkdownUnits()
    {
        int units = 0;
        foreach (string post in posts)
        {
            units += Copydesk.Markup.Markdown.MarkdownUnits.Read(post).Length;
        }

        return units;
    }

    /// <summary>The parser the generator emitted for the blog-post schema.</summary>
    [Benchmark]
    public int GeneratedParse()
    {
        int parsed = 0;
        foreach (string post in posts)
        {
            parsed += BlogPost.Parse(post).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>The run-time interpreter reading the same schema.</summary>
    [Benchmark]
    public int InterpreterParse()
    {
        int parsed = 0;
        foreach (string post in posts)
        {
            parsed += interpreter.Parse(post).Succeeded ? 1 : 0;
        }

        return parsed;
    }
}
