using System.Linq;
using Copydesk.Text;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests.Units;

/// <summary><c>input: lines</c>: one unit per non-blank line, exactly the lines of <see cref="ArticleText.SplitLines"/>, plus indentation.</summary>
public sealed class LineUnitTests
{
    [Theory]
    [InlineData("Headline\n\nFirst paragraph.\r\n  Second, indented.\r\n")]
    [InlineData("\uFEFF  Title\r\r\tTabbed line\n\u00A0NBSP line  ")]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void Units_are_the_split_lines_with_the_same_text_and_span(string text)
    {
        TextUnit[] units = ArticleUnits.Lines(text);
        TextLine[] lines = ArticleText.SplitLines(text);

        Assert.Equal(lines, units.Select(u => u.ToTextLine()));
        Assert.All(units, u => Assert.Equal(UnitKind.Line, u.Kind));
        Assert.All(units, u => Assert.Equal([u.ToTextLine()], u.Lines));
    }

    [Fact]
    public void Indentation_counts_columns_with_tabs_to_the_next_multiple_of_four()
    {
        TextUnit[] units = ArticleUnits.Lines("Flush\n  Two spaces\n\tTab\n  \tSpaces then tab\n\u00A0NBSP\n");

        Assert.Equal([0, 2, 4, 4, 1], units.Select(u => u.Indentation));
        Assert.Equal([1, 3, 2, 4, 2], units.Select(u => u.Span.Column));
    }

    [Fact]
    public void A_body_after_front_matter_keeps_its_line_numbers_and_offsets()
    {
        const string Text = "---\ntitle: A\n---\n\nBody line\n";

        TextUnit unit = Assert.Single(ArticleUnits.Lines(Text, bodyOffset: Text.IndexOf("\n\n", System.StringComparison.Ordinal) + 1));

        Assert.Equal(new SourceSpan(5, 1, 5, 10, Text.IndexOf('B'), 9), unit.Span);
    }

    [Fact]
    public void Only_line_units_have_no_markdown_properties()
    {
        TextUnit unit = Assert.Single(ArticleUnits.Lines("  A line"));

        Assert.Equal((0, 0, 0, false, null, null), (unit.Level, unit.ListDepth, unit.QuoteDepth, unit.Ordered, unit.Number, unit.Info));
        Assert.Empty(unit.Links);
    }
}
