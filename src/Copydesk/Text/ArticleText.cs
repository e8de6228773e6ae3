using System;
using System.Buffers;

namespace Copydesk.Text;

/// <summary>
/// Turns raw article text into the sequence of lines a schema parses: a leading byte order mark is
/// dropped, CRLF and CR end lines like LF, every line is trimmed of Unicode white space (NBSP and tabs
/// included) and white-space-only lines are skipped. Each line keeps its place in the original text.
/// </summary>
public static class ArticleText
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    /// <summary>Splits <paramref name="text"/> into its non-blank, trimmed lines.</summary>
    /// <param name="text">The raw article text.</param>
    /// <returns>The lines in order; empty when the text holds nothing but white space.</returns>
    public static TextLine[] SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitLines(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0, 1);
    }

    /// <summary>
    /// Splits the body of <paramref name="text"/> that starts at <paramref name="bodyOffset"/>, on line
    /// <paramref name="bodyLine"/>, into its non-blank, trimmed lines: what follows front matter, which keeps its
    /// real line numbers and offsets in the whole text.
    /// </summary>
    /// <param name="text">The raw article text.</param>
    /// <param name="bodyOffset">Where the body starts: the first character of a line, or the end of the text.</param>
    /// <param name="bodyLine">The number of the line the body starts on (1-based).</param>
    /// <returns>The lines in order; empty when the body holds nothing but white space.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text or the line number is below 1.</exception>
    public static TextLine[] SplitLines(string text, int bodyOffset, int bodyLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(bodyOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bodyOffset, text.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(bodyLine, 1);

        // A paragraph line of a news article averages well over 64 characters; start there and grow.
        var lines = new TextLine[Math.Max(4, (text.Length - bodyOffset) / 64)];
        int count = 0;
        int lineNumber = bodyLine;
        int lineStart = bodyOffset;

        while (lineStart <= text.Length)
        {
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

            if (last > first)
            {
                if (count == lines.Length)
                {
                    Array.Resize(ref lines, lines.Length * 2);
                }

                int column = first - lineStart + 1;
                var span = new SourceSpan(lineNumber, column, lineNumber, column + (last - first), first, last - first);
                lines[count++] = new TextLine(text.Substring(first, last - first), span);
            }

            if (breakAt < 0)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            lineNumber++;
        }

        if (count != lines.Length)
        {
            Array.Resize(ref lines, count);
        }

        return lines;
    }
}
