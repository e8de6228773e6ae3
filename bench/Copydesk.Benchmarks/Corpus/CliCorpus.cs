using System;
using System.IO;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// The article files the command-line measurements read, written by the seeded generator: the same bytes on every
/// machine. <c>article.txt</c> is one digest story of about 4 KB; <c>corpus-5mb/</c> and <c>corpus-50mb/</c> hold
/// digest stories of 3 to 5 KB each, 5 and 50 MB in all, a hundred to a folder; <c>single-50mb.txt</c> is one digest
/// story of 50 MB (a headline, then paragraphs and quotes).
/// </summary>
public static class CliCorpus
{
    /// <summary>The one-article input.</summary>
    public const string Article = "article.txt";

    /// <summary>The 5 MB folder.</summary>
    public const string Corpus5MB = "corpus-5mb";

    /// <summary>The 50 MB folder.</summary>
    public const string Corpus50MB = "corpus-50mb";

    /// <summary>The 50 MB file.</summary>
    public const string Single50MB = "single-50mb.txt";

    private const int FilesPerFolder = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every input under <paramref name="root"/> unless a complete earlier write is there.</summary>
    /// <param name="root">The folder; created if needed.</param>
    /// <returns><paramref name="root"/>, as a full path.</returns>
    public static string Write(string root)
    {
        root = Path.GetFullPath(root);
        string done = Path.Combine(root, ".complete");
        if (File.Exists(done))
        {
            return root;
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, Article), ArticleCorpus.Texts(ArticleFormat.DigestStory, InputSet.Article)[0], Utf8);
        WriteFolder(Path.Combine(root, Corpus5MB), 5_000_000, seed: 0x5EED5);
        WriteFolder(Path.Combine(root, Corpus50MB), 50_000_000, seed: 0x5EED50);

        // About 93 bytes a line: 537,000 lines is just over 50 MB.
        File.WriteAllText(Path.Combine(root, Single50MB), new ArticleWriter(0x51A6E50).DigestStoryOfLines(537_000), Utf8);
        File.WriteAllText(done, string.Empty);
        return root;
    }

    /// <summary>The UTF-8 bytes of article text under <paramref name="path"/>: one file, or every <c>*.txt</c> in a folder tree.</summary>
    public static long Bytes(string path)
    {
        if (File.Exists(path))
        {
            return new FileInfo(path).Length;
        }

        long total = 0;
        foreach (string file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories))
        {
            total += new FileInfo(file).Length;
        }

        return total;
    }

    private static void WriteFolder(string folder, long bytes, ulong seed)
    {
        var writer = new ArticleWriter(seed);
        var sizes = new Prng(seed ^ 0xC0FFEE);
        long written = 0;
        for (int index = 0; written < bytes; index++)
        {
            string subfolder = Path.Combine(folder, (index / FilesPerFolder).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(subfolder);
            string text = writer.DigestStory(sizes.Between(3_000, 5_000));
            string file = Path.Combine(subfolder, $"story-{index:D5}.txt");
            File.WriteAllText(file, text, Utf8);
            written += Utf8.GetByteCount(text);
        }
    }
}
