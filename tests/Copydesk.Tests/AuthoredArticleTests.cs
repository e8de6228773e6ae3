using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Samples;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// Each authored article in <c>tests/articles/&lt;schema&gt;</c> parses to exactly its expected JSON and
/// validates to exactly its expected issues. The expectations were written by hand from the language
/// reference, not recorded from the parser.
/// </summary>
public sealed class AuthoredArticleTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "articles");

    // The generated type of each shipped schema with authored articles; a folder without an entry fails the tests.
    private static readonly Dictionary<string, Func<string, (string? Json, IReadOnlyList<ArticleIssue> Issues)>> Readers = new()
    {
        ["digest-story"] = Read<DigestStory>,
        ["wire-story"] = Read<WireStory>,
        ["press-release"] = Read<PressRelease>,
        ["blog-post"] = Read<BlogPost>,
    };

    public static TheoryData<string, string> Articles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string folder in Directory.GetDirectories(Root).Where(IsExpectationFolder).Order(StringComparer.Ordinal))
            {
                foreach (string file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(folder), Path.GetFileNameWithoutExtension(file));
                }
            }

            return data;
        }
    }

    // Posts with no written expectations: the parity suite holds the generated code and the interpreter to the same
    // result on each (articles/front-matter-post/README.md).
    private static readonly string[] ParityOnlyFolders = ["front-matter-post"];

    private static bool IsExpectationFolder(string folder) => !ParityOnlyFolders.Contains(Path.GetFileName(folder));

    [Fact]
    public void Every_article_folder_has_expectations_or_is_read_by_the_parity_suite()
    {
        string[] folders = Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(Readers.Keys.Concat(ParityOnlyFolders).Order(StringComparer.Ordinal), folders);
    }

    [Theory]
    [InlineData("digest-story")]
    [InlineData("wire-story")]
    [InlineData("press-release")]
    public void Every_schema_has_at_least_ten_authored_articles(string schema)
    {
        Assert.True(Directory.GetFiles(Path.Combine(Root, schema), "*.txt").Length >= 10);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_parses_to_its_expected_json(string schema, string name)
    {
        string expected = File.ReadAllText(Path.Combine(Root, schema, name + ".expected.json")).TrimEnd('\n', '\r');

        (string? json, _) = ReaderFor(schema)(File.ReadAllText(Path.Combine(Root, schema, name + ".txt")));

        Assert.Equal(expected, json ?? "null");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_reports_exactly_its_expected_issues(string schema, string name)
    {
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, schema, name + ".expected-issues.json")));

        (_, IReadOnlyList<ArticleIssue> issues) = ReaderFor(schema)(File.ReadAllText(Path.Combine(Root, schema, name + ".txt")));

        string[] want = expected.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("code").GetString()} {e.GetProperty("severity").GetString()} {e.GetProperty("path").GetString()} " +
            $"({e.GetProperty("line").GetInt32()},{e.GetProperty("column").GetInt32()})").ToArray();
        string[] got = issues.Select(Locate).ToArray();
        Assert.True(
            want.SequenceEqual(got),
            $"expected:\n{string.Join("\n", want)}\nactual:\n{string.Join("\n", issues.Select(i => Locate(i) + ": " + i.Message))}");
    }

    private static string Locate(ArticleIssue issue) =>
        $"{issue.Code} {issue.Severity.ToName()} {issue.Path} ({issue.Span.Line},{issue.Span.Column})";

    private static Func<string, (string? Json, IReadOnlyList<ArticleIssue> Issues)> ReaderFor(string schema) =>
        Readers.TryGetValue(schema, out var reader) ? reader : throw new InvalidOperationException($"No generated type is mapped for the articles of '{schema}'.");

    /// <summary>Parses with the generated type, then validates: the document JSON and every issue.</summary>
    private static (string? Json, IReadOnlyList<ArticleIssue> Issues) Read<TArticle>(string text)
        where TArticle : class, IArticle<TArticle>
    {
        ParseResult<TArticle> result = TArticle.Parse(text);
        return result.Document is { } document
            ? (Json.ContractJson.Serialize(document, indented: true), document.Validate())
            : (null, result.Issues);
    }
}
