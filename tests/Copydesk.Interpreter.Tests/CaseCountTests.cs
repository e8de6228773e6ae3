using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// <c>count</c> on a case of a repeated <c>oneOf</c> (language reference, section 7): checked by <c>Validate()</c> as
/// CD3050, never by the parse, in both back ends alike.
/// </summary>
public sealed class CaseCountTests
{
    /// <summary>Mail headers: exactly one subject, at most two Cc lines, any other header.</summary>
    private const string Headers = """
        copydesk: 1
        type: MailHeaders
        lines:
          subjectLine: { startsWith: ["Subject:"] }
          ccLine:      { startsWith: ["Cc:"] }
          headerLine:  { pattern: '^[A-Za-z-]+:' }
        layout:
          - headers:
              repeat: 1+
              oneOf:
                - subject: { line: subjectLine, count: 1 }
                - cc:      { line: ccLine, count: 0..2 }
                - header:  headerLine
          - body: { line: any, repeat: 0+ }
        """;

    [Theory]
    [EachBackEnd]
    public void Items_of_a_case_within_its_count_report_nothing(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Headers, "From: ana@harbor.example\nSubject: Minutes\nCc: li@harbor.example\nNotes follow.\n");

        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void Too_many_items_of_a_case_parse_and_are_reported_over_those_items(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Headers, "From: ana@harbor.example\nSubject: Minutes\nDate: today\nSubject: Re: Minutes\nNotes follow.\n");

        Assert.NotNull(outcome.Json);
        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.CaseCount, IssueSeverity.Error, "headers"), (issue.Code, issue.Severity, issue.Path));
        Assert.Equal("headers has 2 'subject' items; expected 1.", issue.Message);
        Assert.Equal((2, 1, 4, 21), (issue.Span.Line, issue.Span.Column, issue.Span.EndLine, issue.Span.EndColumn));
    }

    [Theory]
    [EachBackEnd]
    public void A_missing_case_is_reported_over_all_the_items(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Headers, "From: ana@harbor.example\nCc: a@b.example\nCc: c@d.example\nCc: e@f.example\n");

        Assert.Equal(
            ["CD3050 headers (1,1)-(4,16): headers has 0 'subject' items; expected 1.", "CD3050 headers (2,1)-(4,16): headers has 3 'cc' items; expected 0..2."],
            outcome.Issues.Select(i => $"{i.Code} {i.Path} ({i.Span.Line},{i.Span.Column})-({i.Span.EndLine},{i.Span.EndColumn}): {i.Message}"));
    }

    [Theory]
    [EachBackEnd]
    public void The_slot_check_gives_the_severity_and_the_message(BackEnd backEnd)
    {
        string schema = Headers.Replace("      repeat: 1+\n", "      repeat: 1+\n      check: { severity: warning, message: \"A post has one subject.\" }\n", System.StringComparison.Ordinal);

        ArticleIssue issue = Assert.Single(backEnd.Read(schema, "From: ana@harbor.example\nNotes follow.\n").Issues);

        Assert.Equal((IssueSeverity.Warning, "A post has one subject."), (issue.Severity, issue.Message));
    }
}
