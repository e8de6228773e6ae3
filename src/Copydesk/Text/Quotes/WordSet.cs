using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>A fixed set of words looked up by span, ignoring case, without allocating.</summary>
internal sealed class WordSet
{
    private readonly Dictionary<int, string[]> buckets = [];

    public WordSet(params string[] words)
    {
        foreach (string word in words)
        {
            int hash = Hash(word);
            buckets[hash] = buckets.TryGetValue(hash, out string[]? bucket) ? [.. bucket, word] : [word];
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !buckets.TryGetValue(Hash(word), out string[]? bucket))
        {
            return false;
        }

        foreach (string candidate in bucket)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
}
