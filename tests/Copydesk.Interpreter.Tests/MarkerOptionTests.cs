using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Markers with alternatives, with case, and reserved only where the schema could read them (language reference,
/// section 6), on the kind of text that needs them: mailing-list posts that quote other messages' headers and wire
/// copy with its many end marks. Both back ends are held to the same expectations.
/// </summary>
public sealed class MarkerOptionTests
{
    /// <summary>A mailing-list post: headers as markers that capture their value, a body, and a signature after <c>--</c>.</summary>
    private static string ListPost(string reserved) => $$"""
        copydesk: 1
        type: ListPost
        layout:
          - from:      { marker: "From:", capture: rest{{reserved}} }
          - date:      { marker: ["Date:", "Sent:"], capture: rest{{reserved}} }
          - subject:   { marker: "Subject:", capture: rest{{reserved}} }
          - body:      { line: any, repeat: 1+ }
          - signature: { after: "--", line: any, repeat: 1+{{reserved}} }
        """;

    /// <summary>A post that quotes a forwarded message, headers and all, in its body.</summary>
    private const string ForwardedPost = """
        From: Ana Ruiz <ana.ruiz@harborwatch.example>
        Sent: Mon, 3 Mar 2025 09:14:02 +0000
        Subject: [harbor-list] Minutes of the March commission meeting

        Hi all,

        Below are my notes from last night. The clerk's summary, forwarded as it came:

        From: Office of the City Clerk <clerk@harbor.example>
        Date: Fri, 28 Feb 2025 17:40:11 -0500
        The commission approved the night curfew for container traffic by a vote of 5-2.

        Public comment ran past eleven; most speakers lived on Pier Street.

        --
        Ana Ruiz, Harbor Watch
        https://harborwatch.example
        """;

    private static readonly string ForwardedPostJson =
        """{"from":"Ana Ruiz <ana.ruiz@harborwatch.example>","date":"Mon, 3 Mar 2025 09:14:02 +0000","subject":"[harbor-list] Minutes of the March commission meeting",""" +
        """ "body":["Hi all,","Below are my notes from last night. The clerk's summary, forwarded as it came:","From: Office of the City Clerk <clerk@harbor.example>","Date: Fri, 28 Feb 2025 17:40:11 -0500","The commission approved the night curfew for container traffic by a vote of 5-2.","Public comment ran past eleven; most speakers lived on Pier Street."],""".TrimStart() +
        """ "signature":["Ana Ruiz, Harbor Watch","https://harborwatch.example"]}""".TrimStart();

    /// <summary>Wire copy: a slug, a headline, paragraphs, an optional advisory and one of the end marks desks use.</summary>
    private const string WireCopy = """
        copydesk: 1
        type: WireCopy
        layout:
          - slug:       { line: label }
          - headline:   { line: label }
          - paragraphs: { line: sentence, repeat: 1+ }
          - advisory:   { marker: "ADVISORY", capture: rest, caseSensitive: true, optional: true }
          - end:        { marker: ["###", "-30-", "- 30 -", "ENDS"], caseSensitive: true }
        """;

    [Theory]
    [EachBackEnd]
    public void Header_lines_quoted_in_the_body_are_ordinary_lines_when_the_headers_are_reserved_only_where_read(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(ListPost(", reserved: where-read"), ForwardedPost);

        Assert.Empty(outcome.Issues);
        Assert.Equal(ForwardedPostJson, outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void Header_lines_reserved_everywhere_stop_the_body_at_the_first_quoted_header(BackEnd backEnd)
    {
        // The default: every line matching a marker is reserved, so 'any' cannot read the forwarded 'From:' line.
        ArticleOutcome outcome = backEnd.Read(ListPost(string.Empty), ForwardedPost);

        Assert.Null(outcome.Json);
        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.ParseError, error.Code);
        Assert.Equal(9, error.Span.Line);
        Assert.Equal(
            """Line 9 does not fit the layout: found "From: Office of the City Clerk <clerk@harbor.example>" (a marker line); expected body (any), signature (marker "--") or the end of the article.""",
            error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_marker_reserved_only_where_read_still_ends_the_repeat_it_follows(BackEnd backEnd)
    {
        // '--' may be read right after a body line, so the body leaves it alone; the signature's lines are read by 'any'.
        ArticleOutcome outcome = backEnd.Read(ListPost(", reserved: where-read"), "From: a@b.example\nDate: today\nSubject: Hi\nOne line.\n--\nA.\n");

        Assert.Equal("""{"from":"a@b.example","date":"today","subject":"Hi","body":["One line."],"signature":["A."]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_header_line_where_the_header_is_expected_is_still_read_as_the_header(BackEnd backEnd)
    {
        // Each header is where the schema reads it; the alternatives of 'date' capture what follows either text.
        ArticleOutcome outcome = backEnd.Read(ListPost(", reserved: where-read"), "FROM: a@b.example\ndate: 3 March\nSubject:\nText.\n--\nA.\n");

        Assert.Equal("""{"from":"a@b.example","date":"3 March","subject":"","body":["Text."],"signature":["A."]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd("###", "-30-", "- 30 -", "ENDS")]
    public void Any_alternative_of_a_marker_ends_the_story(BackEnd backEnd, string endMark)
    {
        string story = $"""
            HARBOR-CURFEW
            Harbor commission votes night curfew
            PORTSMOUTH, Maine — The harbor commission voted 5-2 on Tuesday to bar container traffic after 10 p.m.
            Advisory panels had asked for the curfew since 2023.
            {endMark}
            """;

        ArticleOutcome outcome = backEnd.Read(WireCopy, story);

        Assert.Empty(outcome.Issues);
        Assert.EndsWith($$""","advisory":null,"end":"{{endMark}}"}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_case_sensitive_marker_leaves_a_sentence_that_starts_with_the_word_to_the_paragraphs(BackEnd backEnd)
    {
        // Without case, "Advisory panels had asked …" would be the ADVISORY marker capturing "panels had asked …".
        const string Story = """
            HARBOR-CURFEW
            Harbor commission votes night curfew
            The harbor commission voted 5-2 on Tuesday to bar container traffic after 10 p.m.
            Advisory panels had asked for the curfew since 2023.
            ADVISORY Corrects vote count in first paragraph
            ###
            """;

        ArticleOutcome outcome = backEnd.Read(WireCopy, Story);

        Assert.Equal(
            """{"slug":"HARBOR-CURFEW","headline":"Harbor commission votes night curfew","paragraphs":["The harbor commission voted 5-2 on Tuesday to bar container traffic after 10 p.m.","Advisory panels had asked for the curfew since 2023."],"advisory":"Corrects vote count in first paragraph","end":"###"}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_case_sensitive_marker_does_not_match_in_another_case(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(WireCopy, "SLUG\nHeadline\nOne sentence.\nends\n");

        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(
            """Line 4 does not fit the layout: found "ends"; expected paragraphs (sentence), advisory (marker "ADVISORY") or end (marker "###" / "-30-" / "- 30 -" / "ENDS").""",
            error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_line_yields_to_a_marker_another_case_of_its_oneOf_could_read(BackEnd backEnd)
    {
        // The 'entry' case reads any line, but a 'Note:' line starts the part case listed after it, so 'entry' leaves it.
        const string Schema = """
            copydesk: 1
            type: Digest
            parts:
              Editor:
                - said: { marker: "Editor's note:", capture: rest, reserved: where-read }
            layout:
              - title: label
              - items:
                  repeat: 1+
                  oneOf:
                    - entry: any
                    - editor: Editor
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, "Digest\nFirst item.\nEditor's note: corrected\nSecond item.\n");

        Assert.Equal(
            """{"title":"Digest","items":[{"$type":"entry","text":"First item."},{"$type":"editor","said":"corrected"},{"$type":"entry","text":"Second item."}]}""",
            outcome.Json);
    }
}
