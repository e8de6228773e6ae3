using System;
using System.Text;

namespace Copydesk.Text.Quotes;

/// <summary>Tests on the words inside a pair of quotation marks.</summary>
internal static class QuoteText
{
    /// <summary>The quotation's text: trimmed, one trailing comma dropped.</summary>
    public static string Clean(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim();
        if (inner.Length > 0 && inner[^1] == ',')
        {
            inner = inner[..^1].TrimEnd();
        }

        return inner.ToString();
    }

    /// <summary>The text with every run of white space made one space.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The number of words: runs of characters that are not white space and hold a letter or digit.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        bool counted = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                counted = false;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                words++;
                counted = true;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether the words are written like a title or a name (<c>Night Harbour</c>, <c>Salt in the Kettle</c>,
    /// <c>The Hammer</c>): every word capitalised or a digit, except small words such as <c>the</c> after the first.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        bool first = true;
        bool any = false;
        int position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            int wordEnd = position;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = Core(text[position..wordEnd]);
            position = wordEnd;
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                any |= char.IsUpper(word[0]);
            }
            else if (first || !QuoteLexicon.Is(word, WordClass.TitleSmall))
            {
                return false;
            }

            first = false;
        }

        return any;
    }

    /// <summary>
    /// Whether the words read as something said: they start with a capital letter and either end like a sentence
    /// or run to four words or more.
    /// </summary>
    public static bool IsSentenceLike(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> core = Core(text);
        if (core.IsEmpty || !char.IsUpper(core[0]))
        {
            return false;
        }

        return CountWords(text) >= 4 || LastCharacter(text) is '.' or '?' or '!' or '…';
    }

    /// <summary>The last character that is neither white space nor a quotation mark, or NUL.</summary>
    public static char LastCharacter(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && !QuoteMarks.IsMark(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    // The word without the punctuation around it.
    private static ReadOnlySpan<char> Core(ReadOnlySpan<char> word)
    {
        int start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        int end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }
}
