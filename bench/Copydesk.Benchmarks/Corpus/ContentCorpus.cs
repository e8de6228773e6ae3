using System.Collections.Concurrent;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>The input models beyond one paragraph per line that the benchmarks read.</summary>
public enum ContentFormat
{
    /// <summary>Markdown blog posts with front matter (schemas/blog-post.schema.yaml).</summary>
    MarkdownPost,

    /// <summary>Wire stories hard-wrapped at 64 to 76 columns, paragraphs separated by blank lines.</summary>
    WrappedWire,
}

/// <summary>
/// The deterministic corpus of Markdown posts and hard-wrapped wire copy, in the same two sizes as
/// <see cref="ArticleCorpus"/>: one article of at least 4 KB, or 10 MB of articles of 3 to 5 KB.
/// </summary>
public static class ContentCorpus
{
    private static readonly ConcurrentDictionary<(ContentFormat, InputSet), string[]> Cache = new();

    /// <summary>The texts of <paramref name="input"/> in <paramref name="format"/>.</summary>
    public static string[] Texts(ContentFormat format, InputSet input) => Cache.GetOrAdd((format, input), static key => Build(key.Item1, key.Item2));

    private static string[] Build(ContentFormat format, InputSet input)
    {
        if (format == ContentFormat.MarkdownPost)
        {
            return ArticleCorpus.Collect(new BlogWriter(0xB106UL).Post, input);
        }

        return ArticleCorpus.Collect(new ArticleWriter(0x3D17E5UL).WrappedWireStory, input);
    }
}
