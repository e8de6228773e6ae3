using System;
using System.Text;

namespace Copydesk.Text;

/// <summary>
/// Reads an attribution line into speaker and context, for <see cref="ValueParsers.Attribution"/>: the one place
/// the rule lives, called by generated parsers and the interpreter alike.
/// </summary>
/// <remarks>
/// Two shapes are recognised. <b>Name first</b> (<c>— Commissioner Dana Whitfield, speaking after the vote</c>):
/// the speaker is the run of capitalised words at the start. <b>Role before a name</b> (<c>Head librarian Tomás
/// Reyes, speaking at the ribbon cutting</c>, the usual shape in news copy): a capitalised word, one to
/// <see cref="MaxRoleWords"/> lower-case words, then at least <see cref="MinNameWords"/> capitalised words; the name
/// is the speaker and the role, followed by the rest of the line, is the context. The role shape is held to
/// those bounds so a line that starts a sentence (<c>Volesky in a video briefing from Baghdad</c>), names a group
/// (<c>Restaurant owners</c>) or begins with a number (<c>4H club leader Dana Pruitt</c>) keeps reading name first.
/// </remarks>
internal static class AttributionReader
{
    /// <summary>The most lower-case words a role may have after its capitalised first word.</summary>
    public const int MaxRoleWords = 3;

    /// <summary>The fewest words the name after a role must have; a single capitalised word may be a place or a day.</summary>
    public const int MinNameWords = 2;

    // Words that start a clause or a phrase rather than continue a job title: a line with one of them before the
    // capitalised words does not put a role before a name ("Volesky in a briefing from New York").
    private static readonly string[] NotRoleWords =
    [
        "a", "an", "the", "of", "in", "at", "on", "for", "from", "to", "with", "by", "and", "or", "but", "as", "after",
        "before", "during", "via", "per", "said", "says", "told", "added", "according", "who", "which", "that", "when",
        "while", "speaking", "writing", "quoted",
    ];

    public static Attribution Read(TextLine line)
    {
        string text = line.Text;
        int start = 0;
        if (text.Length > 0 && text[0] is '—' or '–' or '―' or '-')
        {
            start = SkipWhiteSpace(text, 1);
        }

        if (RoleBeforeName(text, start) is { } role)
        {
            Run name = ReadName(text, role.NameStart);
            if (name.Words >= MinNameWords)
            {
                string roleText = text.Substring(start, role.End - start);
                ReadOnlySpan<char> rest = text.AsSpan(name.ContextStart).Trim();
                string context = rest.IsEmpty ? roleText : roleText + (name.EndsWithComma ? ", " : " ") + rest.ToString();
                return new Attribution(text, text.Substring(role.NameStart, name.End - role.NameStart), context, line.Span);
            }
        }

        Run speaker = ReadName(text, start);
        ReadOnlySpan<char> remainder = text.AsSpan(speaker.ContextStart).Trim();
        return new Attribution(
            text,
            speaker.End > start ? text.Substring(start, speaker.End - start) : null,
            remainder.IsEmpty ? null : remainder.ToString(),
            line.Span);
    }

    /// <summary>
    /// The longest run of words from <paramref name="position"/> that start with an upper-case letter or a digit,
    /// ending before the first other word or right after a word that ends with a comma (the comma is left out).
    /// </summary>
    private static Run ReadName(string text, int position)
    {
        int end = position;
        int words = 0;
        while (position < text.Length)
        {
            int wordEnd = WordEnd(text, position);
            if (!Rune.TryGetRuneAt(text, position, out Rune first) || !TextRules.StartsName(first))
            {
                return new Run(end, position, words, false);
            }

            words++;
            if (text[wordEnd - 1] == ',')
            {
                return new Run(wordEnd - 1, wordEnd, words, true);
            }

            end = wordEnd;
            position = SkipWhiteSpace(text, wordEnd);
        }

        return new Run(end, text.Length, words, false);
    }

    // A capitalised word of letters, then one to MaxRoleWords lower-case words of letters that are not
    // NotRoleWords, then a word that may start a name. Returns where the role ends and the name starts.
    private static (int End, int NameStart)? RoleBeforeName(string text, int position)
    {
        int wordEnd = WordEnd(text, position);
        if (wordEnd == position || !IsWordOfLetters(text, position, wordEnd) || !char.IsUpper(text, position))
        {
            return null;
        }

        int roleEnd = wordEnd;
        int roleWords = 0;
        position = SkipWhiteSpace(text, wordEnd);
        while (position < text.Length)
        {
            wordEnd = WordEnd(text, position);
            if (char.IsLower(text, position))
            {
                if (++roleWords > MaxRoleWords || !IsWordOfLetters(text, position, wordEnd) || IsNotRoleWord(text, position, wordEnd))
                {
                    return null;
                }

                roleEnd = wordEnd;
                position = SkipWhiteSpace(text, wordEnd);
                continue;
            }

            return roleWords > 0 && Rune.TryGetRuneAt(text, position, out Rune first) && Rune.IsLetter(first) && TextRules.StartsName(first)
                ? (roleEnd, position)
                : null;
        }

        return null;
    }

    // Letters, with hyphens and apostrophes inside ("co-founder", "editor-in-chief"); no digits or punctuation.
    private static bool IsWordOfLetters(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) && !(i > start && i < end - 1 && text[i] is '-' or '\'' or '’') && !char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNotRoleWord(string text, int start, int end)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        foreach (string stop in NotRoleWords)
        {
            if (word.Equals(stop.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordEnd(string text, int position)
    {
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>A run of name words: where it ends, where the context starts, how many words, and whether a comma closed it.</summary>
    private readonly record struct Run(int End, int ContextStart, int Words, bool EndsWithComma);
}
