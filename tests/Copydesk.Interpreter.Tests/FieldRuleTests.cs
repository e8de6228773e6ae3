using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Rules across fields (<c>rules:</c>, language reference section 11): run by <c>Validate()</c> after the slots'
/// checks, never by the parse, with one stable code per relation, the rule's severity and message, the path of the
/// rule's field and its span in the article (the front matter's, for a front-matter field), alike in both back ends.
/// </summary>
public sealed class FieldRuleTests
{
    /// <summary>A recipe: a declared number of steps, dates in the front matter and in the body, an optional photo credit.</summary>
    private const string Recipe = """
        copydesk: 1
        type: Recipe
        frontMatter:
          fields:
            date: { type: date, required: true }
            updated: date-time
            servings: integer
            tags: { type: string, list: true }
            image: url
            imageAlt: string
        layout:
          - title: label
          - tested: { after: "Tested", line: any, value: date }
          - stepCount: { after: "Steps", line: any, value: integer }
          - steps: { line: sentence, repeat: 1+ }
          - photo: { after: "Photo", line: any, optional: true }
          - credit: { after: "Credit", line: any }
        rules:
          - { count: steps, equals: stepCount }
          - { count: frontMatter.tags, equals: frontMatter.servings, severity: warning }
          - { field: frontMatter.updated, notBefore: frontMatter.date }
          - { field: tested, before: frontMatter.date, message: "Test the recipe before publishing it." }
          - { field: credit, requiredWith: photo }
          - { field: frontMatter.imageAlt, requiredWith: frontMatter.image }
          - { field: frontMatter.image, forbiddenWith: photo, severity: info }
        """;

    private const string FrontMatter = """
        ---
        date: 2025-03-04
        updated: 2025-03-04T08:00:00+01:00
        servings: 2
        tags: [soup, winter]
        ---

        """;

    private const string Body = """
        Leek soup
        Tested
        2025-03-01
        Steps
        2
        Sweat the leeks.
        Add the stock.

        """;

    private static string Article(string frontMatter = FrontMatter, string body = Body, string tail = "") => frontMatter + body + tail;

    private static string[] Issues(ArticleOutcome outcome) =>
        outcome.Issues.Select(i => $"{i.Code} {i.Severity} {i.Path} ({i.Span.Line},{i.Span.Column})-({i.Span.EndLine},{i.Span.EndColumn}): {i.Message}").ToArray();

    [Theory]
    [EachBackEnd]
    public void An_article_that_keeps_every_rule_reports_nothing(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article());

        Assert.NotNull(outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void A_repeat_with_more_items_than_its_number_says_is_CD3051_over_the_items(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(body: Body + "Serve hot.\n"));

        Assert.Equal(["CD3051 Error steps (12,1)-(14,11): steps has 3 items; stepCount says 2."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void A_number_its_parser_refused_is_a_value_error_and_no_count_issue(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(body: Body.Replace("\n2\n", "\ntwo\n", System.StringComparison.Ordinal)));

        Assert.Equal([IssueCodes.NotAnInteger], outcome.Issues.Select(i => i.Code));
    }

    [Theory]
    [EachBackEnd]
    public void Front_matter_fields_are_reported_at_their_path_and_the_front_matter_span(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(frontMatter: FrontMatter.Replace("[soup, winter]", "[soup]", System.StringComparison.Ordinal)));

        Assert.Equal(["CD3051 Warning frontMatter.tags (2,1)-(6,1): frontMatter.tags has 1 items; frontMatter.servings says 2."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void A_date_and_time_compares_with_a_date_by_its_date_where_it_was_written(BackEnd backEnd)
    {
        // 23:30 at UTC-02:00 is the next day in UTC, but still 2025-03-03 where it was written: before the date.
        ArticleOutcome late = backEnd.Read(Recipe, Article(frontMatter: FrontMatter.Replace("2025-03-04T08:00:00+01:00", "2025-03-03T23:30:00-02:00", System.StringComparison.Ordinal)));
        ArticleOutcome sameDay = backEnd.Read(Recipe, Article(frontMatter: FrontMatter.Replace("2025-03-04T08:00:00+01:00", "2025-03-04T00:00:00+14:00", System.StringComparison.Ordinal)));

        Assert.Equal(["CD3052 Error frontMatter.updated (2,1)-(6,1): frontMatter.updated (2025-03-03) must not be before frontMatter.date (2025-03-04)."], Issues(late));
        Assert.Empty(sameDay.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void A_body_date_out_of_order_is_CD3052_at_its_line_with_the_rules_message(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(body: Body.Replace("2025-03-01", "2025-03-04", System.StringComparison.Ordinal)));

        Assert.Equal(["CD3052 Error tested (9,1)-(9,11): Test the recipe before publishing it."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void A_field_missing_where_another_is_present_is_CD3053_at_the_other_field(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(tail: "Photo\nAna Ruiz\n"));

        Assert.Equal(["CD3053 Error credit (15,1)-(15,9): credit is required when photo is present."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void A_field_present_where_another_forbids_it_is_CD3054_at_the_field(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(
            Recipe,
            Article(frontMatter: FrontMatter.Replace("tags:", "image: https://example.org/soup.jpg\nimageAlt: A bowl of soup\ntags:", System.StringComparison.Ordinal), tail: "Photo\nAna Ruiz\nCredit\nLi Wei\n"));

        Assert.Equal(["CD3054 Info frontMatter.image (2,1)-(8,1): frontMatter.image is not allowed when photo is present."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void A_front_matter_field_required_by_another_is_CD3053_at_the_front_matter(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Recipe, Article(frontMatter: FrontMatter.Replace("tags:", "image: https://example.org/soup.jpg\ntags:", System.StringComparison.Ordinal)));

        Assert.Equal(["CD3053 Error frontMatter.imageAlt (2,1)-(7,1): frontMatter.imageAlt is required when frontMatter.image is present."], Issues(outcome));
    }

    [Theory]
    [EachBackEnd]
    public void Rules_run_after_the_slots_checks_in_written_order(BackEnd backEnd)
    {
        string schema = Recipe.Replace("  - title: label\n", "  - title: { line: label, check: { maxLength: 5 } }\n", System.StringComparison.Ordinal);

        ArticleOutcome outcome = backEnd.Read(schema, Article(body: Body + "Serve hot.\n", tail: "Photo\nAna Ruiz\n"));

        Assert.Equal([IssueCodes.MaxLength, IssueCodes.RuleCount, IssueCodes.RuleRequiredWith], outcome.Issues.Select(i => i.Code));
    }

    /// <summary>Dates and times compared as instants, and an empty repeat, in a schema without front matter.</summary>
    private const string Embargo = """
        copydesk: 1
        type: Notice
        layout:
          - headline: label
          - issued: { after: "Issued", line: any, value: date-time }
          - embargo: { after: "Embargo", line: any, value: date-time }
          - items: { line: sentence, repeat: 0+ }
          - total: { after: "Total", line: any, value: integer }
        rules:
          - { field: embargo, after: issued }
          - { count: items, equals: total }
        """;

    [Theory]
    [EachBackEnd]
    public void Two_dates_and_times_compare_as_instants_across_offsets(BackEnd backEnd)
    {
        const string Notice = "Harbor vote\nIssued\n2025-03-04T10:00:00+01:00\nEmbargo\n2025-03-04T09:30:00+00:00\nTotal\n0\n";
        string earlier = Notice.Replace("09:30:00+00:00", "08:30:00+00:00", System.StringComparison.Ordinal);

        Assert.Empty(backEnd.Read(Embargo, Notice).Issues);
        Assert.Equal(
            ["CD3052 Error embargo (5,1)-(5,26): embargo (2025-03-04T08:30:00+00:00) must be after issued (2025-03-04T10:00:00+01:00)."],
            Issues(backEnd.Read(Embargo, earlier)));
    }

    /// <summary>A date and time ordered against a date (as its calendar date), and against a date and time (as instants).</summary>
    private static string Window(string relation) => $$"""
        copydesk: 1
        type: Window
        layout:
          - opens: { after: "Opens", line: any, value: date }
          - day: { after: "Day", line: any, value: date-time }
          - opensAt: { after: "At", line: any, value: date-time }
          - closesAt: { after: "Until", line: any, value: date-time }
        rules:
          - { field: day, {{relation}}: opens }
          - { field: closesAt, {{relation}}: opensAt }
        """;

    // Earlier, the same and later than 2025-03-04 where they were written (their UTC days differ), and than 09:00 UTC.
    private static readonly (string Day, string Date, string Close)[] Positions =
    [
        ("2025-03-03T23:30:00-02:00", "2025-03-03", "2025-03-04T08:30:00+00:00"),
        ("2025-03-04T23:59:00+00:00", "2025-03-04", "2025-03-04T09:00:00+00:00"),
        ("2025-03-05T00:30:00+14:00", "2025-03-05", "2025-03-04T10:30:00+01:00"),
    ];

    [Theory]
    [EachBackEnd("before", "notBefore", "after", "notAfter")]
    public void Each_order_holds_or_is_CD3052_for_calendar_dates_and_for_instants_alike(BackEnd backEnd, string relation)
    {
        (bool[] holds, string must) = relation switch
        {
            "before" => (new[] { true, false, false }, "must be before"),
            "notBefore" => (new[] { false, true, true }, "must not be before"),
            "after" => (new[] { false, false, true }, "must be after"),
            _ => (new[] { true, true, false }, "must not be after"),
        };

        for (int i = 0; i < Positions.Length; i++)
        {
            var (day, date, close) = Positions[i];
            ArticleOutcome outcome = backEnd.Read(Window(relation), $"Opens\n2025-03-04\nDay\n{day}\nAt\n2025-03-04T10:00:00+01:00\nUntil\n{close}\n");

            string[] expected = holds[i] ? [] :
            [
                $"{IssueCodes.RuleDateOrder} day: day ({date}) {must} opens (2025-03-04).",
                $"{IssueCodes.RuleDateOrder} closesAt: closesAt ({close}) {must} opensAt (2025-03-04T10:00:00+01:00).",
            ];
            Assert.Equal(expected, outcome.Issues.Select(issue => $"{issue.Code} {issue.Path}: {issue.Message}"));
        }
    }

    [Theory]
    [EachBackEnd]
    public void An_empty_repeat_counted_against_a_number_is_reported_at_the_article(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Embargo, "Harbor vote\nIssued\n2025-03-04T10:00:00+01:00\nEmbargo\n2025-03-05T10:00:00+01:00\nTotal\n3\n");

        Assert.Equal(["CD3051 Error items (1,1)-(7,2): items has 0 items; total says 3."], Issues(outcome));
    }
}
