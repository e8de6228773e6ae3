using System.Collections.Generic;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>Hard-wraps text at a column, as editors and wire systems do: breaks at spaces, never inside a word.</summary>
internal static class HardWrap
{
    /// <summary>The lines of <paramref name="text"/> wrapped so none is longer than <paramref name="width"/> unless one word is.</summary>
    public static List<string> Lines(string text, int width)
    {
        var lines = new List<string>();
        int start = 0;
        while (text.Length - start > width)
        {
            int space = text.LastIndexOf(' ', start + width, width);
            if (space <= start)
            {
                space = text.IndexOf(' ', start + width);
                if (space < 0)
                {
                    break;
                }
            }

            lines.Add(text.Substring(start, space - start));
            start = space + 1;
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
