using System;
using System.Collections.Generic;
using System.Text;

namespace Copydesk.Corpus;

/// <summary>
/// Writes article lines as file text. Plain rendering is LF-separated; a damaged rendering adds what real files
/// carry: a byte order mark, CRLF, CR or mixed line ends, blank and white-space-only lines (spaces, tabs, NBSP,
/// em and ideographic spaces), indentation and trailing white space.
/// </summary>
public static class ArticleRenderer
{
    private static readonly string[] Blanks = [string.Empty, " ", "\t", "\u00A0", "\u2003", "\u3000", " \t\u00A0 ", "\u00A0\u00A0\t"];
    private static readonly string[] Pads = [" ", "  ", "\t", "\u00A0", "\u00A0\u00A0\u00A0", " \t", "\u2003"];
    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    /// <summary>The lines joined by LF, with a final LF.</summary>
    public static string Plain(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (string line in lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The lines with damaged white space and line ends; what was done is added to <paramref name="applied"/>.</summary>
    public static string Damaged(IReadOnlyList<string> lines, Random random, List<string> applied)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(applied);
        bool bom = Chance(random, 6, "bom", applied);
        bool blanks = Chance(random, 3, "blank-lines", applied);
        bool indent = Chance(random, 4, "indent", applied);
        int style = random.Next(5);
        applied.Add(style switch { 0 => "crlf", 1 => "cr", 2 => "mixed-endings", _ => "lf" });
        bool finalEnding = random.Next(3) != 0;

        var builder = new StringBuilder();
        if (bom)
        {
            builder.Append('\uFEFF');
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (blanks && random.Next(3) == 0)
            {
                builder.Append(NewsText.Pick(random, Blanks)).Append(Ending(style, random));
            }

            string line = lines[i];
            if (indent && random.Next(3) == 0)
            {
                line = NewsText.Pick(random, Pads) + line;
            }

            if (indent && random.Next(3) == 0)
            {
                line += NewsText.Pick(random, Pads);
            }

            builder.Append(line);
            if (i < lines.Count - 1 || finalEnding)
            {
                builder.Append(Ending(style, random));
            }
        }

        if (blanks && random.Next(2) == 0)
        {
            builder.Append(NewsText.Pick(random, Blanks)).Append(Ending(style, random)).Append(NewsText.Pick(random, Blanks));
        }

        return builder.ToString();
    }

    private static string Ending(int style, Random random) => style switch
    {
        0 => "\r\n",
        1 => "\r",
        2 => NewsText.Pick(random, Endings),
        _ => "\n",
    };

    private static bool Chance(Random random, int oneIn, string name, List<string> applied)
    {
        if (random.Next(oneIn) != 0)
        {
            return false;
        }

        applied.Add(name);
        return true;
    }
}
