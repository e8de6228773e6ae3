using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The worked examples of <c>docs/schema-language.md</c> marked <c>&lt;!-- example: name --&gt;</c> are true on both
/// back ends: the schema (the first <c>yaml</c> block after the mark, up to the next example or section heading) reads the article (the first <c>text</c> block)
/// into the JSON shown (the first <c>json</c> block), and, when a second <c>text</c> block lists issues, <c>Validate()</c>
/// returns exactly those, as <c>story.txt(line,column): severity code: message</c>.
/// </summary>
public sealed partial class DocumentedExampleTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md"));

    public static TheoryData<BackEnd, string> Examples
    {
        get
        {
            var data = new TheoryData<BackEnd, string>();
            foreach (Match mark in ExampleMark().Matches(Page))
            {
                foreach (BackEnd backEnd in Enum.GetValues<BackEnd>())
                {
                    data.Add(backEnd, mark.Groups[1].Value);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_page_marks_its_examples()
    {
        Assert.Contains("typed-values", ExampleMark().Matches(Page).Select(m => m.Groups[1].Value));
        Assert.Contains("field-rules", ExampleMark().Matches(Page).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_documented_example_reads_as_shown(BackEnd backEnd, string name)
    {
        int at = Page.IndexOf($"<!-- example: {name} -->", StringComparison.Ordinal);
        // An example runs to the next example or the next section heading, whichever comes first.
        int end = new[] { Page.IndexOf("<!-- example:", at + 1, StringComparison.Ordinal), Page.IndexOf("\n## ", at, StringComparison.Ordinal), Page.IndexOf("\n### ", at, StringComparison.Ordinal) }
            .Where(index => index >= 0).DefaultIfEmpty(Page.Length).Min();
        string section = Page[at..end];
        string schema = Blocks(section, "yaml").First();
        string[] texts = Blocks(section, "text").ToArray();
        string json = Blocks(section, "json").First();

        ArticleOutcome outcome = backEnd.Read(schema, texts[0]);

        Assert.NotNull(outcome.Json);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(outcome.Json!)), $"The example's JSON differs; the back end wrote:\n{outcome.Json}");
        string[] expectedIssues = texts.Length > 1 ? texts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
        Assert.Equal(expectedIssues, outcome.Issues.Select(issue => issue.ToString("story.txt")));
    }

    private static IEnumerable<string> Blocks(string section, string language) =>
        Regex.Matches(section, "```" + language + "\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<!-- example: ([a-z0-9-]+) -->")]
    private static partial Regex ExampleMark();
}
