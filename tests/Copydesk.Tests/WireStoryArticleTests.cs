using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Samples;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// Each authored article in <c>tests/articles/wire-story</c> parses to exactly its expected JSON and
/// validates to exactly its expected issues. The expectations were written by hand from the language
/// reference, not recorded from the parser.
/// </summary>
public sealed class WireStoryArticleTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "articles", "wire-story");

    public static TheoryData<string> Articles =>
        new(Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Fact]
    public void There_are_at_least_ten_authored_articles()
    {
        Assert.True(Articles.Count >= 10, $"only {Articles.Count} articles");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_parses_to_its_expected_json(string name)
    {
        string text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        string expected = File.ReadAllText(Path.Combine(Folder, name + ".expected.json")).TrimEnd('\n', '\r');

        ParseResult<WireStory> result = WireStory.Parse(text);

        string actual = result.Document?.ToJson(indented: true) ?? "null";
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_reports_exactly_its_expected_issues(string name)
    {
        string text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected-issues.json")));

        ParseResult<WireStory> result = WireStory.Parse(text);
        IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;

        string Describe(ArticleIssue i) => $"{i.Code} {i.Severity.ToName()} {i.Path} ({i.Span.Line},{i.Span.Column}): {i.Message}";
        string[] want = expected.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("code").GetString()} {e.GetProperty("severity").GetString()} {e.GetProperty("path").GetString()} ({e.GetProperty("line").GetInt32()},{e.GetProperty("column").GetInt32()})").ToArray();
        string[] got = issues.Select(i => Describe(i)[..Describe(i).IndexOf(':', StringComparison.Ordinal)]).ToArray();
        Assert.True(want.SequenceEqual(got), $"expected:\n{string.Join("\n", want)}\nactual:\n{string.Join("\n", issues.Select(Describe))}");
    }
}
