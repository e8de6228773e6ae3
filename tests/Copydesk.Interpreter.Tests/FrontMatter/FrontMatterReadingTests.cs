using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// Typed front matter as content sites write it: the YAML between '---' lines at the top of the article becomes typed
/// fields of the contract JSON, and the body is read after it with its real line numbers. Both back ends.
/// </summary>
public sealed class FrontMatterReadingTests
{
    private const string HugoPost = """
        ---
        title: "Council approves the riverside plan"
        date: 2024-03-05
        updated: 2024-03-06T09:15:00+01:00
        draft: false
        weight: 10
        rating: 4.5
        tags: [council, riverside, planning]
        category: news
        canonical: https://example.org/news/riverside-plan
        author:
          name: Ana Ruiz
          email: ana.ruiz@example.org
        ---
        Council approves the riverside plan
        The council voted 7-2 on Tuesday to approve the plan.
        Work starts in the spring.
        """;

    private const string HugoJson =
        """{"frontMatter":{"title":"Council approves the riverside plan","date":"2024-03-05","updated":"2024-03-06T09:15:00+01:00","draft":false,"weight":10,"rating":4.5,"tags":["council","riverside","planning"],"category":"news","canonical":"https://example.org/news/riverside-plan","author":{"name":"Ana Ruiz","email":"ana.ruiz@example.org"}},"headline":"Council approves the riverside plan","paragraphs":["The council voted 7-2 on Tuesday to approve the plan.","Work starts in the spring."]}""";

    [Theory]
    [EachBackEnd]
    public void Front_matter_becomes_typed_fields_of_the_contract_json(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, HugoPost);

        Assert.Equal(HugoJson, outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void The_body_keeps_its_line_numbers_in_the_article(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, HugoPost);

        Assert.Equal(new SourceSpan(15, 1, 17, 27, HugoPost.IndexOf("Council approves the riverside plan\n", System.StringComparison.Ordinal), 0) with { Length = outcome.Span!.Value.Length }, outcome.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_body_that_does_not_fit_is_reported_at_its_real_line(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-01-01\n---\nThis headline ends with a full stop.\n");

        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.ParseError, error.Code);
        Assert.Equal(5, error.Span.Line);
    }

    [Theory]
    [EachBackEnd("2024-03-05", "\"2024-03-05\"", "'2024-03-05'", "  2024-03-05   # published")]
    public void A_date_is_read_plain_or_quoted(BackEnd backEnd, string written)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, $"---\ntitle: T\ndate: {written}\n---\nHeadline\nBody.\n");

        Assert.Contains("\"date\":\"2024-03-05\"", outcome.Json);
    }

    [Theory]
    [EachBackEnd("2024-03-05T08:30:00Z", "2024-03-05 08:30:00Z", "\"2024-03-05T09:30:00+01:00\"", "2024-03-05T03:30-05:00")]
    public void A_date_and_time_keeps_its_offset(BackEnd backEnd, string written)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, $"---\ntitle: T\ndate: 2024-03-05\nupdated: {written}\n---\nHeadline\nBody.\n");

        Assert.NotNull(outcome.Json);
        Assert.Matches("\"updated\":\"2024-03-05T\\d\\d:30:00(Z|[+-]\\d\\d:\\d\\d)\"", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void Optional_fields_not_given_are_null_lists_empty_and_defaults_applied(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ncategory:\n---\nHeadline\nBody.\n");

        Assert.Equal(
            """{"frontMatter":{"title":"T","date":"2024-03-05","updated":null,"draft":false,"weight":null,"rating":null,"tags":[],"category":null,"canonical":null,"author":null},"headline":"Headline","paragraphs":["Body."]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_jekyll_post_with_crlf_a_bom_and_windows_1252_punctuation_reads_the_same(BackEnd backEnd)
    {
        string article = "\uFEFF---\r\ntitle: ‘Café’ — the “best” of 2024…\r\ndate: 2024-12-30\r\ntags:\r\n  - food\r\n  - year-end\r\ndraft: yes\r\n---\r\nHeadline\r\nBody €5.\r\n";

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, article);

        Assert.Equal(
            """{"frontMatter":{"title":"‘Café’ — the “best” of 2024…","date":"2024-12-30","updated":null,"draft":true,"weight":null,"rating":null,"tags":["food","year-end"],"category":null,"canonical":null,"author":null},"headline":"Headline","paragraphs":["Body €5."]}""",
            outcome.Json);
        Assert.Equal(9, outcome.Span!.Value.Line);
    }

    [Theory]
    [EachBackEnd]
    public void A_dashed_line_inside_the_body_is_a_body_line(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\n---\nHeadline\nPart one.\n---\nPart two.\n");

        Assert.EndsWith("""
            "paragraphs":["Part one.","---","Part two."]}
            """, outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void An_empty_front_matter_is_one_with_every_key_missing(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\n---\nHeadline\nBody.\n");

        Assert.Equal(["frontMatter.title", "frontMatter.date"], outcome.Issues.Select(i => i.Path));
        Assert.All(outcome.Issues, issue => Assert.Equal(IssueCodes.FrontMatterMissingKey, issue.Code));
    }

    [Theory]
    [EachBackEnd]
    public void A_schema_without_front_matter_reads_a_leading_dashed_line_as_before(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.PlainPost, "---\ntitle: T\n---\nBody.\n");

        Assert.Equal("""{"headline":"---","paragraphs":["title: T","---","Body."]}""", outcome.Json);
    }
}
