using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Samples;
using Copydesk.Text;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// One digest story of 1 to 1,000,000 lines (about 100 bytes a line: 0.1 KB to 100 MB). Linear parsing shows
/// as a flat ns/line column. A one-line input is a headline alone, which the layout rejects: it measures the
/// parse that ends in a located error.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string text = string.Empty;

    /// <summary>The number of non-blank lines.</summary>
    [ParamsSource(nameof(LineCounts))]
    public int Lines { get; set; }

    /// <summary>The sweep: powers of ten up to a million lines (up to 10,000 in the smoke run).</summary>
    public static IEnumerable<int> LineCounts => BenchSettings.Smoke
        ? [1, 100, 10_000]
        : [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>The UTF-8 size of a case's input.</summary>
    public static long InputBytes(ParameterInstances parameters) =>
        Encoding.UTF8.GetByteCount(ArticleCorpus.DigestStoryOfLines((int)parameters["Lines"]));

    /// <summary>The number of lines of a case, for the ns/line column.</summary>
    public static long InputLines(ParameterInstances parameters) => (int)parameters["Lines"];

    /// <summary>Builds the article.</summary>
    [GlobalSetup]
    public void Setup() => text = ArticleCorpus.DigestStoryOfLines(Lines);

    /// <summary>The floor: normalising and splitting into trimmed line strings.</summary>
    [Benchmark(Baseline = true)]
    public int FloorSplitLines() => ArticleText.SplitLines(text).Length;

    /// <summary>The generated digest-story parser.</summary>
    [Benchmark]
    public bool GeneratedParse() => DigestStory.Parse(text).Succeeded;
}
