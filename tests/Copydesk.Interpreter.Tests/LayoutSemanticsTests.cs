using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The parse semantics of the language (section 4): slots in order, optional tries once, repeats are greedy and
/// bounded, oneOf is ordered choice, parts match all or nothing, <c>after:</c> needs its marker, marker lines are
/// reserved, every line must be read and the error names the farthest failure. The generated code and the
/// interpreter are held to the same expectations.
/// </summary>
public sealed class LayoutSemanticsTests
{
    /// <summary>A title, an optional subtitle and a body of one sentence or more.</summary>
    internal const string Outline = """
        copydesk: 1
        type: Note
        layout:
          - title: label
          - subtitle: { line: label, optional: true }
          - body: { line: sentence, repeat: 1+ }
        """;

    /// <summary>A title, an optional note and a body of quotes (a quoted sentence and its attribution) or paragraphs.</summary>
    internal const string QuotedStory = """
        copydesk: 1
        type: Story
        lines:
          attribution: { not: sentence, minWords: 2 }
        parts:
          Quote:
            - text: { line: sentence, value: quoted }
            - by: { line: attribution, value: attribution }
        layout:
          - title: label
          - note: { line: label, optional: true }
          - body:
              repeat: 1+
              oneOf:
                - quote: Quote
                - paragraph: sentence
        """;

    [Theory]
    [EachBackEnd]
    public void An_optional_slot_that_does_not_match_is_null(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Outline, "Title\nBody one.\n");

        Assert.Equal("""{"title":"Title","subtitle":null,"body":["Body one."]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void An_optional_slot_that_matches_reads_one_line_and_a_repeat_reads_greedily(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Outline, "Title\nSub\nBody one.\nBody two.\n");

        Assert.Equal("""{"title":"Title","subtitle":"Sub","body":["Body one.","Body two."]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_line_left_over_is_an_error_that_lists_everything_that_could_have_read_it(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Outline, "T\nA.\nB.\nStray label\n");

        Assert.Null(outcome.Json);
        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.ParseError, error.Code);
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.Equal("body", error.Path);
        Assert.Equal("""Line 4 does not fit the layout: found "Stray label"; expected body (sentence) or the end of the article.""", error.Message);
        Assert.Equal(new SourceSpan(4, 1, 4, 12, 8, 11), error.Span);
    }

    [Theory]
    [EachBackEnd("", " \n\t\u00A0\r\n\r", "\uFEFF")]
    public void An_empty_article_is_an_error_at_the_first_slot(BackEnd backEnd, string text)
    {
        ArticleOutcome outcome = backEnd.Read(Outline, text);

        Assert.Null(outcome.Json);
        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal("title", error.Path);
        Assert.Equal("The article is empty; expected title (label).", error.Message);
        Assert.Equal(new SourceSpan(1, 1, 1, 1, 0, 0), error.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_missing_required_slot_at_the_end_says_where_the_article_ends(BackEnd backEnd)
    {
        ArticleIssue error = Assert.Single(backEnd.Read(Outline, "Title\n").Issues);

        // The path is the layout slot that failed there first.
        Assert.Equal("subtitle", error.Path);
        Assert.Equal("The article ends after line 1; expected subtitle (label) or body (sentence).", error.Message);
        Assert.Equal(new SourceSpan(1, 6, 1, 6, 5, 0), error.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_bounded_repeat_stops_at_its_maximum(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Note
            layout:
              - title: label
              - items: { line: sentence, repeat: 2..3 }
            """;

        Assert.Equal("""{"title":"T","items":["A.","B.","C."]}""", backEnd.Read(Schema, "T\nA.\nB.\nC.").Json);
        ArticleIssue left = Assert.Single(backEnd.Read(Schema, "T\nA.\nB.\nC.\nD.").Issues);
        Assert.Equal("""Line 5 does not fit the layout: found "D."; expected the end of the article.""", left.Message);
        Assert.Equal(string.Empty, left.Path);
        ArticleIssue tooFew = Assert.Single(backEnd.Read(Schema, "T\nA.").Issues);
        Assert.Equal("The article ends after line 2; expected items (sentence).", tooFew.Message);
        Assert.Equal("items", tooFew.Path);
    }

    [Theory]
    [EachBackEnd]
    public void OneOf_takes_the_first_case_that_matches(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(QuotedStory, "Title\n“It works.”\n— Ana Ruiz, engineer\nThe end came.\nSo it goes.");

        Assert.Equal(
            """{"title":"Title","note":null,"body":[{"$type":"quote","text":"It works.","by":{"text":"— Ana Ruiz, engineer","speaker":"Ana Ruiz","context":"engineer"}},""" +
            """{"$type":"paragraph","text":"The end came."},{"$type":"paragraph","text":"So it goes."}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_part_matches_all_its_slots_or_nothing(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: PairList
            parts:
              Pair:
                - key: label
                - value: sentence
            layout:
              - pairs: { part: Pair, repeat: 0+ }
              - rest: { line: any, repeat: 0+ }
            """;

        // The second Pair reads K2 but not K3, so it reads nothing: K2 and K3 go to 'rest'.
        ArticleOutcome outcome = backEnd.Read(Schema, "K1\nV1.\nK2\nK3");

        Assert.Equal("""{"pairs":[{"key":"K1","value":"V1."}],"rest":["K2","K3"]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void After_reads_its_marker_then_the_slot_and_is_empty_without_the_marker(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Story
            parts:
              Link:
                - title: label
                - source: label
            layout:
              - body: { line: sentence, repeat: 1+ }
              - links: { after: "Related", part: Link, repeat: 0+ }
            """;

        Assert.Equal("""{"body":["A.","B."],"links":[]}""", backEnd.Read(Schema, "A.\nB.").Json);
        Assert.Equal("""{"body":["A."],"links":[{"title":"T","source":"S"}]}""", backEnd.Read(Schema, "A.\nRelated\nT\nS").Json);
        Assert.Equal("""{"body":["A."],"links":[]}""", backEnd.Read(Schema, "A.\nRELATED").Json);

        ArticleIssue error = Assert.Single(backEnd.Read(Schema, "A.\nT\nS").Issues);
        Assert.Equal("body", error.Path);
        Assert.Equal("""Line 2 does not fit the layout: found "T"; expected body (sentence), links (marker "Related") or the end of the article.""", error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void After_leaves_its_marker_unread_when_the_slot_after_it_fails(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Story
            layout:
              - body: { line: sentence, repeat: 1+ }
              - source: { after: "Source", line: label }
            """;

        Assert.Equal("""{"body":["A."],"source":"Reuters"}""", backEnd.Read(Schema, "A.\nSource\nReuters").Json);
        Assert.Equal("""{"body":["A."],"source":null}""", backEnd.Read(Schema, "A.").Json);

        // The farthest failure is the label after the marker, not the marker left over.
        ArticleIssue error = Assert.Single(backEnd.Read(Schema, "A.\nSource\nB.").Issues);
        Assert.Equal("source", error.Path);
        Assert.Equal("""Line 3 does not fit the layout: found "B."; expected source (label).""", error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void Marker_lines_are_reserved_for_marker_slots_and_match_in_any_case(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Story
            layout:
              - lines: { line: any, repeat: 0+ }
              - credit: { marker: "Summarized by", capture: rest, optional: true }
            """;

        Assert.Equal("""{"lines":["One","Two."],"credit":"Metro Desk"}""", backEnd.Read(Schema, "One\nTwo.\nsummarized BY  Metro Desk").Json);
        Assert.Equal("""{"lines":["One"],"credit":""}""", backEnd.Read(Schema, "One\nSummarized by\t").Json);

        // A colon is not white space: this is no marker line, so 'any' reads it.
        Assert.Equal("""{"lines":["One","Summarized by: Desk"],"credit":null}""", backEnd.Read(Schema, "One\nSummarized by: Desk").Json);

        // 'any' cannot read a marker line, so the marker ends the repetition even at the top.
        ArticleIssue error = Assert.Single(backEnd.Read(Schema, "Summarized by\nOne").Issues);
        Assert.Equal("""Line 2 does not fit the layout: found "One"; expected the end of the article.""", error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void The_document_spans_its_text_from_the_first_line_to_the_last(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Outline, "\n  Title\n\nBody one.\nBody two. \n\n");

        // From the first non-white-space character of the first line to just after the last one of the last line.
        Assert.Equal(new SourceSpan(2, 3, 5, 10, 3, 26), outcome.Span);
    }
}
