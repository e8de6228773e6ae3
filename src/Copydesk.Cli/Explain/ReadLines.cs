using System;
using System.Collections.Generic;
using System.Numerics;

namespace Copydesk.Cli.Explain;

/// <summary>
/// The lines of an article that a slot currently holds as read: a part that fails gives back those between its start
/// and where it gave up, and finding them costs a few word reads per line given back, not a look at every line of the
/// range, which would make an explanation quadratic where a part fails after reading far and is retried at each line.
/// </summary>
internal sealed class ReadLines
{
    // Level 0 has a bit per line; each level above a bit per word of the level below that is not zero, up to one word.
    private readonly ulong[][] levels;

    /// <summary>Creates an empty set for lines 0 to <paramref name="count"/> - 1.</summary>
    public ReadLines(int count)
    {
        var built = new List<ulong[]>();
        int bits = Math.Max(count, 1);
        do
        {
            int words = (bits + 63) >> 6;
            built.Add(new ulong[words]);
            bits = words;
        }
        while (bits > 1);

        levels = [.. built];
    }

    /// <summary>Adds <paramref name="line"/>.</summary>
    public void Add(int line)
    {
        foreach (ulong[] level in levels)
        {
            ref ulong word = ref level[line >> 6];
            bool wasEmpty = word == 0;
            word |= 1UL << (line & 63);
            if (!wasEmpty)
            {
                return;
            }

            line >>= 6;
        }
    }

    /// <summary>Removes <paramref name="line"/>.</summary>
    public void Remove(int line)
    {
        foreach (ulong[] level in levels)
        {
            ref ulong word = ref level[line >> 6];
            word &= ~(1UL << (line & 63));
            if (word != 0)
            {
                return;
            }

            line >>= 6;
        }
    }

    /// <summary>The first line of the set at or after <paramref name="line"/>, or -1 when there is none.</summary>
    public int NextFrom(int line) => NextFrom(0, line);

    private int NextFrom(int level, int index)
    {
        ulong[] words = levels[level];
        int word = index >> 6;
        if (word >= words.Length)
        {
            return -1;
        }

        ulong bits = words[word] & (ulong.MaxValue << (index & 63));
        if (bits == 0)
        {
            // The next word that is not zero, found one level up.
            word = level + 1 < levels.Length ? NextFrom(level + 1, word + 1) : -1;
            if (word < 0)
            {
                return -1;
            }

            bits = words[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }
}
