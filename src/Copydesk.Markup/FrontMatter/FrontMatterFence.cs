namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// Where the front matter of an article stands: between a <c>---</c> line that is the very first line of the text
/// (after a byte order mark) and the next <c>---</c> line. Trailing spaces and tabs after either fence are allowed.
/// </summary>
/// <param name="Opened">Whether the text opens with a <c>---</c> line.</param>
/// <param name="Closed">Whether a closing <c>---</c> line follows; when not, the text has no body.</param>
/// <param name="OpeningSpan">The opening fence, or an empty span at the start of the text when there is none.</param>
/// <param name="YamlStart">The offset of the first character of the YAML (the line after the opening fence).</param>
/// <param name="YamlEnd">The offset just past the YAML (the start of the closing fence's line).</param>
/// <param name="YamlLine">The line the YAML starts on.</param>
/// <param name="BodyStart">The offset the body starts at: just past the closing fence's line break.</param>
/// <param name="BodyLine">The line the body starts on.</param>
internal readonly record struct FrontMatterFence(
    bool Opened, bool Closed, SourceSpan OpeningSpan, int YamlStart, int YamlEnd, int YamlLine, int BodyStart, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Finds the front matter of <paramref name="text"/>.</summary>
    public static FrontMatterFence Find(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsFenceLine(text, start, out int next))
        {
            return new FrontMatterFence(false, false, new SourceSpan(1, 1, 1, 1, start, 0), start, start, 1, start, 1);
        }

        var opening = new SourceSpan(1, 1, 1, 1 + Fence.Length, start, Fence.Length);
        int line = 2;
        int lineStart = next;
        while (lineStart < text.Length)
        {
            if (IsFenceLine(text, lineStart, out int afterFence))
            {
                return new FrontMatterFence(true, true, opening, next, lineStart, 2, afterFence, line + 1);
            }

            lineStart = NextLine(text, lineStart);
            line++;
        }

        return new FrontMatterFence(true, false, opening, next, text.Length, 2, text.Length, line);
    }

    // A line holding '---' and nothing else but spaces or tabs; 'next' is the start of the following line.
    private static bool IsFenceLine(string text, int lineStart, out int next)
    {
        next = lineStart;
        if (string.CompareOrdinal(text, lineStart, Fence, 0, Fence.Length) != 0)
        {
            return false;
        }

        int i = lineStart + Fence.Length;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] is not ('\r' or '\n'))
        {
            return false;
        }

        next = NextLine(text, i);
        return true;
    }

    /// <summary>The start of the line after the one holding <paramref name="from"/>; the text's length on its last line.</summary>
    internal static int NextLine(string text, int from)
    {
        int i = from;
        while (i < text.Length && text[i] is not ('\r' or '\n'))
        {
            i++;
        }

        if (i < text.Length)
        {
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }

        return i;
    }
}
