extern alias content;

using System;
using System.IO;
using System.Text.RegularExpressions;
using content::Copydesk.Content;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>Every issue of an article checked in the build links the section of the docs that explains its code.</summary>
public sealed partial class HelpLinkTests
{
    public static TheoryData<string> Codes => new(["CD0002", "CD0004", "CD2001", "CD2024", "CD3001", ContentIssueCodes.CheckFailed]);

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_help_link_of_a_code_lands_on_its_section(string code)
    {
        Match link = HelpLink().Match(Copydesk.Schema.Diagnostics.HelpLinks.ForIssue(code));

        Assert.True(link.Success, code);
        Assert.Equal(code.StartsWith("CD0", StringComparison.Ordinal) ? "cli.md" : "issues.md", link.Groups["page"].Value);
        string page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", link.Groups["page"].Value));
        Assert.Contains($"<a id=\"{link.Groups["anchor"].Value}\"></a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_carries_the_link_of_its_code()
    {
        ContentSchema schema = ContentFiles.LoadSchema(ContentFiles.SchemaFor("digest-story"));

        ContentIssue issue = ContentChecker.Check(schema, "a.txt", string.Empty).Issues[0];

        Assert.Equal(Copydesk.Schema.Diagnostics.HelpLinks.ForIssue(issue.Code), issue.HelpLink);
    }

    [GeneratedRegex(@"^https://github\.com/copydesk/copydesk/blob/main/docs/(?<page>[a-z-]+\.md)#(?<anchor>cd\d{4})$")]
    private static partial Regex HelpLink();
}
