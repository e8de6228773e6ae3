using System;
using System.Collections.Generic;
using System.Text;

namespace Copydesk.Text.Quotes;

/// <summary>What kind of words name a speaker.</summary>
internal enum SpeakerKind : byte
{
    None,

    /// <summary>A run of capitalised words: <c>Abu Saif</c>, <c>Mayor Ilse Brandt</c>, <c>The Meridian Herald</c>.</summary>
    Name,

    /// <summary><c>he</c>, <c>she</c>, <c>they</c>.</summary>
    Pronoun,

    /// <summary>A description that refers back: <c>the minister</c>, <c>the influential US daily</c>.</summary>
    Definite,

    /// <summary>A description of someone new: <c>a spokeswoman</c>, <c>one student</c>; or one with no determiner: <c>Hospital managers</c>.</summary>
    Indefinite,
}

/// <summary>The words that name a speaker: tokens <see cref="First"/>..<see cref="Last"/> of the paragraph.</summary>
internal readonly record struct SpeakerPhrase(SpeakerKind Kind, int First, int Last)
{
    public static readonly SpeakerPhrase None = new(SpeakerKind.None, -1, -1);

    public bool Found => Kind != SpeakerKind.None;
}

/// <summary>
/// Finds the speaker phrase next to a cue. Each search looks only at the tokens of one clause, so a paragraph is
/// read a bounded number of times whatever its length.
/// </summary>
internal static class SpeakerPhrases
{
    /// <summary>The longest phrase a speaker is looked for in, in tokens: a speaker is a few words, never a clause.</summary>
    private const int MaxPhrase = 10;

    /// <summary>
    /// The subject of a cue at token <paramref name="cue"/>, among tokens <paramref name="from"/>..cue-1: the phrase
    /// right before the cue, or, when an apposition or a participle clause stands between (<c>Dr. Samuel Okafor, who
    /// runs the clinic, said</c>), the name or description that opens the clause.
    /// </summary>
    public static SpeakerPhrase Subject(string text, List<Token> tokens, int from, int cue)
    {
        // A subject stands within a few phrases of its verb; looking no further keeps every search bounded.
        from = Math.Max(from, cue - (4 * MaxPhrase));
        int end = cue - 1;
        while (end >= from && IsWord(tokens[end]) && tokens[end].Is(WordClass.Adverb) && !tokens[end].CommaAfter)
        {
            end--;
        }

        // Comma-separated parts of the clause, nearest first.
        int partEnd = end;
        bool nearest = true;
        SpeakerPhrase fallback = SpeakerPhrase.None;
        while (partEnd >= from)
        {
            int partStart = partEnd;
            while (partStart > from && !tokens[partStart - 1].CommaAfter)
            {
                partStart--;
            }

            bool adjacent = nearest && !tokens[partEnd].CommaAfter;
            if (adjacent)
            {
                SpeakerPhrase phrase = AtEnd(text, tokens, partStart, partEnd);
                if (phrase.Found)
                {
                    return phrase;
                }
            }
            else if (IsBareName(text, tokens, partStart, partEnd) is { Found: true } name)
            {
                return name;
            }
            else if (partStart == from || (partStart > from && tokens[partStart - 1].SentenceEnd))
            {
                fallback = AtEnd(text, tokens, partStart, partEnd);
            }

            nearest = false;
            partEnd = partStart - 1;
        }

        return fallback;
    }

    /// <summary>
    /// The speaker named after a cue (<c>said Abu Saif, a 47-year-old resident</c>, <c>said the UN envoy, Amal
    /// Saadi</c>, <c>according to the weather service</c>), among tokens <paramref name="from"/>..<paramref name="to"/>.
    /// </summary>
    public static SpeakerPhrase After(string text, List<Token> tokens, int from, int to)
    {
        if (from > to || !IsWord(tokens[from]))
        {
            return SpeakerPhrase.None;
        }

        if (tokens[from].Is(WordClass.Pronoun))
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, from, from);
        }

        int last = from;
        int limit = Math.Min(to, from + MaxPhrase - 1);
        while (last < limit && !tokens[last].ClauseEnd && IsWord(tokens[last + 1]) && !IsStop(text, tokens[last + 1]))
        {
            last++;
        }

        bool determiner = tokens[from].Is(WordClass.Determiner);
        if (!determiner)
        {
            // The name inside the phrase: parent Tom Baptiste, Ilka Varga of the builders' association.
            for (int i = from; i <= last; i++)
            {
                if (StartsName(text, tokens[i]))
                {
                    int end = i;
                    while (end < last && !tokens[end].ClauseEnd && ContinuesName(text, tokens, end + 1, last))
                    {
                        end++;
                    }

                    return new SpeakerPhrase(SpeakerKind.Name, i, end);
                }
            }
        }

        // A description followed by the name it describes: the union's chair, Yusuf Demir.
        if (tokens[last].CommaAfter && last + 1 <= to && IsBareName(text, tokens, last + 1, NameEnd(text, tokens, last + 1, to)) is { Found: true } named)
        {
            return named;
        }

        if (IsStop(text, tokens[from]))
        {
            return SpeakerPhrase.None;
        }

        return new SpeakerPhrase(determiner ? Description(text, tokens[from]) : SpeakerKind.Indefinite, from, last);
    }

    /// <summary>
    /// The speaker written between a quotation and its cue (<c>"…," union steward Marta Kowal told</c>): every token
    /// of <paramref name="from"/>..<paramref name="to"/> must belong to the phrase.
    /// </summary>
    public static SpeakerPhrase Between(string text, List<Token> tokens, int from, int to)
    {
        if (from > to || to - from >= MaxPhrase)
        {
            return SpeakerPhrase.None;
        }

        for (int i = from; i <= to; i++)
        {
            if (!IsWord(tokens[i]) && tokens[i].Kind != TokenKind.Nickname || IsStop(text, tokens[i]) && !tokens[i].Is(WordClass.Adverb) || (i < to && tokens[i].ClauseEnd))
            {
                return SpeakerPhrase.None;
            }
        }

        int end = to;
        while (end > from && tokens[end].Is(WordClass.Adverb))
        {
            end--;
        }

        SpeakerPhrase phrase = AtEnd(text, tokens, from, end);
        return phrase.Found ? phrase : SpeakerPhrase.None;
    }

    /// <summary>The speaker as written: the phrase's words joined with one space, a nickname left out.</summary>
    public static string Written(string text, List<Token> tokens, SpeakerPhrase phrase)
    {
        var builder = new StringBuilder();
        for (int i = phrase.First; i <= phrase.Last; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(text, token.Start, token.Length);
            if (token.Abbreviation && token.End < text.Length && text[token.End] == '.' && !token.Core(text).Contains('.'))
            {
                builder.Append('.');
            }
        }

        return builder.ToString();
    }

    /// <summary>The phrase that ends at token <paramref name="end"/>: a pronoun, a name, or a description.</summary>
    private static SpeakerPhrase AtEnd(string text, List<Token> tokens, int start, int end)
    {
        if (end < start || !IsWord(tokens[end]) && tokens[end].Kind != TokenKind.Nickname)
        {
            return SpeakerPhrase.None;
        }

        start = Math.Max(start, end - MaxPhrase + 1);
        if (tokens[end].Is(WordClass.Pronoun))
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, end, end);
        }

        if (IsStop(text, tokens[end]))
        {
            return SpeakerPhrase.None;
        }

        if (StartsName(text, tokens[end]))
        {
            int first = end;
            while (first > start && ContinuesName(text, tokens, first - 1, end) && !tokens[first - 1].ClauseEnd)
            {
                first--;
            }

            if (!IsStop(text, tokens[first]))
            {
                return new SpeakerPhrase(SpeakerKind.Name, first, end);
            }
        }

        // The earliest determiner from which no verb or conjunction follows: a spokesman for the authority.
        int clean = end;
        while (clean > start && IsWord(tokens[clean - 1]) && (!IsStop(text, tokens[clean - 1]) || tokens[clean - 1].Is(WordClass.DescriptionPreposition)))
        {
            clean--;
        }

        for (int i = clean; i <= end; i++)
        {
            if (tokens[i].Is(WordClass.Determiner))
            {
                return new SpeakerPhrase(Description(text, tokens[i]), i, end);
            }
        }

        // No determiner: a short phrase that opens its clause, such as "Hospital managers".
        if (clean == start && end - start < 4 && tokens[start].Capitalised && !IsStop(text, tokens[start]) && !HasInnerPreposition(text, tokens, start, end))
        {
            return new SpeakerPhrase(SpeakerKind.Indefinite, start, end);
        }

        return SpeakerPhrase.None;
    }

    /// <summary>A part of a clause that is a name and nothing else, perhaps after role words: <c>grandmaster Viktor Laine</c>.</summary>
    private static SpeakerPhrase IsBareName(string text, List<Token> tokens, int start, int end)
    {
        if (end < start || end - start >= MaxPhrase)
        {
            return SpeakerPhrase.None;
        }

        int first = start;
        while (first < end && IsWord(tokens[first]) && !tokens[first].Capitalised && tokens[first].Is(WordClass.Role))
        {
            first++;
        }

        if (!StartsName(text, tokens[first]))
        {
            return SpeakerPhrase.None;
        }

        for (int i = first + 1; i <= end; i++)
        {
            if (!ContinuesName(text, tokens, i, end))
            {
                return SpeakerPhrase.None;
            }
        }

        return new SpeakerPhrase(SpeakerKind.Name, first, end);
    }

    private static int NameEnd(string text, List<Token> tokens, int start, int to)
    {
        int end = start;
        to = Math.Min(to, start + MaxPhrase - 1);
        while (end < to && !tokens[end].ClauseEnd && ContinuesName(text, tokens, end + 1, to))
        {
            end++;
        }

        return end;
    }

    private static bool StartsName(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Capitalised && !token.Digits && !token.Is(WordClass.Pronoun);

    // Whether token i belongs to a name whose other words run to `end`: capitalised, a particle or a nickname.
    private static bool ContinuesName(string text, List<Token> tokens, int i, int end)
    {
        Token token = tokens[i];
        if (token.Kind == TokenKind.Nickname)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || token.Digits)
        {
            return false;
        }

        return token.Capitalised || (i < end && token.Is(WordClass.NameParticle) && tokens[i + 1].Capitalised);
    }

    private static SpeakerKind Description(string text, Token determiner) =>
        determiner.Is(WordClass.Indefinite) ? SpeakerKind.Indefinite : SpeakerKind.Definite;

    private static bool HasInnerPreposition(string text, List<Token> tokens, int start, int end)
    {
        for (int i = start; i <= end; i++)
        {
            if (tokens[i].Is(WordClass.DescriptionPreposition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    private static bool IsStop(string text, Token token) => token.Kind == TokenKind.Word && token.Is(WordClass.Stop);
}
