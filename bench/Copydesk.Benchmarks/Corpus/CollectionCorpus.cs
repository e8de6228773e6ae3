using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// The content collection of the build benchmark: 10,000 digest stories of 3 to 5 KB each (about 40 MB), written by
/// the seeded generator, so every machine checks the same bytes; a hundred to a folder, as a content folder grows.
/// </summary>
public static class CollectionCorpus
{
    /// <summary>How many articles the collection holds.</summary>
    public const int Articles = 10_000;

    /// <summary>How many the smoke run checks.</summary>
    public const int SmokeArticles = 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="count"/> articles under <paramref name="root"/> unless a complete earlier write is there.</summary>
    /// <returns>The article files, in path order.</returns>
    public static string[] Write(string root, int count)
    {
        root = Path.GetFullPath(Path.Combine(root, count.ToString(CultureInfo.InvariantCulture)));
        string done = Path.Combine(root, ".complete");
        var files = new string[count];
        var writer = new ArticleWriter(0xC0DE40);
        var sizes = new Prng(0x5123);
        bool complete = File.Exists(done);
        for (int index = 0; index < count; index++)
        {
            string folder = Path.Combine(root, (index / 100).ToString("D3", CultureInfo.InvariantCulture));
            files[index] = Path.Combine(folder, $"story-{index:D5}.txt");
            if (!complete)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(files[index], writer.DigestStory(sizes.Between(3_000, 5_000)), Utf8);
            }
        }

        File.WriteAllText(done, string.Empty);
        return files;
    }

    /// <summary>The folder the collection is written to.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "copydesk-bench-content");
}
