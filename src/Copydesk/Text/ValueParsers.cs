using System;
using System.Text;

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
    /// or right after a word that ends with a comma (the comma is dropped); the context is the rest.
    /// </summary>
    public static Attribution Attribution(TextLine line)
    {
        string text = line.Text;
        int position = 0;
        if (text.Length > 0 && text[0] is '—' or '–' or '―' or '-')
        {
            position = SkipWhiteSpace(text, 1);
        }

        int speakerStart = position;
        int speakerEnd = position;
        int contextStart = text.Length;
        while (position < text.Length)
        {
            int wordEnd = position;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!Rune.TryGetRuneAt(text, position, out Rune first) || !TextRules.StartsName(first))
            {
                contextStart = position;
                break;
            }

            if (text[wordEnd - 1] == ',')
            {
                speakerEnd = wordEnd - 1;
                contextStart = wordEnd;
                break;
            }

            speakerEnd = wordEnd;
            position = SkipWhiteSpace(text, wordEnd);
        }

        string? speaker = speakerEnd > speakerStart ? text.Substring(speakerStart, speakerEnd - speakerStart) : null;
        ReadOnlySpan<char> context = text.AsSpan(contextStart).Trim();
        return new Attribution(text, speaker, context.IsEmpty ? null : context.ToString(), line.Span);
    }

    private static bool IsQuotePair(char open, char close) => (open, close) switch
    {
        ('"', '"') or ('“', '”') or ('‘', '’') or ('«', '»') or ('„', '“') => true,
        _ => false,
    };

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
