using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Text;
using Copydesk.Text.Quotes;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>The inputs of the quotation benchmark.</summary>
public enum QuoteInput
{
    /// <summary>The quote test set once: 38 stories, 228 paragraphs, about 21 KB.</summary>
    TestSet,

    /// <summary>The test set repeated to 1 MB.</summary>
    TestSet1MB,
}

/// <summary>
/// The quotation extractor over the stories of the quote test set, beside its floor: splitting the same text into
/// lines and grouping them into paragraphs, which the extractor does first. MB/s is UTF-8 article text per second.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private string[] articles = [];

    /// <summary>The test set once, or repeated to 1 MB (the smoke run reads it once).</summary>
    [ParamsSource(nameof(Inputs))]
    public QuoteInput Input { get; set; }

    /// <summary>The input sets of this run.</summary>
    public static IEnumerable<QuoteInput> Inputs => BenchSettings.Smoke ? [QuoteInput.TestSet] : [QuoteInput.TestSet, QuoteInput.TestSet1MB];

    /// <summary>The UTF-8 size of a case's input, for the MB/s and allocation-per-MB columns.</summary>
    public static long InputBytes(ParameterInstances parameters) => QuoteCorpus.Utf8Bytes(Articles((QuoteInput)parameters["Input"]));

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup() => articles = Articles(Input);

    /// <summary>The floor: lines split and trimmed, then grouped into paragraphs.</summary>
    [Benchmark(Baseline = true)]
    public int FloorParagraphs()
    {
        int count = 0;
        foreach (string article in articles)
        {
            count += QuoteParagraph.Group(ArticleText.SplitLines(article)).Length;
        }

        return count;
    }

    /// <summary>Every quotation of every story, with speakers resolved.</summary>
    [Benchmark]
    public int ExtractQuotes()
    {
        int count = 0;
        foreach (string article in articles)
        {
            count += QuoteExtractor.Extract(article).Count;
        }

        return count;
    }

    private static string[] Articles(QuoteInput input) => input == QuoteInput.TestSet ? QuoteCorpus.Articles : QuoteCorpus.Repeated(1_000_000);
}
