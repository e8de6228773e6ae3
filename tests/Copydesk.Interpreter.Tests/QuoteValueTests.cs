using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// <c>value: quotes</c>, on both back ends: a paragraph slot holds the paragraph's text and every direct quotation in
/// it, with its span, its speaker as written, its cue and the speaker resolved across the article's paragraphs,
/// including those the schema reads as plain text.
/// </summary>
public sealed class QuoteValueTests
{
    private const string Schema = """
        copydesk: 1
        type: Report
        input: paragraphs
        layout:
          - headline: any
          - lead: any
          - paragraphs: { line: any, repeat: 1+, value: quotes }
        """;

    [Theory]
    [EachBackEnd]
    public void A_paragraph_holds_its_quotes_with_speakers_resolved_across_paragraphs(BackEnd backEnd)
    {
        const string article = """
            Crews reopen Port Lesk after three days of gales

            Port Lesk reopened on Tuesday, and harbour master Ines Varga said the channel was clear.

            "We worked through the night to clear the wrecks," she said.

            The mayor, Tomas Berg, said the damage was "serious but manageable."

            "Nobody was hurt," he told reporters, "and the ferries sail tomorrow."

            The storm moved north on Wednesday.
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, article);

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Crews reopen Port Lesk after three days of gales","lead":"Port Lesk reopened on Tuesday, and harbour master Ines Varga said the channel was clear.","paragraphs":[{"text":"\"We worked through the night to clear the wrecks,\" she said.","quotes":[{"text":"We worked through the night to clear the wrecks","speaker":"she","cue":"said","resolvedSpeaker":"Ines Varga","span":{"line":5,"column":1,"endLine":5,"endColumn":51}}]},{"text":"The mayor, Tomas Berg, said the damage was \"serious but manageable.\"","quotes":[{"text":"serious but manageable.","speaker":"Tomas Berg","cue":"said","resolvedSpeaker":"Tomas Berg","span":{"line":7,"column":44,"endLine":7,"endColumn":69}}]},{"text":"\"Nobody was hurt,\" he told reporters, \"and the ferries sail tomorrow.\"","quotes":[{"text":"Nobody was hurt","speaker":"he","cue":"told reporters","resolvedSpeaker":"Tomas Berg","span":{"line":9,"column":1,"endLine":9,"endColumn":19}},{"text":"and the ferries sail tomorrow.","speaker":"he","cue":"told reporters","resolvedSpeaker":"Tomas Berg","span":{"line":9,"column":39,"endLine":9,"endColumn":71}}]},{"text":"The storm moved north on Wednesday.","quotes":[]}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_quote_in_a_hard_wrapped_paragraph_is_located_on_its_own_line(BackEnd backEnd)
    {
        const string article = """
            Library keeps late hours through exams

            The city library will stay open until midnight in June.

            Chief librarian Oskar Lind said the reading rooms were full by noon.
            "Students asked us for this," Lind said.
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, article);

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Library keeps late hours through exams","lead":"The city library will stay open until midnight in June.","paragraphs":[{"text":"Chief librarian Oskar Lind said the reading rooms were full by noon. \"Students asked us for this,\" Lind said.","quotes":[{"text":"Students asked us for this","speaker":"Lind","cue":"said","resolvedSpeaker":"Oskar Lind","span":{"line":6,"column":1,"endLine":6,"endColumn":30}}]}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void Speaker_required_reports_each_quote_nobody_says_at_its_own_span_with_the_declared_severity(BackEnd backEnd)
    {
        const string schema = """
            copydesk: 1
            type: Report
            input: paragraphs
            layout:
              - headline: any
              - paragraphs: { line: any, repeat: 1+, value: quotes, check: { speaker: required, severity: warning } }
            """;
        const string article = """
            Floodwater reaches the old town

            The river rose two metres overnight. "It came in faster than anyone expected."

            Fire chief Dora Keane said crews had moved 40 families. "Everyone is safe," she said.
            """;

        ArticleOutcome outcome = backEnd.Read(schema, article);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal("story.txt(3,38): warning CD3045: paragraphs[0] quotes \"It came in faster than anyone expected.\" without naming who says it.", issue.ToString("story.txt"));
        Assert.Equal("paragraphs[0].quotes[0]", issue.Path);
        Assert.Equal((3, 38, 3, 79, 41), (issue.Span.Line, issue.Span.Column, issue.Span.EndLine, issue.Span.EndColumn, issue.Span.Length));
    }

    [Theory]
    [EachBackEnd]
    public void Attributed_within_reports_a_continued_quote_that_runs_too_far_from_its_attribution(BackEnd backEnd)
    {
        const string schema = """
            copydesk: 1
            type: Report
            input: paragraphs
            layout:
              - headline: any
              - paragraphs: { line: any, repeat: 1+, value: quotes, check: { attributedWithin: 1, severity: info } }
            """;
        const string article = """
            Storm night in Port Lesk

            "The wind came first," said harbour master Ines Varga. "Then the water rose over the quay.

            "By midnight the boats were loose.

            "By dawn the street was a river."
            """;

        ArticleOutcome outcome = backEnd.Read(schema, article);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal("story.txt(7,1): info CD3046: paragraphs[2] quotes \"By dawn the street was a river.\" attributed 2 paragraphs back; the limit is 1.", issue.ToString("story.txt"));
        Assert.Equal("paragraphs[2].quotes[0]", issue.Path);
    }

    [Theory]
    [EachBackEnd]
    public void A_paragraph_the_parse_tries_in_one_case_and_reads_in_another_gets_its_quotes_once(BackEnd backEnd)
    {
        const string schema = """
            copydesk: 1
            type: Report
            input: paragraphs
            parts:
              Boxed:
                - quote: { line: any, value: quotes }
                - end: { marker: "END" }
            layout:
              - headline: any
              - items:
                  repeat: 1+
                  oneOf:
                    - boxed: { part: Boxed }
                    - said: { line: any, value: quotes }
            """;
        const string article = """
            Mayor opens the new bridge

            Mayor Tomas Berg said the bridge was finished early.

            "We rebuilt it in a year," he said.
            """;

        ArticleOutcome outcome = backEnd.Read(schema, article);

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Mayor opens the new bridge","items":[{"$type":"said","text":{"text":"Mayor Tomas Berg said the bridge was finished early.","quotes":[]}},{"$type":"said","text":{"text":"\"We rebuilt it in a year,\" he said.","quotes":[{"text":"We rebuilt it in a year","speaker":"he","cue":"said","resolvedSpeaker":"Tomas Berg","span":{"line":5,"column":1,"endLine":5,"endColumn":27}}]}}]}""",
            outcome.Json);
    }
}
