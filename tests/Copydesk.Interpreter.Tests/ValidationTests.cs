using System.Collections.Generic;
using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Checks (section 5), on both back ends: every violation is reported, in document order, each slot's rules
/// in the documented order (count, minLength, maxLength, minWords, maxWords, pattern, notEmpty, oneOf, speaker),
/// with index-aware paths, severities and messages.
/// </summary>
public sealed class ValidationTests
{
    private const string Schema = """
        copydesk: 1
        type: Checked
        lines:
          attribution: { not: sentence, minWords: 2 }
        parts:
          Quote:
            - text: sentence
            - by: { line: attribution, value: attribution, check: { speaker: required, severity: warning } }
        layout:
          - title: { line: label, check: { minLength: 20, maxWords: 1, pattern: '^X', oneOf: ["Xylophone-orchestra-news"], severity: info } }
          - quotes: { part: Quote, repeat: 0+, check: { count: 2..3 } }
          - credit: { marker: "Summarized by", capture: rest, optional: true, check: { notEmpty: true, message: "Name the desk." } }
        """;

    [Theory]
    [EachBackEnd]
    public void Every_rule_reports_in_order_with_its_path_severity_and_message(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Hello world\nIt is.\nsaid the mayor\nSummarized by");

        Assert.NotNull(outcome.Json);
        IReadOnlyList<ArticleIssue> issues = outcome.Issues;

        Assert.Equal(
            [
                (IssueCodes.MinLength, IssueSeverity.Info, "title", "title is 11 characters long; it needs at least 20."),
                (IssueCodes.MaxWords, IssueSeverity.Info, "title", "title has 2 words; the limit is 1."),
                (IssueCodes.Pattern, IssueSeverity.Info, "title", "title does not match the pattern ^X."),
                (IssueCodes.OneOf, IssueSeverity.Info, "title", "title is \"Hello world\"; expected one of \"Xylophone-orchestra-news\"."),
                (IssueCodes.Count, IssueSeverity.Error, "quotes", "quotes has 1 items; expected 2..3."),
                (IssueCodes.SpeakerRequired, IssueSeverity.Warning, "quotes[0].by.speaker", "quotes[0].by names no speaker."),
                (IssueCodes.NotEmpty, IssueSeverity.Error, "credit", "Name the desk."),
            ],
            issues.Select(i => (i.Code, i.Severity, i.Path, i.Message)));
        Assert.Equal(new SourceSpan(2, 1, 3, 15, 12, 21), issues[4].Span);
        Assert.Equal(new SourceSpan(3, 1, 3, 15, 19, 14), issues[5].Span);
    }

    [Theory]
    [EachBackEnd]
    public void An_empty_repeat_is_counted_at_the_span_of_its_owner(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Xylophones and more xylophones");

        Assert.NotNull(outcome.Json);
        ArticleIssue count = Assert.Single(outcome.Issues, i => i.Code == IssueCodes.Count);
        Assert.Equal("quotes has 0 items; expected 2..3.", count.Message);
        Assert.Equal(new SourceSpan(1, 1, 1, 31, 0, 30), count.Span);
        Assert.Equal(outcome.Span, count.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_valid_article_has_no_issues(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Xylophone-orchestra-news\nIt is.\n— Ana Ruiz\nIt was.\nLi Wei, later\nSummarized by Desk");

        Assert.NotNull(outcome.Json);
        Assert.Empty(outcome.Issues);
    }
}
