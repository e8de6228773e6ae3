using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// <c>formats</c> and <c>offset</c> on a date or date-time field read the dates site generators write — Hugo's
/// <c>2025-05-12T10:00:00+02:00</c>, Jekyll's <c>2023-11-02 07:15:00 +0100</c>, a plain <c>2025-05-12</c> — with the
/// runtime's date parsers and the options <c>value: { type: date-time, formats: … }</c> takes. Both back ends.
/// </summary>
public sealed class FrontMatterDateFormatsTests
{
    private const string Schema = """
        copydesk: 1
        type: SitePost
        frontMatter:
          fields:
            date: { type: date-time, formats: ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd"], offset: "Z" }
            published: { type: date, formats: ["MMMM d, yyyy"] }
        layout:
          - headline: label
        """;

    // What is written => the contract JSON's date and time.
    [Theory]
    [EachBackEnd(
        "2025-05-12T10:00:00+02:00 => 2025-05-12T10:00:00+02:00",
        "2023-11-02 07:15:00 +0100 => 2023-11-02T07:15:00+01:00",
        "2023-11-02 07:15:00 -05:00 => 2023-11-02T07:15:00-05:00",
        "2025-05-12 => 2025-05-12T00:00:00+00:00",
        "2025-05-12T10:00:00 => 2025-05-12T10:00:00+00:00")]
    public void A_date_time_field_reads_Hugo_Jekyll_and_plain_dates(BackEnd backEnd, string example)
    {
        string[] parts = example.Split(" => ");

        ArticleOutcome outcome = backEnd.Read(Schema, $"---\ndate: {parts[0]}\n---\nHeadline\n");

        Assert.Equal($$"""{"frontMatter":{"date":"{{parts[1]}}","published":null},"headline":"Headline"}""", outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void A_date_field_reads_its_formats_after_ISO_8601(BackEnd backEnd)
    {
        Assert.Contains("\"published\":\"2025-05-12\"", backEnd.Read(Schema, "---\npublished: May 12, 2025\n---\nHeadline\n").Json);
        Assert.Contains("\"published\":\"2025-05-12\"", backEnd.Read(Schema, "---\npublished: 2025-05-12\n---\nHeadline\n").Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_value_no_format_reads_is_located_at_the_value(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "---\ndate: 12/05/2025 10:00\n---\nHeadline\n");

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.NotADateTime, issue.Code);
        Assert.Equal("frontMatter.date", issue.Path);
        Assert.Equal((2, 7), (issue.Span.Line, issue.Span.Column));
        Assert.Null(outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void Without_formats_a_date_time_field_reads_ISO_8601_with_an_offset_only(BackEnd backEnd)
    {
        const string iso = """
            copydesk: 1
            type: IsoPost
            frontMatter:
              fields:
                date: date-time
            layout:
              - headline: label
            """;

        Assert.Empty(backEnd.Read(iso, "---\ndate: 2025-05-12T10:00:00+02:00\n---\nHeadline\n").Issues);
        Assert.Equal(IssueCodes.NotADateTime, Assert.Single(backEnd.Read(iso, "---\ndate: 2023-11-02 07:15:00 +0100\n---\nHeadline\n").Issues).Code);
    }
}
