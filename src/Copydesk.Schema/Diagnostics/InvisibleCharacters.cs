using System.Globalization;
using System.Text;

namespace Copydesk.Schema.Diagnostics;

/// <summary>
/// Makes characters that print as nothing, or that reorder the text around them, visible as <c>U+XXXX</c> in
/// diagnostic messages: controls, bidirectional and zero-width format characters, separators other than the plain
/// space, and lone surrogates. A name written with a right-to-left override must not turn its own error message around.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary><paramref name="text"/> with every invisible character written as <c>U+XXXX</c>; the same instance when there is none.</summary>
    public static string Show(string text)
    {
        int first = 0;
        while (first < text.Length && !IsInvisibleAt(text, first))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (IsInvisibleAt(text, i))
            {
                shown.Append("U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(text[i]);
            }
        }

        return shown.ToString();
    }

    /// <summary>Whether the UTF-16 unit at <paramref name="index"/> prints as nothing or reorders text (half of a valid pair does not).</summary>
    public static bool IsInvisibleAt(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            UnicodeCategory.SpaceSeparator => c != ' ',
            _ => false,
        };
    }
}
