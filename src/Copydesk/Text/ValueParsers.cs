using System;

namespace Copydesk.Text;

/// <summary>The value parsers a schema slot can name with <c>value:</c>.</summary>
public static class ValueParsers
{
    /// <summary>
    /// <c>quoted</c>: drops one pair of enclosing quotation marks (<c>"…"</c>, <c>“…”</c>, <c>‘…’</c>,
    /// <c>«…»</c> or <c>„…“</c>) and the white space inside them; other lines are kept as they are.
    /// </summary>
    public static TextLine Quoted(TextLine line)
    {
        string text = line.Text;
        if (text.Length >= 2 && IsQuotePair(text[0], text[text.Length - 1]))
        {
            // Trim the span, not a substring: one string for the value instead of two.
            return line with { Text = text.AsSpan(1, text.Length - 2).Trim().ToString() };
        }

        return line;
    }

    /// <summary>
    /// <c>attribution</c>: reads <c>— Speaker Name, context</c>. A leading dash is skipped; the speaker is the
    /// longest run of words that start with an upper-case letter or a digit, ending before the first other word
    /// or right after a word that ends with a comma (the comma is dropped); the context is the rest. A role
    /// written before a proper name (<c>Head librarian Tomás Reyes, speaking at …</c>: a capitalised word, one to
    /// three lower-case words, then a name of at least two words) gives the name as speaker and the role, followed
    /// by the rest, as context. See <see cref="AttributionReader"/>.
    /// </summary>
    public static Attribution Attribution(TextLine line) => AttributionReader.Read(line);

    private static bool IsQuotePair(char open, char close) => (open, close) switch
    {
        ('"', '"') or ('“', '”') or ('‘', '’') or ('«', '»') or ('„', '“') => true,
        _ => false,
    };
}
