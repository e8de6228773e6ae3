using System.Linq;
using System.Text;
using Copydesk.Interpreter.Tests.BackEnds;
using Copydesk.Markup.FrontMatter;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// Hostile front matter ends in one clear, located issue, never a hang, an exhausted memory or a stack overflow:
/// aliases are counted, not copied; nesting, size and scalar length are bounded by <see cref="FrontMatterLimits"/>.
/// </summary>
public sealed class FrontMatterLimitTests
{
    private const string Body = "Headline\nBody.\n";

    [Theory]
    [EachBackEnd]
    public void A_billion_laughs_bomb_is_stopped_at_the_alias_that_expands_too_far(BackEnd backEnd)
    {
        var yaml = new StringBuilder("---\ntitle: T\ndate: 2024-03-05\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++)
        {
            string previous = "*a" + (level - 1);
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, yaml.Append("---\n").Append(Body).ToString());

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterAliasExpansion, issue.Code);
        Assert.Contains("YAML bomb", issue.Message);
        Assert.Equal(8, issue.Span.Line);
    }

    [Theory]
    [EachBackEnd]
    public void Deep_nesting_is_stopped_past_the_depth_limit(BackEnd backEnd)
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags: " + deep + "\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterTooDeep, issue.Code);
        Assert.Equal((4, 7 + FrontMatterLimits.MaxDepth - 1), (issue.Span.Line, issue.Span.Column));
    }

    [Theory]
    [EachBackEnd]
    public void Too_many_values_are_stopped_at_the_first_past_the_limit(BackEnd backEnd)
    {
        string many = "[" + string.Join(",", Enumerable.Repeat("x", FrontMatterLimits.MaxNodes + 10)) + "]";

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags: " + many + "\n---\n" + Body);

        Assert.Equal(IssueCodes.FrontMatterTooLarge, Assert.Single(outcome.Issues).Code);
    }

    [Theory]
    [EachBackEnd]
    public void A_scalar_past_the_length_limit_is_stopped(BackEnd backEnd)
    {
        string longTitle = new string('x', FrontMatterLimits.MaxScalarLength + 1);

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: " + longTitle + "\ndate: 2024-03-05\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.FrontMatterScalarTooLong, 2, 8), (issue.Code, issue.Span.Line, issue.Span.Column));
    }

    [Theory]
    [EachBackEnd]
    public void An_alias_inside_what_it_names_is_refused(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags: &t [a, *t]\n---\n" + Body);

        Assert.Equal(IssueCodes.FrontMatterSyntax, Assert.Single(outcome.Issues).Code);
    }

    [Theory]
    [EachBackEnd]
    public void Shared_values_through_aliases_are_read_as_copies(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: &t Riverside\ndate: 2024-03-05\ncategory: news\ntags: [a]\n---\n" + Body);

        Assert.Contains("\"title\":\"Riverside\"", outcome.Json);
    }
}
