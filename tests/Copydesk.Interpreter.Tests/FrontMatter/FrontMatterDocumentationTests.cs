using System;
using System.IO;
using System.Text.RegularExpressions;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>The front-matter example of <c>docs/schema-language.md</c> is true: its schema reads its article as the JSON shown, on both back ends.</summary>
public sealed partial class FrontMatterDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md")).ReplaceLineEndings("\n");

    [Theory]
    [EachBackEnd]
    public void The_language_reference_example_reads_as_documented(BackEnd backEnd)
    {
        int start = Page.IndexOf("<a id=\"front-matter\"></a>", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/schema-language.md has no front-matter section");
        string schema = Block().Match(Page, start).Groups["yaml"].Value;
        Match article = Block().Match(Page, Page.IndexOf("```text", start, StringComparison.Ordinal));
        Match json = Block().Match(Page, Page.IndexOf("```json", start, StringComparison.Ordinal));

        ArticleOutcome outcome = backEnd.Read(schema, article.Groups["text"].Value);

        Assert.Equal(json.Groups["json"].Value.TrimEnd('\n'), outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [GeneratedRegex("```(?:yaml\\n(?<yaml>.*?)|text\\n(?<text>.*?)|json\\n(?<json>.*?))```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
