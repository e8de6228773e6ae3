using System;
using System.Collections.Generic;
using Copydesk.Text;

namespace Copydesk.Units;

/// <summary>
/// The plain-text input models: the units a schema with <c>input: lines</c> or <c>input: paragraphs</c> reads. Both
/// see physical lines the same way: a leading byte order mark is dropped, CRLF and CR end lines like LF, lines are
/// trimmed of Unicode white space, and a line of nothing but white space is blank.
/// </summary>
public static class ArticleUnits
{
    /// <summary>One unit per non-blank line, trimmed, with its indentation (<c>input: lines</c>).</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="bodyOffset">Where the body starts, after front matter cut from the top; units keep their line numbers in the whole text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bodyOffset"/> is outside the text.</exception>
    public static TextUnit[] Lines(string text, int bodyOffset = 0)
    {
        CheckBody(text, bodyOffset);

        // A paragraph line of a news article averages well over 64 characters; start there and grow.
        var units = new List<TextUnit>(Math.Max(4, (text.Length - bodyOffset) / 64));
        var walk = new PhysicalLines(text, bodyOffset);
        while (walk.MoveNext())
        {
            if (!walk.IsBlank)
            {
                // The unit points into the text: its string is made only when something reads it.
                units.Add(new TextUnit(UnitKind.Line, walk.Span, walk.Indentation, text, text: null));
            }
        }

        return units.ToArray();
    }

    /// <summary>
    /// One unit per paragraph of hard-wrapped text (<c>input: paragraphs</c>): a paragraph ends at a blank line and,
    /// when <paramref name="indentStartsParagraph"/> is set, before a line indented deeper than the text's margin (the
    /// least indentation of any line), as in wire copy whose paragraphs start with an indented line. Its text is its
    /// trimmed lines joined with single spaces; it keeps the lines.
    /// </summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="indentStartsParagraph">Whether an indented line starts a new paragraph.</param>
    /// <param name="bodyOffset">Where the body starts, after front matter cut from the top; units keep their line numbers in the whole text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bodyOffset"/> is outside the text.</exception>
    public static TextUnit[] Paragraphs(string text, bool indentStartsParagraph = false, int bodyOffset = 0)
    {
        CheckBody(text, bodyOffset);
        int margin = indentStartsParagraph ? Margin(text, bodyOffset) : int.MaxValue;

        var units = new List<TextUnit>();
        var paragraph = new OpenParagraph(text);
        var walk = new PhysicalLines(text, bodyOffset);
        while (walk.MoveNext())
        {
            if (walk.IsBlank)
            {
                paragraph.Close(units);
                continue;
            }

            int lineIndentation = walk.Indentation;
            if (lineIndentation > margin)
            {
                paragraph.Close(units);
            }

            paragraph.Add(walk.Span, lineIndentation);
        }

        paragraph.Close(units);
        return units.ToArray();
    }

    // The least indentation of a non-blank line: wire copy indents first lines from it, whatever the whole text is indented by.
    private static int Margin(string text, int bodyOffset)
    {
        int margin = int.MaxValue;
        var walk = new PhysicalLines(text, bodyOffset);
        while (walk.MoveNext() && margin > 0)
        {
            if (!walk.IsBlank)
            {
                margin = Math.Min(margin, walk.Indentation);
            }
        }

        return margin;
    }

    // The paragraph being read: where its first and last lines stand. Its unit points into the text, which gives its
    // lines and, joined with single spaces, its text when they are read.
    private struct OpenParagraph(string text)
    {
        private SourceSpan first;
        private SourceSpan last;
        private int indentation;
        private bool open;

        public void Add(SourceSpan line, int lineIndentation)
        {
            if (!open)
            {
                (first, indentation, open) = (line, lineIndentation, true);
            }

            last = line;
        }

        public void Close(List<TextUnit> units)
        {
            if (open)
            {
                units.Add(new TextUnit(UnitKind.Paragraph, SourceSpan.Cover(first, last), indentation, text, text: null));
                open = false;
            }
        }
    }

    private static void CheckBody(string text, int bodyOffset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(bodyOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bodyOffset, text.Length);
    }
}
