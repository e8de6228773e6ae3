using System;
using System.IO;
using System.Text.RegularExpressions;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The examples of <c>docs/schema-language.md</c> marked <c>&lt;!-- checked: name --&gt;</c> are true on both back ends:
/// the schema (the <c>yaml</c> block after the mark) reads the article (the <c>text</c> block) to the document (the
/// <c>json</c> block), with no issue.
/// </summary>
public sealed partial class DocumentedExampleTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md"));

    public static TheoryData<BackEnd, string> Examples
    {
        get
        {
            var data = new TheoryData<BackEnd, string>();
            foreach (BackEnd backEnd in Enum.GetValues<BackEnd>())
            {
                foreach (Match mark in CheckedMark().Matches(Page))
                {
                    data.Add(backEnd, mark.Groups[1].Value);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_reference_has_checked_examples() => Assert.NotEmpty(CheckedMark().Matches(Page));

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_checked_example_reads_its_article_to_its_document(BackEnd backEnd, string name)
    {
        int at = Page.IndexOf($"<!-- checked: {name} -->", StringComparison.Ordinal);
        string schema = Block("yaml", ref at);
        string article = Block("text", ref at);
        string json = Block("json", ref at);

        ArticleOutcome outcome = backEnd.Read(schema, article);

        Assert.Empty(outcome.Issues);
        Assert.Equal(AuthoredArticleTests.Compact(json), outcome.Json);
    }

    private static string Block(string language, ref int at)
    {
        string fence = "```" + language + "\n";
        int start = Page.IndexOf(fence, at, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {language} block");
        int end = Page.IndexOf("```", start + fence.Length, StringComparison.Ordinal);
        at = end + 3;
        return Page[(start + fence.Length)..end];
    }

    [GeneratedRegex("<!-- checked: ([a-z0-9-]+) -->")]
    private static partial Regex CheckedMark();
}
