extern alias content;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using content::Copydesk.Content;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>
/// Every issue carries the offset and length of the offending text, so the build marks it in the article without
/// scanning the article again: they cover exactly the text from its line and column to its end line and end column.
/// </summary>
public sealed class IssueSpanTests
{
    public static TheoryData<string, string> AuthoredArticles => new(ContentFiles.AuthoredArticles());

    public static TheoryData<string, string> OddArticles => new()
    {
        { "digest-story", "Headline\r\n\r\nFirst paragraph.\rSecond paragraph.\n" + new string('x', 130) + "\r\n" },
        { "digest-story", "\n\n\n" },
        { "wire-story", "HEADLINE\r\nBy ann lee\r\n\r\n" },
        { "front-matter-post", "---\r\ntitle: " + new string('T', 200) + "\r\n---\r\nBody.\r\n" },
        { "front-matter-post", "---\ntitle: Hello\n\nBody.\n" },
    };

    [Theory]
    [MemberData(nameof(AuthoredArticles))]
    public void The_span_of_an_issue_of_an_authored_article_covers_its_lines_and_columns(string folder, string file)
    {
        string text = File.ReadAllText(Path.Combine(ContentFiles.Articles, folder, file));

        AssertSpansMatchPositions(folder, text);
    }

    [Theory]
    [MemberData(nameof(OddArticles))]
    public void The_span_of_an_issue_of_an_odd_article_covers_its_lines_and_columns(string schema, string text)
    {
        Assert.NotEqual(0, AssertSpansMatchPositions(schema, text));
    }

    [Fact]
    public void The_authored_articles_have_issues_to_locate()
    {
        Assert.True(ContentFiles.AuthoredArticles().Sum(article => AssertSpansMatchPositions(article.Folder, File.ReadAllText(Path.Combine(ContentFiles.Articles, article.Folder, article.File)))) >= 20);
    }

    private static int AssertSpansMatchPositions(string schema, string text)
    {
        ContentCheckResult result = ContentChecker.Check(ContentFiles.LoadSchema(ContentFiles.SchemaFor(schema)), "article.txt", text);
        int[] lineStarts = LineStarts(text);

        foreach (ContentIssue issue in result.Issues)
        {
            Assert.Equal(
                (issue.Code, issue.StartLine, issue.StartColumn, Position(lineStarts, issue.StartLine, issue.StartColumn), Position(lineStarts, issue.EndLine, issue.EndColumn)),
                (issue.Code, issue.StartLine, issue.StartColumn, issue.Offset, issue.Offset + issue.Length));
        }

        return result.Issues.Count;
    }

    // Lines as articles count them: CRLF, CR and LF each end one.
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static int Position(int[] lineStarts, int line, int column) => lineStarts[line - 1] + column - 1;
}
