using System;
using System.Buffers;

namespace Copydesk.Text;

/// <summary>
/// Walks the physical lines of an article text the way every input model sees them: a leading byte order mark is
/// skipped, CRLF and CR end lines like LF, and each line is measured without the Unicode white space (NBSP and tabs
/// included) around it. One walk, shared by the line and paragraph input models, so they agree on every line.
/// </summary>
internal ref struct PhysicalLines
{
    /// <summary>The tab stop the indentation of a line is measured with, as CommonMark measures it.</summary>
    public const int TabStop = 4;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    private readonly string text;
    private int next;
    private int lineNumber;
    private bool done;

    /// <summary>Walks <paramref name="text"/> from <paramref name="bodyOffset"/>, which starts a line; lines keep their numbers in the whole text.</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="bodyOffset">Where the lines to walk start, after front matter cut from the top; 0 for the whole text.</param>
    public PhysicalLines(string text, int bodyOffset = 0)
    {
        this.text = text;
        next = bodyOffset == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : bodyOffset;
        lineNumber = LinesBefore(text, bodyOffset);
        done = false;
        Start = First = Last = 0;
    }

    private PhysicalLines(string text, int lineStart, int linesBefore, bool done)
    {
        this.text = text;
        next = lineStart;
        lineNumber = linesBefore;
        this.done = done;
        Start = First = Last = 0;
    }

    /// <summary>Walks <paramref name="text"/> from <paramref name="lineStart"/>, the start of line <paramref name="lineNumber"/>, without counting the lines before it.</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="lineStart">Where a line starts (after a byte order mark on the first line).</param>
    /// <param name="lineNumber">The 1-based number of that line.</param>
    public static PhysicalLines FromLine(string text, int lineStart, int lineNumber) => new(text, lineStart, lineNumber - 1, done: false);

    /// <summary>Offset of the current line's first character, white space included.</summary>
    public int Start { get; private set; }

    /// <summary>Offset of the current line's first character that is not white space (<see cref="Last"/> on a blank line).</summary>
    public int First { get; private set; }

    /// <summary>Offset just after the current line's last character that is not white space.</summary>
    public int Last { get; private set; }

    /// <summary>The 1-based number of the current line.</summary>
    public readonly int Number => lineNumber;

    /// <summary>Whether the current line holds nothing but white space.</summary>
    public readonly bool IsBlank => Last == First;

    /// <summary>The current line, trimmed and located; only for a line that is not blank.</summary>
    public readonly TextLine Line => new(text.Substring(First, Last - First), Span);

    /// <summary>Where the current line stands, trimmed, without making its text.</summary>
    public readonly SourceSpan Span
    {
        get
        {
            int column = First - Start + 1;
            return new SourceSpan(lineNumber, column, lineNumber, column + (Last - First), First, Last - First);
        }
    }

    /// <summary>The columns of white space before the current line's first character, a tab advancing to the next multiple of <see cref="TabStop"/>.</summary>
    public readonly int Indentation
    {
        get
        {
            int columns = 0;
            for (int i = Start; i < First; i++)
            {
                columns = text[i] == '\t' ? columns + TabStop - (columns % TabStop) : columns + 1;
            }

            return columns;
        }
    }

    /// <summary>The number of line breaks (CRLF, CR or LF) before <paramref name="offset"/>.</summary>
    public static int LinesBefore(string text, int offset)
    {
        int count = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Moves to the next physical line; <see langword="false"/> after the last.</summary>
    public bool MoveNext()
    {
        if (done)
        {
            return false;
        }

        int lineStart = next;
        int breakAt = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
        int lineEnd = breakAt < 0 ? text.Length : lineStart + breakAt;

        int first = lineStart;
        while (first < lineEnd && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        int last = lineEnd;
        while (last > first && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        Start = lineStart;
        First = first;
        Last = last;
        lineNumber++;
        if (breakAt < 0)
        {
            done = true;
        }
        else
        {
            next = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return true;
    }
}
