using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>What a token of a paragraph is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A word of the text outside quotations.</summary>
    Word,

    /// <summary>A quotation (one <see cref="QuoteSegment"/>), standing for all of its text.</summary>
    Quote,

    /// <summary>A quoted nickname inside a name (<c>Jo "The Hammer" Kelly</c>): part of the name, said by nobody.</summary>
    Nickname,
}

/// <summary>
/// One token of a paragraph. For a word, <see cref="Start"/>..<see cref="End"/> is its core (letters, digits and
/// the apostrophes, hyphens and full stops inside it) and the flags describe the punctuation that follows it.
/// </summary>
internal struct Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public int Segment;
    public bool Capitalised;
    public bool CommaAfter;
    public bool ColonAfter;
    public bool SentenceEnd;
    public bool Abbreviation;
    public bool Digits;
    public WordClass Class;

    public readonly int Length => End - Start;

    /// <summary>Whether the word belongs to any of <paramref name="classes"/> of <see cref="QuoteLexicon"/>.</summary>
    public readonly bool Is(WordClass classes) => (Class & classes) != 0;

    public readonly ReadOnlySpan<char> Core(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Whether nothing but the end of a clause can follow: a comma, colon, semicolon or sentence end.</summary>
    public readonly bool ClauseEnd => CommaAfter || ColonAfter || SentenceEnd;
}

/// <summary>Splits a paragraph into words and quotations in one pass.</summary>
internal static class ParagraphTokens
{
    public static void Read(string text, List<QuoteSegment> segments, List<Token> tokens)
    {
        int position = 0;
        int next = 0;
        while (position < text.Length)
        {
            if (next < segments.Count && segments[next].Open == position)
            {
                QuoteSegment segment = segments[next];
                int end = segment.Closed ? segment.Close + 1 : text.Length;
                var token = new Token { Kind = TokenKind.Quote, Start = segment.Open, End = end, Segment = next };
                int after = Punctuation(text, end, ref token, wordBefore: false);
                MarkQuoteEnd(text, segment, ref token);
                tokens.Add(token);
                position = after;
                next++;
                continue;
            }

            if (char.IsWhiteSpace(text[position]))
            {
                position++;
                continue;
            }

            int chunkEnd = position;
            int limit = next < segments.Count ? segments[next].Open : text.Length;
            while (chunkEnd < limit && !char.IsWhiteSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }

            int coreStart = position;
            while (coreStart < chunkEnd && !char.IsLetterOrDigit(text[coreStart]))
            {
                coreStart++;
            }

            int coreEnd = chunkEnd;
            while (coreEnd > coreStart && !char.IsLetterOrDigit(text[coreEnd - 1]))
            {
                coreEnd--;
            }

            if (coreEnd > coreStart)
            {
                // The possessive of a plural keeps its apostrophe: supporters' group.
                if (coreEnd < chunkEnd && text[coreEnd] is '\'' or '’' && text[coreEnd - 1] is 's' or 'S'
                    && (coreEnd + 1 == chunkEnd || text[coreEnd + 1] is not ('.' or ',' or ':' or ';' or '!' or '?')))
                {
                    coreEnd++;
                }

                var token = new Token
                {
                    Kind = TokenKind.Word,
                    Start = coreStart,
                    End = coreEnd,
                    Capitalised = char.IsUpper(text[coreStart]),
                    Digits = char.IsDigit(text[coreStart]),
                };
                token.Class = QuoteLexicon.Words.Classify(text.AsSpan(coreStart, coreEnd - coreStart));
                token.Abbreviation = IsAbbreviation(text, coreStart, coreEnd, token.Class);
                Punctuation(text, coreEnd, ref token, wordBefore: true, chunkEnd);
                tokens.Add(token);
            }

            position = chunkEnd;
        }
    }

    // Reads the punctuation right after a token (up to the next white space) into its flags.
    private static int Punctuation(string text, int from, ref Token token, bool wordBefore, int limit = -1)
    {
        if (limit < 0)
        {
            limit = from;
            while (limit < text.Length && !char.IsWhiteSpace(text[limit]) && !char.IsLetterOrDigit(text[limit]) && !QuoteMarks.IsMark(text[limit]))
            {
                limit++;
            }
        }

        for (int i = from; i < limit; i++)
        {
            switch (text[i])
            {
                case ',' or ';':
                    token.CommaAfter = true;
                    break;
                case ':':
                    token.ColonAfter = true;
                    break;
                case '.' when wordBefore && token.Abbreviation && i == from:
                    break;
                case '.' or '!' or '?' or '…':
                    token.SentenceEnd = true;
                    break;
            }
        }

        // "2 a.m., Pryce wrote": a comma after the full stop of an abbreviation goes on with the sentence.
        if (token.SentenceEnd && token.CommaAfter)
        {
            token.SentenceEnd = false;
        }

        return limit;
    }

    // What the quotation's own last character says: "…," goes on with the sentence, "…." ends it.
    private static void MarkQuoteEnd(string text, QuoteSegment segment, ref Token token)
    {
        int last = (segment.Closed ? segment.Close : text.Length) - 1;
        while (last > segment.Open && (char.IsWhiteSpace(text[last]) || QuoteMarks.IsMark(text[last])))
        {
            last--;
        }

        if (last <= segment.Open)
        {
            return;
        }

        switch (text[last])
        {
            case ',' or ';' or '—' or '–':
                token.CommaAfter = true;
                break;
            case ':':
                token.ColonAfter = true;
                break;
            case '.' or '!' or '?' or '…':
                token.SentenceEnd = !token.CommaAfter;
                break;
        }
    }

    private static bool IsAbbreviation(string text, int start, int end, WordClass classes)
    {
        if (end == start + 1 && char.IsUpper(text[start]))
        {
            return true; // an initial: J. R. Hartley
        }

        return (classes & WordClass.Abbreviation) != 0 || text.AsSpan(start, end - start).Contains('.');
    }
}
