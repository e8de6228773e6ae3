using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// The offsets at which the lines of a text start, with the line breaks the compiler and YAML both know:
/// CR, LF, CR LF, NEL (U+0085), LS (U+2028) and PS (U+2029).
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> starts = new() { 0 };
    private readonly int length;

    public LineMap(string text)
    {
        length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The number of lines.</summary>
    public int Count => starts.Count;

    /// <summary>The offset at which 1-based <paramref name="line"/> starts.</summary>
    public int Start(int line) => starts[line - 1];

    /// <summary>The offset just after the last character of 1-based <paramref name="line"/>, before its line break.</summary>
    public int End(int line, string text)
    {
        int end = line < starts.Count ? starts[line] : length;
        while (end > starts[line - 1] && text[end - 1] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
        {
            end--;
        }

        return end;
    }

    /// <summary>The range from offset <paramref name="from"/> to <paramref name="to"/> (exclusive), clamped to the text.</summary>
    public TextRange Range(long from, long to)
    {
        int start = Clamp(from);
        int end = Math.Max(start, Clamp(to));
        (int startLine, int startColumn) = Position(start);
        (int endLine, int endColumn) = Position(end);
        return new TextRange(startLine, startColumn, endLine, endColumn, start, end);
    }

    public int Clamp(long offset) => (int)Math.Max(0, Math.Min(offset, length));

    /// <summary>The 1-based line and column (in UTF-16 code units) of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int line = starts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - starts[line] + 1);
    }
}
