using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.Text;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests.Units;

/// <summary>
/// Units point into the article text: a unit's text and its physical lines are made the first time they are read,
/// once, and line classes read its characters without making them into a string.
/// </summary>
public sealed class SourceUnitTests
{
    private const string Wrapped = "\uFEFF  The council voted\r\non Tuesday  to close\tthe\r\n\tbridge.\n\nRepairs start in May.\rNo date yet.";

    [Fact]
    public void A_line_unit_makes_its_text_once_and_its_value_and_only_line_share_that_string()
    {
        TextUnit unit = ArticleUnits.Lines("Headline\n  A second line  \n")[1];

        string text = unit.Text;

        Assert.Equal("A second line", text);
        Assert.Same(text, unit.Text);
        Assert.Same(text, unit.ToTextLine().Text);
        Assert.Same(text, Assert.Single(unit.Lines).Text);
    }

    [Fact]
    public void The_only_line_of_a_line_unit_read_after_its_text_is_that_text_and_nothing_is_walked()
    {
        TextUnit[] units = ArticleUnits.Lines("Headline\n  A second line  \n");
        _ = (units[0].Text, units[0].Lines);
        TextUnit unit = units[1];
        string text = unit.Text;

        long before = GC.GetAllocatedBytesForCurrentThread();
        IReadOnlyList<TextLine> lines = unit.Lines;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, Assert.Single(lines).Text);
        Assert.True(allocated <= 64, $"{allocated} bytes: more than one array of one line");
    }

    [Fact]
    public void Length_and_characters_of_a_line_unit_are_read_without_making_a_string()
    {
        TextUnit[] units = ArticleUnits.Lines("Headline\nThe council voted on Tuesday to close the bridge.\n");
        string[] suffixes = ["bridge."];
        TextUnit unit = units[1];
        _ = unit.AsSpan();

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool tested = unit.Length == 49
            && TextRules.IsSentence(unit.AsSpan())
            && TextRules.EndsWithAny(unit.AsSpan(), suffixes)
            && TextRules.WordCountWithin(unit.AsSpan(), 9, 9);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(tested);
        Assert.Equal(0, allocated);
        Assert.Equal("The council voted on Tuesday to close the bridge.", unit.Text);
    }

    [Fact]
    public void A_paragraph_keeps_its_lines_as_places_and_makes_each_line_once()
    {
        TextUnit paragraph = ArticleUnits.Paragraphs(Wrapped)[0];

        Assert.Equal(
            [
                new TextLine("The council voted", new SourceSpan(1, 3, 1, 20, 3, 17)),
                new TextLine("on Tuesday  to close\tthe", new SourceSpan(2, 1, 2, 25, 22, 24)),
                new TextLine("bridge.", new SourceSpan(3, 2, 3, 9, 49, 7)),
            ],
            paragraph.Lines);
        Assert.Same(paragraph.Lines[1].Text, paragraph.Lines[1].Text);
        Assert.Same(paragraph.Lines, paragraph.Lines);
        Assert.Equal(new SourceSpan(1, 3, 3, 9, 3, 53), paragraph.Span);
    }

    [Fact]
    public void A_paragraph_text_is_its_lines_joined_with_single_spaces_made_once()
    {
        TextUnit[] units = ArticleUnits.Paragraphs(Wrapped);

        Assert.Equal("The council voted on Tuesday  to close\tthe bridge.", units[0].Text);
        Assert.Equal(units[0].Text.Length, units[0].Length);
        Assert.Same(units[0].Text, units[0].Text);
        Assert.Equal(string.Join(' ', units[0].Lines.Select(line => line.Text)), units[0].Text);
        Assert.Equal("Repairs start in May. No date yet.", units[1].Text);
        Assert.Equal(["Repairs start in May.", "No date yet."], units[1].Lines.Select(line => line.Text));
    }

    [Fact]
    public void A_paragraph_of_one_line_and_its_line_share_one_string()
    {
        TextUnit unit = Assert.Single(ArticleUnits.Paragraphs("\n   One line only.  \n\n"));

        Assert.Same(unit.Text, Assert.Single(unit.Lines).Text);
        Assert.Equal(new SourceSpan(2, 4, 2, 18, 4, 14), unit.Span);
    }

    [Fact]
    public void A_unit_with_its_own_text_keeps_the_physical_lines_its_span_covers_and_shares_a_line_that_is_its_text()
    {
        const string Source = "> Quoted words\n> that go on\n\nPlain.";
        var quote = new TextUnit(UnitKind.Quote, new SourceSpan(1, 3, 2, 13, 2, 25), 0, Source, "Quoted words that go on");
        var plain = new TextUnit(UnitKind.Paragraph, new SourceSpan(4, 1, 4, 7, 29, 6), 0, Source, "Plain.");

        Assert.Equal(["> Quoted words", "> that go on"], quote.Lines.Select(line => line.Text));
        Assert.Equal([1, 2], quote.Lines.Select(line => line.Span.Line));
        Assert.Same(plain.Text, Assert.Single(plain.Lines).Text);
    }

    [Fact]
    public void Every_thread_reading_a_unit_sees_the_same_text_and_lines()
    {
        TextUnit unit = ArticleUnits.Paragraphs(Wrapped)[0];

        string[] texts = new string[16];
        string[] lines = new string[16];
        Parallel.For(0, texts.Length, i => (texts[i], lines[i]) = (unit.Text, unit.Lines[2].Text));

        Assert.All(texts, text => Assert.Same(texts[0], text));
        Assert.All(lines, line => Assert.Same(lines[0], line));
    }

    [Theory]
    [InlineData(-1, 1, 1)]
    [InlineData(0, 99, 1)]
    [InlineData(5, 1, 7)]
    public void A_span_outside_its_source_is_refused(int offset, int length, int column)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextUnit(UnitKind.Line, new SourceSpan(1, column, 1, column + length, offset, length), 0, "Short text", null));
    }

    [Fact]
    public void A_source_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => new TextUnit(UnitKind.Line, default, 0, null!, null));
    }
}
