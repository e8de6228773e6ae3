using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Captures (<c>capture: { pattern, fields, rest }</c>), on both back ends: the named groups of the pattern become the
/// fields of a record, each text or read by a typed parser; the rest field takes the text after the match; an optional
/// group that did not match is <c>null</c>; a group its parser refuses is a value error at the group's span; a line the
/// pattern does not match keeps its text in the rest field and is CD3040.
/// </summary>
public sealed class CaptureTests
{
    private const string Schema = """
        copydesk: 1
        type: Wire
        lines:
          counted: { pattern: '^Count\b' }
          fact: { pattern: '^Fact:' }
        layout:
          - headline: label
          - lead:
              line: sentence
              capture:
                pattern: '^(?:(?<place>\p{Lu}[\p{Lu} .]+?)(?:, (?<date>\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}))? \((?<agency>[A-Za-z]+)\) (?:—|-{1,2}) )?'
                fields:
                  place: text
                  date: { type: date, formats: ["MMMM d, yyyy", "MMM. d, yyyy"] }
                  agency: text
                rest: text
          - paragraphs: { line: sentence, repeat: 0+ }
          - facts:
              repeat: 0+
              oneOf:
                - count:
                    line: counted
                    capture: { pattern: '^Count: (?<number>\S+)$', fields: { number: integer } }
                - note: fact
        """;

    [Theory]
    [EachBackEnd]
    public void A_dateline_and_the_text_after_it_become_fields_of_one_record(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nWASHINGTON, March 3, 2025 (AP) — The Senate voted on Monday.\nIt passed.");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":"WASHINGTON","date":"2025-03-03","agency":"AP","text":"The Senate voted on Monday."},"paragraphs":["It passed."],"facts":[]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void An_optional_group_that_did_not_match_is_null(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nLONDON (Reuters) - The Senate voted on Monday.");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":"LONDON","date":null,"agency":"Reuters","text":"The Senate voted on Monday."},"paragraphs":[],"facts":[]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_line_without_the_optional_dateline_keeps_its_whole_text_in_the_rest(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nThe Senate voted on Monday.");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":null,"date":null,"agency":null,"text":"The Senate voted on Monday."},"paragraphs":[],"facts":[]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_group_its_parser_refuses_is_null_and_a_value_error_at_the_group(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nOSLO, Feb. 30, 2025 (AP) — The Senate voted.");

        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":"OSLO","date":null,"agency":"AP","text":"The Senate voted."},"paragraphs":[],"facts":[]}""",
            outcome.Json);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            (IssueCodes.NotADate, IssueSeverity.Error, "lead.date", "lead.date is not a date: \"Feb. 30, 2025\".", new SourceSpan(2, 7, 2, 20, 29, 13)),
            (issue.Code, issue.Severity, issue.Path, issue.Message, issue.Span));
    }

    [Theory]
    [EachBackEnd]
    public void A_line_the_pattern_does_not_match_is_CD3040_with_empty_fields(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nIt passed.\nCount: 12\nCount of votes: many\nFact: none");

        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":null,"date":null,"agency":null,"text":"It passed."},"paragraphs":[],"facts":[{"$type":"count","text":{"number":12}},{"$type":"count","text":{"number":null}},{"$type":"note","text":"Fact: none"}]}""",
            outcome.Json);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            (IssueCodes.CaptureNoMatch, IssueSeverity.Error, "facts[1]", "facts[1] does not match its capture pattern, so its fields are empty: \"Count of votes: many\".", new SourceSpan(4, 1, 4, 21, 44, 20)),
            (issue.Code, issue.Severity, issue.Path, issue.Message, issue.Span));
    }

    [Theory]
    [EachBackEnd]
    public void A_case_field_its_parser_refuses_is_reported_under_the_item_and_field(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nIt passed.\nCount: twelve");

        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(
            (IssueCodes.NotAnInteger, "facts[0].number", "facts[0].number is not an integer: \"twelve\".", new SourceSpan(3, 8, 3, 14, 41, 6)),
            (issue.Code, issue.Path, issue.Message, issue.Span));
    }

    [Theory]
    [EachBackEnd]
    public void Text_rules_of_a_captured_slot_check_the_whole_line(BackEnd backEnd)
    {
        string schema = Schema.Replace("        rest: text\n", "        rest: text\n      check: { maxWords: 4, severity: warning }\n", System.StringComparison.Ordinal);

        ArticleOutcome outcome = backEnd.Read(schema, "Senate passes the bill\nLONDON (Reuters) - The Senate voted.");

        Assert.Equal(
            [(IssueCodes.MaxWords, IssueSeverity.Warning, "lead")],
            outcome.Issues.Select(i => (i.Code, i.Severity, i.Path)));
    }
}
