using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;

namespace Copydesk.Cli.Output;

/// <summary>
/// File names as text output shows them. A name may hold any character but '/' and NUL; a line break in one would
/// start a new output line that CI annotators and log readers take for a real <c>file(1,1): error …</c>, and other
/// control characters can move the cursor or recolour a terminal. So control characters and the Unicode line and
/// paragraph separators are written as <c>\uXXXX</c>. JSON, SARIF and GitHub output escape by their own rules instead.
/// </summary>
public static class DisplayNames
{
    /// <summary><paramref name="name"/> with every control or line-breaking character as <c>\uXXXX</c>; unchanged when it has none.</summary>
    public static string Escape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int first = IndexOfUnsafe(name);
        if (first < 0)
        {
            return name;
        }

        var escaped = new StringBuilder(name.Length + 16).Append(name, 0, first);
        for (int i = first; i < name.Length; i++)
        {
            char c = name[i];
            if (IsUnsafe(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Names as a comma-separated list, each escaped.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(Escape));

    private static int IndexOfUnsafe(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (IsUnsafe(name[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
