using System.Linq;
using Copydesk.Markup.Markdown;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Interpreter.Tests.Markdown;

/// <summary><c>input: markdown</c>: one unit per block, with plain text, kind, level, nesting, links and its place in the file.</summary>
public sealed class MarkdownUnitTests
{
    [Fact]
    public void Headings_have_their_level_and_plain_text_without_markup()
    {
        TextUnit[] units = MarkdownUnits.Read("# The *big* `vote`\n\nSetext title\n------------\n");

        Assert.Equal([(UnitKind.Heading, 1, "The big vote"), (UnitKind.Heading, 2, "Setext title")], units.Select(u => (u.Kind, u.Level, u.Text)));
        Assert.Equal(new SourceSpan(1, 1, 1, 19, 0, 18), units[0].Span);
        Assert.Equal(3, units[1].Span.Line);
        Assert.Equal(4, units[1].Span.EndLine);
    }

    [Fact]
    public void A_wrapped_paragraph_is_one_unit_with_its_lines_and_links()
    {
        const string Text = "Read the [council's report](https://example.org/report \"Report\")\nand **the** <https://example.org/minutes>.\n";

        TextUnit unit = Assert.Single(MarkdownUnits.Read(Text));

        Assert.Equal(UnitKind.Paragraph, unit.Kind);
        Assert.Equal("Read the council's report and the https://example.org/minutes.", unit.Text);
        Assert.Equal(2, unit.Lines.Count);
        Assert.Equal(
            [new UnitLink("council's report", "https://example.org/report", "Report"), new UnitLink("https://example.org/minutes", "https://example.org/minutes", null)],
            unit.Links);
    }

    [Fact]
    public void List_items_have_their_depth_order_and_number()
    {
        const string Text = "- One\n- Two\n  1. Inner first\n  2. Inner second\n\n3) Three\n4) Four\n";

        TextUnit[] units = MarkdownUnits.Read(Text);

        Assert.Equal(
            [("One", 1, false, (int?)null), ("Two", 1, false, null), ("Inner first", 2, true, 1), ("Inner second", 2, true, 2), ("Three", 1, true, 3), ("Four", 1, true, 4)],
            units.Select(u => (u.Text, u.ListDepth, u.Ordered, u.Number)));
        Assert.All(units, u => Assert.Equal(UnitKind.ListItem, u.Kind));
        Assert.Equal((3, 3), (units[2].Span.Line, units[2].Span.Column));
        Assert.Equal(2, units[2].Indentation);
    }

    [Fact]
    public void Quote_paragraphs_code_breaks_html_and_tables_are_units()
    {
        const string Text = "> Quoted\n> words.\n\n```csharp\nvar x = 1;\n\n    indented();\n```\n\n***\n\n<div class=\"embed\">\n</div>\n\n| Team | Score |\n| --- | --- |\n| Ports | 3 |\n\n    indented code\n";

        TextUnit[] units = MarkdownUnits.Read(Text);

        Assert.Equal(
            [UnitKind.Quote, UnitKind.Code, UnitKind.ThematicBreak, UnitKind.Html, UnitKind.Table, UnitKind.Code],
            units.Select(u => u.Kind));
        Assert.Equal("Quoted words.", units[0].Text);
        Assert.Equal(1, units[0].QuoteDepth);
        Assert.Equal(("var x = 1;\n\n    indented();", "csharp"), (units[1].Text, units[1].Info));
        Assert.Equal("***", units[2].Text);
        Assert.Equal("<div class=\"embed\">\n</div>", units[3].Text);
        Assert.Equal("Team | Score\nPorts | 3", units[4].Text);
        Assert.Equal(("indented code", (string?)null), (units[5].Text, units[5].Info));
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_is_an_image_unit_with_its_alternative_text()
    {
        TextUnit unit = Assert.Single(MarkdownUnits.Read("![Harbour at dawn](/img/harbour.jpg)\n"));

        Assert.Equal((UnitKind.Image, "Harbour at dawn"), (unit.Kind, unit.Text));
        Assert.Equal(new UnitLink("Harbour at dawn", "/img/harbour.jpg", null), Assert.Single(unit.Links));
    }

    [Fact]
    public void Front_matter_at_the_top_makes_no_unit_and_lines_keep_their_numbers()
    {
        TextUnit unit = Assert.Single(MarkdownUnits.Read("---\ntitle: Ferries\ntags: [a, b]\n---\n\nBody.\n"));

        Assert.Equal((UnitKind.Paragraph, "Body.", 6), (unit.Kind, unit.Text, unit.Span.Line));
    }

    [Fact]
    public void A_body_offset_keeps_line_numbers_offsets_and_columns_of_the_whole_text()
    {
        const string Text = "\uFEFFfront\r\nmatter\r\n\r\n## Section\r\n";

        TextUnit unit = Assert.Single(MarkdownUnits.Read(Text, bodyOffset: Text.IndexOf("\r\n\r\n", System.StringComparison.Ordinal) + 2));

        Assert.Equal(new SourceSpan(4, 1, 4, 11, Text.IndexOf('#'), 10), unit.Span);
    }

    [Fact]
    public void CRLF_and_a_byte_order_mark_do_not_move_columns()
    {
        TextUnit[] units = MarkdownUnits.Read("\uFEFF# Title\r\n\r\nText here.\r\n");

        Assert.Equal([(1, 1), (3, 1)], units.Select(u => (u.Span.Line, u.Span.Column)));
        Assert.Equal(("Title", "Text here."), (units[0].Text, units[1].Text));
    }
}
