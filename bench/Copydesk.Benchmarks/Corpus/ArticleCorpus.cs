using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>The article formats the benchmarks read.</summary>
public enum ArticleFormat
{
    /// <summary>schemas/digest-story.schema.yaml.</summary>
    DigestStory,

    /// <summary>schemas/wire-story.schema.yaml.</summary>
    WireStory,
}

/// <summary>Which texts a benchmark reads.</summary>
public enum InputSet
{
    /// <summary>One article of about 4 KB.</summary>
    Article,

    /// <summary>About 2,500 articles of about 4 KB each, 10 MB of UTF-8 in all.</summary>
    Corpus10MB,
}

/// <summary>
/// The deterministic corpus: the same seed gives the same articles on every machine, so every process
/// BenchmarkDotNet starts (and the columns computed in the host) sees the same input.
/// </summary>
public static class ArticleCorpus
{
    /// <summary>The size of the large input set: 10 MB (10^7 bytes) of UTF-8 article text.</summary>
    public const long CorpusBytes = 10_000_000;

    /// <summary>The length the writer aims each article at, in characters; they vary from about 3 to 5 KB.</summary>
    public const int ArticleChars = 4_000;

    private static readonly ConcurrentDictionary<(ArticleFormat, InputSet), string[]> Cache = new();

    /// <summary>The texts of <paramref name="input"/> in <paramref name="format"/>.</summary>
    public static string[] Texts(ArticleFormat format, InputSet input) => Cache.GetOrAdd((format, input), static key => Build(key.Item1, key.Item2));

    /// <summary>The UTF-8 size of the texts: the number a throughput is computed from.</summary>
    public static long Utf8Bytes(string[] texts)
    {
        long total = 0;
        foreach (string text in texts)
        {
            total += Encoding.UTF8.GetByteCount(text);
        }

        return total;
    }

    /// <summary>A digest story of exactly <paramref name="lines"/> non-blank lines, for the scaling sweep.</summary>
    public static string DigestStoryOfLines(int lines) => new ArticleWriter(0x5CA1E + (ulong)lines).DigestStoryOfLines(lines);

    private static string[] Build(ArticleFormat format, InputSet input)
    {
        var writer = new ArticleWriter(format == ArticleFormat.DigestStory ? 0xD16E57UL : 0x3D17E5UL);
        return Collect(format == ArticleFormat.DigestStory ? writer.DigestStory : writer.WireStory, input);
    }

    /// <summary>
    /// The texts of <paramref name="input"/> from a writer of articles of a given length: the first of at least
    /// <see cref="ArticleChars"/> bytes, or articles of 3 to 5 KB up to <see cref="CorpusBytes"/>.
    /// </summary>
    internal static string[] Collect(Func<int, string> next, InputSet input)
    {
        if (input == InputSet.Article)
        {
            // The single article is the first one of the corpus that is at least 4 KB long.
            while (true)
            {
                string text = next(ArticleChars);
                if (Encoding.UTF8.GetByteCount(text) >= ArticleChars)
                {
                    return [text];
                }
            }
        }

        var texts = new List<string>(2_600);
        long bytes = 0;
        var sizes = new Prng(0xC0FFEE);
        while (bytes < CorpusBytes)
        {
            string text = next(sizes.Between(3_000, 5_000));
            texts.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return texts.ToArray();
    }
}
