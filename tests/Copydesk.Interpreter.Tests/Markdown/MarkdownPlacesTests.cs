using System;
using System.Linq;
using Copydesk.Markup.Markdown;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Interpreter.Tests.Markdown;

/// <summary>
/// Where Markdown units stand: every span's lines and columns agree with the offsets it covers, counted the way the
/// plain-text input models count them, whatever the order the blocks' offsets come in, and a unit's physical lines are
/// the non-blank lines its span covers.
/// </summary>
public sealed class MarkdownPlacesTests
{
    private const string Post =
        "\uFEFF# Title\r\n\r\n- ```\r\n  code first\r\n  ```\r\n  - nested item\r  - another\n\n    more of it\n" +
        "1. one\n2.\n   > quoted *words*\n   > ---\n\n| a | b |\n|---|---|\n| [x](u) | y |\n\n***\n\tindented code\n\nLast line";

    [Fact]
    public void Every_span_is_placed_where_its_offsets_are()
    {
        TextUnit[] units = MarkdownUnits.Read(Post);

        Assert.True(units.Length >= 10);
        Assert.All(units, unit =>
        {
            Assert.Equal(Place(unit.Span.Offset), (unit.Span.Line, unit.Span.Column));
            (int endLine, int endColumn) = Place(unit.Span.Offset + Math.Max(unit.Span.Length, 1) - 1);
            Assert.Equal(endLine, unit.Span.EndLine);
            Assert.Equal(unit.Span.Length == 0 ? endColumn : endColumn + 1, unit.Span.EndColumn);
        });
    }

    [Fact]
    public void A_unit_keeps_the_trimmed_non_blank_lines_its_span_covers()
    {
        TextUnit[] units = MarkdownUnits.Read(Post);

        Assert.All(units, unit =>
        {
            string[] expected = Enumerable.Range(unit.Span.Line, unit.Span.EndLine - unit.Span.Line + 1)
                .Select(line => PhysicalLine(line).Trim())
                .Where(line => line.Length > 0)
                .ToArray();
            Assert.Equal(expected, unit.Lines.Select(line => line.Text));
            Assert.All(unit.Lines, line => Assert.Equal(line.Text, Post.Substring(line.Span.Offset, line.Span.Length)));
        });
    }

    [Fact]
    public void A_break_in_a_quote_is_its_line_as_written()
    {
        TextUnit unit = Assert.Single(MarkdownUnits.Read("> text\n> ***\n"), u => u.Kind == UnitKind.ThematicBreak);

        Assert.Equal("> ***", unit.Text);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\n# Heading\n\nText *here* and [a link](https://example.com).\n")]
    [InlineData("---\r\ntitle: A\r\n---   \r\n\r\n- item\r\n  - nested\r\n")]
    [InlineData("---\ntitle: A\n...\nmore: b\n---\nBody.\n")]
    [InlineData("---\ntitle: A\n---\n---\nnot: front matter\n---\nBody.\n")]
    [InlineData("---\n\ntitle: A\n---\nBody.")]
    [InlineData("---\ntitle: A\n---")]
    public void A_body_after_front_matter_reads_as_the_body_alone_would(string text)
    {
        int bodyOffset = BodyStart(text);

        TextUnit[] inPlace = MarkdownUnits.Read(text, bodyOffset);
        TextUnit[] alone = MarkdownUnits.Read(text.Substring(bodyOffset));

        Assert.Equal(
            alone.Select(u => (u.Kind, u.Text, u.Span.Offset + bodyOffset, u.Span.Length, u.Lines.Count)),
            inPlace.Select(u => (u.Kind, u.Text, u.Span.Offset, u.Span.Length, u.Lines.Count)));
    }

    // Just past the line break of the second line that is a fence ('---' and trailing spaces).
    private static int BodyStart(string text)
    {
        int fences = 0;
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length : end + 1;
            if (text.Substring(start, next - start).TrimEnd() == "---" && ++fences == 2)
            {
                return next;
            }

            start = next;
        }

        throw new InvalidOperationException("The text has no front matter.");
    }

    // The reference: line starts after LF, after a CR no LF follows; the byte order mark is no column.
    private static (int Line, int Column) Place(int offset)
    {
        int line = 1, start = 1;
        for (int i = 0; i < offset; i++)
        {
            if (Post[i] == '\n' || (Post[i] == '\r' && Post[i + 1] != '\n'))
            {
                (line, start) = (line + 1, i + 1);
            }
        }

        return (line, offset - start + 1);
    }

    private static string PhysicalLine(int number) => Post.Substring(1).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')[number - 1];
}
