using System;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// A capture's rest read as quotes (<c>rest: { name: text, value: quotes }</c>), on both back ends: the text after the
/// match is a paragraph with its quotations and speakers, as <c>value: quotes</c> makes of a whole line; the
/// quotations are located at their columns in the article, speakers resolve across the article's paragraphs, and what
/// the pattern cut off (an inline dateline) names no speaker.
/// </summary>
public sealed class CaptureQuotesTests
{
    private const string Schema = """
        copydesk: 1
        type: Wire
        layout:
          - headline: label
          - lead:
              line: sentence
              capture:
                pattern: '^(?:(?<place>\p{Lu}[\p{Lu} .]+?) \((?<agency>[A-Za-z]+)\) (?:—|-{1,2}) )?'
                fields: { place: text, agency: text }
                rest: { name: text, value: quotes }
          - paragraphs: { line: sentence, repeat: 0+, value: quotes }
        """;

    [Theory]
    [EachBackEnd]
    public void The_text_after_an_inline_dateline_keeps_its_quotations_at_their_columns_in_the_article(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Senate passes the bill\nWASHINGTON (AP) — \"We will vote today,\" said Senator Ana Ruiz.\n\"It passed,\" she said.");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":"WASHINGTON","agency":"AP","text":{"text":"\"We will vote today,\" said Senator Ana Ruiz.","quotes":[{"text":"We will vote today","speaker":"Senator Ana Ruiz","cue":"said","resolvedSpeaker":"Ana Ruiz","span":{"line":2,"column":19,"endLine":2,"endColumn":40}}]}},"paragraphs":[{"text":"\"It passed,\" she said.","quotes":[{"text":"It passed","speaker":"she","cue":"said","resolvedSpeaker":"Ana Ruiz","span":{"line":3,"column":1,"endLine":3,"endColumn":13}}]}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void What_the_pattern_cut_off_names_no_speaker(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Talks resume\nLONDON (Reuters) - Prime Minister Keir Starmer said on Monday: \"We are ready.\"\nHe left.");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Talks resume","lead":{"place":"LONDON","agency":"Reuters","text":{"text":"Prime Minister Keir Starmer said on Monday: \"We are ready.\"","quotes":[{"text":"We are ready.","speaker":"Prime Minister Keir Starmer","cue":"said","resolvedSpeaker":"Prime Minister Keir Starmer","span":{"line":2,"column":64,"endLine":2,"endColumn":79}}]}},"paragraphs":[{"text":"He left.","quotes":[]}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_line_without_the_optional_dateline_is_a_quotes_paragraph_whole(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Talks resume\nPrime Minister Keir Starmer said on Monday: \"We are ready.\"");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Talks resume","lead":{"place":null,"agency":null,"text":{"text":"Prime Minister Keir Starmer said on Monday: \"We are ready.\"","quotes":[{"text":"We are ready.","speaker":"Prime Minister Keir Starmer","cue":"said","resolvedSpeaker":"Prime Minister Keir Starmer","span":{"line":2,"column":45,"endLine":2,"endColumn":60}}]}},"paragraphs":[]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_match_that_leaves_nothing_makes_the_rest_null(BackEnd backEnd)
    {
        string schema = Schema
            .Replace("line: sentence\n      capture:", "line: any\n      capture:", StringComparison.Ordinal)
            .Replace("(?:—|-{1,2}) )?'", "(?:—|-{1,2}))?'", StringComparison.Ordinal);

        ArticleOutcome outcome = backEnd.Read(schema, "Talks resume\nLONDON (Reuters) —");

        Assert.Empty(outcome.Issues);
        Assert.Equal("""{"headline":"Talks resume","lead":{"place":"LONDON","agency":"Reuters","text":null},"paragraphs":[]}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void In_a_paragraph_written_over_several_lines_each_quotation_keeps_its_own_line(BackEnd backEnd)
    {
        string schema = "copydesk: 1\ntype: Wire\ninput: paragraphs\n" + Schema[(Schema.IndexOf("layout:", StringComparison.Ordinal))..]
            .Replace("line: sentence\n      capture:", "line: any\n      capture:", StringComparison.Ordinal);

        ArticleOutcome outcome = backEnd.Read(schema, "Senate passes the bill\n\nWASHINGTON (AP) — The Senate voted on Monday, and Senator\nAna Ruiz said: \"We will vote again.\"\n");

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Senate passes the bill","lead":{"place":"WASHINGTON","agency":"AP","text":{"text":"The Senate voted on Monday, and Senator Ana Ruiz said: \"We will vote again.\"","quotes":[{"text":"We will vote again.","speaker":"Senator Ana Ruiz","cue":"said","resolvedSpeaker":"Ana Ruiz","span":{"line":4,"column":16,"endLine":4,"endColumn":37}}]}},"paragraphs":[]}""",
            outcome.Json);
    }
}
