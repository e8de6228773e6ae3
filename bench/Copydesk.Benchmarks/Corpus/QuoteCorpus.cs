using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// The stories of the quote test set (tests/quotes, embedded in this assembly) as article texts: paragraphs
/// separated by blank lines, hard-wrapped paragraphs kept on their lines. Only the prose is read; the expected
/// quotations are the tests' business.
/// </summary>
public static class QuoteCorpus
{
    private static readonly Lazy<string[]> Stories = new(Load);

    /// <summary>Every story of the set, in file order.</summary>
    public static string[] Articles => Stories.Value;

    /// <summary>The stories repeated until they hold at least <paramref name="bytes"/> bytes of UTF-8.</summary>
    public static string[] Repeated(long bytes)
    {
        var articles = new List<string>();
        long size = 0;
        while (size < bytes)
        {
            foreach (string article in Articles)
            {
                articles.Add(article);
                size += Encoding.UTF8.GetByteCount(article);
            }
        }

        return articles.ToArray();
    }

    /// <summary>
    /// One paragraph of <paramref name="characters"/> characters: the set's paragraphs run together with one
    /// space, repeated and cut to length, so a longer paragraph holds more quotations of the same kinds.
    /// </summary>
    public static string Paragraph(int characters)
    {
        string[] paragraphs = Articles.SelectMany(article => article.Split("\n\n")).Select(p => p.Replace('\n', ' ')).ToArray();
        var builder = new StringBuilder(characters + 512);
        while (builder.Length < characters)
        {
            foreach (string paragraph in paragraphs)
            {
                builder.Append(paragraph).Append(' ');
                if (builder.Length >= characters)
                {
                    break;
                }
            }
        }

        return builder.ToString(0, characters).TrimEnd();
    }

    /// <summary>The UTF-8 size of a set of articles.</summary>
    public static long Utf8Bytes(IEnumerable<string> articles) => articles.Sum(article => (long)Encoding.UTF8.GetByteCount(article));

    private static string[] Load()
    {
        Assembly assembly = Assembly.GetExecutingAssembly();
        var stories = new List<string>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("quotes/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var story = new StringBuilder();
            foreach (string line in BenchSettings.Resource(name).Split('\n'))
            {
                if (line.StartsWith("## story:", StringComparison.Ordinal) && story.Length > 0)
                {
                    stories.Add(story.ToString());
                    story.Clear();
                }
                else if (line.StartsWith("> ", StringComparison.Ordinal))
                {
                    story.Append(story.Length > 0 ? "\n\n" : string.Empty).Append(line.AsSpan(2));
                }
                else if (line.StartsWith("| ", StringComparison.Ordinal))
                {
                    story.Append('\n').Append(line.AsSpan(2));
                }
            }

            if (story.Length > 0)
            {
                stories.Add(story.ToString());
            }
        }

        return stories.Count > 0 ? stories.ToArray() : throw new InvalidDataException("The quote test set is not embedded.");
    }
}
