using System;
using System.Collections.Generic;
using System.Text;

namespace Copydesk.Corpus;

/// <summary>
/// Lays out units as hard-wrapped plain text for schemas with <c>input: paragraphs</c>: each unit is wrapped at a
/// width drawn per article (40 to 79 columns) and set apart by a blank line or, where an indented line starts a
/// paragraph, by indenting its first line, as wire copy does.
/// </summary>
public static class ParagraphWrapper
{
    /// <summary>The physical lines of <paramref name="units"/>, wrapped.</summary>
    /// <param name="units">The text of each unit, in order.</param>
    /// <param name="random">The article's random source.</param>
    /// <param name="indentStartsParagraph">Whether paragraphs are told apart by indenting their first line instead of blank lines.</param>
    public static List<string> Wrap(IReadOnlyList<string> units, Random random, bool indentStartsParagraph)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(random);
        int width = random.Next(40, 80);
        var lines = new List<string>();
        for (int i = 0; i < units.Count; i++)
        {
            if (i > 0 && !indentStartsParagraph)
            {
                lines.Add(string.Empty);
            }

            int first = lines.Count;
            WrapOne(units[i], width, lines);
            if (indentStartsParagraph && lines.Count > first)
            {
                lines[first] = "   " + lines[first];
            }
        }

        return lines;
    }

    /// <summary>The units with a blank line between each two, unwrapped: Markdown blocks as a writer sets them apart.</summary>
    public static List<string> SetApart(IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var lines = new List<string>(units.Count * 2);
        foreach (string unit in units)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            lines.Add(unit);
        }

        return lines;
    }

    // Breaks at single spaces only, so joining the lines with single spaces gives the unit's text back.
    private static void WrapOne(string text, int width, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && word.Length > 0 && line.Length + 1 + word.Length > width && line[^1] != ' ')
            {
                lines.Add(line.ToString());
                line.Clear();
                line.Append(word);
                continue;
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
    }
}
