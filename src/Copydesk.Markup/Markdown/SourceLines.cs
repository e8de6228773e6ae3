using System;

namespace Copydesk.Markup.Markdown;

/// <summary>
/// Turns offsets of an article text into lines and columns the way the plain-text input models count them: lines end at
/// LF, CRLF or CR, and a byte order mark is not a column. Blocks come in reading order, so the offsets asked for mostly
/// move forward: a cursor remembers the line it stands on and counts only the line breaks between it and the next
/// offset, so the text is scanned about once and no table of line starts is kept.
/// </summary>
internal sealed class SourceLines
{
    private readonly string text;

    // Where the first line starts: after a byte order mark.
    private readonly int textStart;

    // The cursor: the 0-based line it stands on and where that line starts; every line start up to `scanned` is counted.
    private int line;
    private int lineStart;
    private int scanned;

    public SourceLines(string text)
    {
        this.text = text;
        textStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        lineStart = scanned = textStart;
    }

    /// <summary>The whole article text.</summary>
    public string Text => text;

    /// <summary>The span from <paramref name="first"/> up to (not including) <paramref name="end"/>.</summary>
    public SourceSpan Span(int first, int end)
    {
        (int startLine, int startColumn) = Locate(first);
        if (end <= first)
        {
            return new SourceSpan(startLine, startColumn, startLine, startColumn, first, 0);
        }

        (int endLine, int endColumn) = Locate(end - 1);
        return new SourceSpan(startLine, startColumn, endLine, endColumn + 1, first, end - first);
    }

    /// <summary>The columns of white space before <paramref name="offset"/> on its line, a tab advancing to the next multiple of 4.</summary>
    public int IndentationOf(int offset)
    {
        Locate(offset);
        int columns = 0;
        for (int i = lineStart; i < offset && i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            columns = text[i] == '\t' ? columns + 4 - (columns % 4) : columns + 1;
        }

        return columns;
    }

    /// <summary>The physical line holding <paramref name="offset"/>, trimmed of white space.</summary>
    public string TrimmedLine(int offset)
    {
        Locate(offset);
        int end = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
        ReadOnlySpan<char> line = text.AsSpan(lineStart, end < 0 ? text.Length - lineStart : end).Trim();
        return line.ToString();
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>; the cursor moves there.</summary>
    private (int Line, int Column) Locate(int offset)
    {
        if (offset < lineStart)
        {
            Back(offset);
        }

        if (offset > scanned)
        {
            Forward(offset);
        }

        return (line + 1, offset - lineStart + 1);
    }

    // Counts the line starts in (scanned, offset]: after an LF, or after a CR that no LF follows.
    private void Forward(int offset)
    {
        int at = scanned;
        while (at < offset)
        {
            int hit = text.AsSpan(at, offset - at).IndexOfAny('\r', '\n');
            if (hit < 0)
            {
                break;
            }

            at += hit;
            if (text[at] == '\n' || at + 1 >= text.Length || text[at + 1] != '\n')
            {
                line++;
                lineStart = at + 1;
            }

            at++;
        }

        scanned = offset;
    }

    // Steps back one line at a time until the cursor's line holds offset (a unit inside a list item that came before).
    private void Back(int offset)
    {
        while (lineStart > offset && line > 0)
        {
            // The previous line ends with the break just before this line: an LF, a CR, or the CR of a CRLF.
            int breakAt = lineStart - 1;
            if (text[breakAt] == '\n' && breakAt > textStart && text[breakAt - 1] == '\r')
            {
                breakAt--;
            }

            int previous = text.AsSpan(textStart, breakAt - textStart).LastIndexOfAny('\r', '\n');
            lineStart = previous < 0 ? textStart : textStart + previous + 1;
            line--;
        }

        scanned = lineStart;
    }
}
