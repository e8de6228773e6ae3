using System;
using System.Collections.Generic;

namespace Copydesk.Markup.Markdown;

/// <summary>
/// Where each physical line of an article text starts, so an offset becomes a line and column the way the plain-text
/// input models count them: lines end at LF, CRLF or CR, and a byte order mark is not a column.
/// </summary>
internal sealed class SourceLines
{
    private readonly string text;
    private readonly List<int> starts = [0];

    public SourceLines(string text)
    {
        Text = text;
        this.text = text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The whole article text.</summary>
    public string Text { get; }

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int IndexOf(int offset)
    {
        int index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The 1-based column of <paramref name="offset"/> on its line; a leading byte order mark is not counted.</summary>
    public int ColumnOf(int offset, int lineIndex)
    {
        int start = starts[lineIndex];
        if (lineIndex == 0 && text.Length > 0 && text[0] == '\uFEFF')
        {
            start = Math.Min(offset, 1);
        }

        return offset - start + 1;
    }

    /// <summary>The span from <paramref name="first"/> up to (not including) <paramref name="end"/>.</summary>
    public SourceSpan Span(int first, int end)
    {
        int line = IndexOf(first);
        int endLine = end > first ? IndexOf(end - 1) : line;
        int endColumn = end > first ? ColumnOf(end - 1, endLine) + 1 : ColumnOf(first, line);
        return new SourceSpan(line + 1, ColumnOf(first, line), endLine + 1, endColumn, first, end - first);
    }

    /// <summary>The non-blank physical lines from the line of <paramref name="first"/> to the line of <paramref name="last"/>, trimmed and located.</summary>
    public TextLine[] Lines(int first, int last)
    {
        var lines = new List<TextLine>();
        for (int index = IndexOf(first); index <= IndexOf(last) && index < starts.Count; index++)
        {
            int start = Math.Max(starts[index], index == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            int end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
            while (end > start && text[end - 1] is '\n' or '\r')
            {
                end--;
            }

            int from = start;
            while (from < end && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            int to = end;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                lines.Add(new TextLine(text.Substring(from, to - from), Span(from, to)));
            }
        }

        return lines.ToArray();
    }

    /// <summary>The columns of white space before <paramref name="offset"/> on its line, a tab advancing to the next multiple of 4.</summary>
    public int IndentationOf(int offset)
    {
        int index = IndexOf(offset);
        int columns = 0;
        for (int i = starts[index]; i < offset && i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            columns = text[i] == '\t' ? columns + 4 - (columns % 4) : columns + 1;
        }

        return columns;
    }
}
