using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using Copydesk.Schema.Diagnostics;

namespace Copydesk.Cli.Output;

/// <summary>
/// File names as text output shows them. A name may hold any character but '/' and NUL; a line break in one would
/// start a new output line that CI annotators and log readers take for a real <c>file(1,1): error …</c>, other
/// control characters can move the cursor or recolour a terminal, and a bidirectional override or a zero-width
/// character reorders or hides part of the line. So every character <see cref="InvisibleCharacters"/> calls invisible
/// — the same decision schema diagnostics make — is written as <c>\uXXXX</c>. JSON, SARIF and GitHub output escape by
/// their own rules instead.
/// </summary>
public static class DisplayNames
{
    /// <summary><paramref name="name"/> with every invisible or line-breaking character as <c>\uXXXX</c>; the same instance when it has none.</summary>
    public static string Escape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int first = 0;
        while (first < name.Length && !InvisibleCharacters.IsInvisibleAt(name, first))
        {
            first++;
        }

        if (first == name.Length)
        {
            return name;
        }

        var escaped = new StringBuilder(name.Length + 16).Append(name, 0, first);
        for (int i = first; i < name.Length; i++)
        {
            if (InvisibleCharacters.IsInvisibleAt(name, i))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)name[i]:X4}");
            }
            else
            {
                escaped.Append(name[i]);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Names as a comma-separated list, each escaped.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(Escape));
}
