using System;
using System.Linq;
using Copydesk.Text;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests;

/// <summary>Normalisation: what counts as a line, and where each line stands in the original text.</summary>
public sealed class ArticleTextTests
{
    [Fact]
    public void Blank_and_white_space_only_lines_are_skipped()
    {
        TextLine[] lines = ArticleText.SplitLines("One\n\n \t \u00A0\nTwo\n");

        Assert.Equal(["One", "Two"], [lines[0].Text, lines[1].Text]);
        Assert.Equal(4, lines[1].Span.Line);
    }

    [Theory]
    [InlineData("One\r\nTwo\r\nThree")]
    [InlineData("One\rTwo\rThree")]
    [InlineData("One\nTwo\r\nThree")]
    public void CRLF_CR_and_LF_all_end_lines(string text)
    {
        TextLine[] lines = ArticleText.SplitLines(text);

        Assert.Equal(["One", "Two", "Three"], [lines[0].Text, lines[1].Text, lines[2].Text]);
        Assert.Equal([1, 2, 3], [lines[0].Span.Line, lines[1].Span.Line, lines[2].Span.Line]);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_does_not_count_as_a_column()
    {
        TextLine line = Assert.Single(ArticleText.SplitLines("\uFEFFHeadline"));

        Assert.Equal("Headline", line.Text);
        Assert.Equal(new SourceSpan(1, 1, 1, 9, 1, 8), line.Span);
    }

    [Fact]
    public void Lines_are_trimmed_of_unicode_white_space_but_keep_inner_spaces()
    {
        TextLine line = Assert.Single(ArticleText.SplitLines("\u00A0\t  Dana\u00A0Whitfield  said so.\u2003\u00A0"));

        Assert.Equal("Dana\u00A0Whitfield  said so.", line.Text);
        Assert.Equal(5, line.Span.Column);
        Assert.Equal(4, line.Span.Offset);
    }

    [Fact]
    public void Spans_give_offsets_into_the_original_text()
    {
        const string text = "First\r\n\r\n  Second line";
        TextLine second = ArticleText.SplitLines(text)[1];

        Assert.Equal("Second line", text.Substring(second.Span.Offset, second.Span.Length));
        Assert.Equal((3, 3, 3, 14), (second.Span.Line, second.Span.Column, second.Span.EndLine, second.Span.EndColumn));
    }

    [Fact]
    public void Empty_text_has_no_lines()
    {
        Assert.Empty(ArticleText.SplitLines(string.Empty));
        Assert.Empty(ArticleText.SplitLines("\r\n \n\t"));
    }

    [Fact]
    public void A_body_after_front_matter_keeps_its_line_numbers_and_offsets()
    {
        const string text = "---\r\ntitle: T\r\n---\r\n\r\n  Headline\r\nBody.";

        TextUnit[] lines = ArticleUnits.Lines(text, text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 2);

        Assert.Equal(["Headline", "Body."], lines.Select(line => line.Text));
        Assert.Equal((5, 3), (lines[0].Span.Line, lines[0].Span.Column));
        Assert.Equal("Headline", text.Substring(lines[0].Span.Offset, lines[0].Span.Length));
    }

    [Fact]
    public void A_body_offset_outside_the_text_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleUnits.Lines("text", 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleUnits.Lines("text", -1));
    }
}
