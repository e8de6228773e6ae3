using System;
using System.IO;

namespace Copydesk.Cli.Tests;

/// <summary>The schemas and authored articles copied next to the tests.</summary>
internal static class TestFiles
{
    /// <summary>The folder with the repository's schemas.</summary>
    public static string Schemas { get; } = Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>The folder with the repository's authored articles, one subfolder per schema.</summary>
    public static string Articles { get; } = Path.Combine(AppContext.BaseDirectory, "articles");

    /// <summary><c>digest-story.schema.yaml</c>.</summary>
    public static string DigestSchema { get; } = Path.Combine(Schemas, "digest-story.schema.yaml");

    /// <summary><c>wire-story.schema.yaml</c>.</summary>
    public static string WireSchema { get; } = Path.Combine(Schemas, "wire-story.schema.yaml");

    /// <summary>The digest-story articles.</summary>
    public static string DigestArticles { get; } = Path.Combine(Articles, "digest-story");

    /// <summary>The wire-story articles.</summary>
    public static string WireArticles { get; } = Path.Combine(Articles, "wire-story");

    /// <summary>A digest-story article by name, without extension.</summary>
    public static string Digest(string name) => Path.Combine(DigestArticles, name + ".txt");
}
