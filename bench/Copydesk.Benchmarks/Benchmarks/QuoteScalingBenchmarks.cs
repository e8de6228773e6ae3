using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Text;
using Copydesk.Text.Quotes;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// One paragraph of 1,000 to 1,000,000 characters made of the test set's paragraphs run together: linear
/// extraction shows as a flat MB/s column as the paragraph grows a thousandfold.
/// </summary>
[MemoryDiagnoser]
public class QuoteScalingBenchmarks
{
    private QuoteParagraph[] paragraph = [];

    /// <summary>The paragraph's length in characters.</summary>
    [ParamsSource(nameof(Lengths))]
    public int Characters { get; set; }

    /// <summary>The sweep: powers of ten from a thousand to a million characters (to 100,000 in the smoke run).</summary>
    public static IEnumerable<int> Lengths => BenchSettings.Smoke ? [1_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];

    /// <summary>The UTF-8 size of a case's input.</summary>
    public static long InputBytes(ParameterInstances parameters) =>
        Encoding.UTF8.GetByteCount(QuoteCorpus.Paragraph((int)parameters["Characters"]));

    /// <summary>Builds the paragraph.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string text = QuoteCorpus.Paragraph(Characters);
        paragraph = [new QuoteParagraph(new TextLine(text, new SourceSpan(1, 1, 1, text.Length + 1, 0, text.Length)))];
    }

    /// <summary>Every quotation of the paragraph.</summary>
    [Benchmark]
    public int ExtractQuotes() => QuoteExtractor.Extract(paragraph).Count;
}
