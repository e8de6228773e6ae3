using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>The word lists of <see cref="QuoteLexicon"/> a word can belong to; a word may be in several.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Cue = 1 << 0,
    CuePairFirst = 1 << 1,
    Tell = 1 << 2,
    Audience = 1 << 3,
    Role = 1 << 4,
    Pronoun = 1 << 5,
    Determiner = 1 << 6,
    Indefinite = 1 << 7,
    Stop = 1 << 8,
    DescriptionPreposition = 1 << 9,
    Adverb = 1 << 10,
    NameParticle = 1 << 11,
    MentionMarker = 1 << 12,
    MentionNoun = 1 << 13,
    Abbreviation = 1 << 14,
    TitleSmall = 1 << 15,
}

/// <summary>
/// Words and the classes they belong to, looked up by span, ignoring case, without allocating: each word of a
/// paragraph is looked up once, and every later test is a bit test.
/// </summary>
internal sealed class WordTable
{
    private readonly Dictionary<int, (string Word, WordClass Classes)[]> buckets = [];

    /// <summary>Adds <paramref name="words"/> to <paramref name="classes"/>.</summary>
    public WordTable Add(WordClass classes, string[] words)
    {
        foreach (string word in words)
        {
            int hash = Hash(word);
            (string Word, WordClass Classes)[] bucket = buckets.TryGetValue(hash, out var found) ? found : [];
            int at = Array.FindIndex(bucket, entry => entry.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                bucket[at].Classes |= classes;
            }
            else
            {
                buckets[hash] = [.. bucket, (word, classes)];
            }
        }

        return this;
    }

    /// <summary>The classes <paramref name="word"/> belongs to, or <see cref="WordClass.None"/>.</summary>
    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 16 || !buckets.TryGetValue(Hash(word), out var bucket))
        {
            return WordClass.None;
        }

        foreach ((string candidate, WordClass classes) in bucket)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return classes;
            }
        }

        return WordClass.None;
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
}
