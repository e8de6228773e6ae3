using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Cli.Reports;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>The rule tables of machine-read reports say what the documentation says, and their links land on a section.</summary>
public sealed partial class IssueRuleTests
{
    public static TheoryData<string> ArticleRuleIds => new(IssueRules.Articles.Select(rule => rule.Id));

    public static TheoryData<string> AllRuleIds => new(IssueRules.Articles.Concat(IssueRules.Schemas).Select(rule => rule.Id).Distinct());

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Every_help_link_points_at_an_anchor_of_a_page_in_docs(string id)
    {
        IssueRule rule = IssueRules.Articles.Concat(IssueRules.Schemas).First(r => r.Id == id);
        Match link = HelpLink().Match(rule.HelpUri);

        Assert.True(link.Success, rule.HelpUri);
        string page = link.Groups["page"].Value;
        if (page == "diagnostics.md")
        {
            // Its anchors are tested against the page by the generator's documentation tests.
            Assert.Equal(Copydesk.Schema.Diagnostics.DiagnosticCatalog.Find(id)!.HelpLink, rule.HelpUri);
            return;
        }

        Assert.Contains($"<a id=\"{link.Groups["anchor"].Value}\"></a>", Docs(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ArticleRuleIds))]
    public void Article_rule_titles_are_the_headings_of_their_sections(string id)
    {
        IssueRule rule = IssueRules.Articles.Single(r => r.Id == id);
        if (id.StartsWith("CD0", StringComparison.Ordinal))
        {
            Assert.Contains($"| `{id}` |", Docs("cli.md"), StringComparison.Ordinal);
            return;
        }

        string heading = Docs("issues.md").Split('\n').Single(line => line.StartsWith($"## {id} — ", StringComparison.Ordinal));
        Assert.Equal(heading[$"## {id} — ".Length..].Replace("`", string.Empty, StringComparison.Ordinal), rule.Title);
    }

    [Fact]
    public void Every_article_issue_code_has_a_rule()
    {
        string[] codes = typeof(IssueCodes).GetFields().Select(field => (string)field.GetValue(null)!).ToArray();

        Assert.Equal(codes.Order(), IssueRules.Articles.Select(r => r.Id).Where(id => !id.StartsWith("CD0", StringComparison.Ordinal)).Order());
    }

    private static string Docs(string page) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", page)).ReplaceLineEndings("\n");

    [GeneratedRegex(@"^https://github\.com/copydesk/copydesk/blob/main/docs/(?<page>[a-z-]+\.md)#(?<anchor>cd\d{4})$")]
    private static partial Regex HelpLink();
}
