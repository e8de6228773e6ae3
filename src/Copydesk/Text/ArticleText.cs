using System;

namespace Copydesk.Text;

/// <summary>
/// Turns raw article text into the sequence of lines a schema parses: a leading byte order mark is
/// dropped, CRLF and CR end lines like LF, every line is trimmed of Unicode white space (NBSP and tabs
/// included) and white-space-only lines are skipped. Each line keeps its place in the original text.
/// </summary>
public static class ArticleText
{
    /// <summary>Splits <paramref name="text"/> into its non-blank, trimmed lines.</summary>
    /// <param name="text">The raw article text.</param>
    /// <returns>The lines in order; empty when the text holds nothing but white space.</returns>
    public static TextLine[] SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A paragraph line of a news article averages well over 64 characters; start there and grow.
        var lines = new TextLine[Math.Max(4, text.Length / 64)];
        int count = 0;
        var walk = new PhysicalLines(text);
        while (walk.MoveNext())
        {
            if (walk.IsBlank)
            {
                continue;
            }

            if (count == lines.Length)
            {
                Array.Resize(ref lines, lines.Length * 2);
            }

            lines[count++] = walk.Line;
        }

        if (count != lines.Length)
        {
            Array.Resize(ref lines, count);
        }

        return lines;
    }
}
