using System.Linq;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests.Units;

/// <summary><c>input: paragraphs</c>: hard-wrapped lines up to a blank line (or an indented line, when asked) are one unit.</summary>
public sealed class ParagraphUnitTests
{
    [Fact]
    public void A_blank_line_ends_a_paragraph_and_its_lines_are_joined_with_single_spaces()
    {
        const string Text = "The council voted\non Tuesday  to close\nthe bridge.\n\nRepairs start in May.\n";

        TextUnit[] units = ArticleUnits.Paragraphs(Text);

        Assert.Equal(["The council voted on Tuesday  to close the bridge.", "Repairs start in May."], units.Select(u => u.Text));
        Assert.All(units, u => Assert.Equal(UnitKind.Paragraph, u.Kind));
        Assert.Equal(["The council voted", "on Tuesday  to close", "the bridge."], units[0].Lines.Select(l => l.Text));
        Assert.Equal(new SourceSpan(1, 1, 3, 12, 0, Text.IndexOf("\n\n", System.StringComparison.Ordinal)), units[0].Span);
        Assert.Equal(5, units[1].Span.Line);
    }

    [Fact]
    public void Lines_of_white_space_count_as_blank_and_CRLF_and_CR_end_lines()
    {
        TextUnit[] units = ArticleUnits.Paragraphs("One\r\ntwo\r\n \t\u00A0\r\nThree\rfour");

        Assert.Equal(["One two", "Three four"], units.Select(u => u.Text));
        Assert.Equal([1, 4], units.Select(u => u.Span.Line));
    }

    [Fact]
    public void Indented_lines_start_nothing_unless_asked()
    {
        const string Text = "   First paragraph starts\nand goes on.\n   Second paragraph\nends here.\n";

        Assert.Single(ArticleUnits.Paragraphs(Text));
        TextUnit[] units = ArticleUnits.Paragraphs(Text, indentStartsParagraph: true);

        Assert.Equal(["First paragraph starts and goes on.", "Second paragraph ends here."], units.Select(u => u.Text));
        Assert.Equal([3, 3], units.Select(u => u.Indentation));
    }

    [Fact]
    public void Indentation_is_measured_from_the_margin_so_uniformly_indented_text_is_not_split()
    {
        const string Text = "    All of this text\n    is indented by four\n      but this line starts a paragraph\n    that goes on.\n";

        TextUnit[] units = ArticleUnits.Paragraphs(Text, indentStartsParagraph: true);

        Assert.Equal(["All of this text is indented by four", "but this line starts a paragraph that goes on."], units.Select(u => u.Text));
    }

    [Fact]
    public void A_tab_indents_like_spaces_to_the_next_multiple_of_four()
    {
        TextUnit[] units = ArticleUnits.Paragraphs("\tOne starts\nhere.\n\tTwo starts\nhere.", indentStartsParagraph: true);

        Assert.Equal(["One starts here.", "Two starts here."], units.Select(u => u.Text));
        Assert.Equal([4, 4], units.Select(u => u.Indentation));
    }

    [Fact]
    public void Text_with_nothing_but_white_space_has_no_paragraphs()
    {
        Assert.Empty(ArticleUnits.Paragraphs(" \n\t\r\n"));
        Assert.Empty(ArticleUnits.Paragraphs(string.Empty, indentStartsParagraph: true));
    }
}
