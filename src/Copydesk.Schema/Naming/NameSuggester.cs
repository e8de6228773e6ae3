using System;
using System.Collections.Generic;

namespace Copydesk.Schema.Naming;

/// <summary>
/// Finds the known name closest to a misspelt one, for "did you mean" hints. Shared by the schema loader
/// and any tool that reports unknown names, so every hint follows the same rules.
/// </summary>
public static class NameSuggester
{
    /// <summary>Names longer than this get no suggestion: hints are for typos, and the cost stays bounded.</summary>
    public const int MaxNameLength = 64;

    /// <summary>
    /// The largest edit distance at which <paramref name="length"/> characters still look like a typo:
    /// 1 for names of up to 3 characters, otherwise 2 or a third of the length, whichever is larger.
    /// </summary>
    public static int MaxDistance(int length) => length <= 3 ? 1 : Math.Max(2, length / 3);

    /// <summary>
    /// The candidate closest to <paramref name="name"/> (case-insensitive optimal-string-alignment distance:
    /// insertions, deletions, substitutions and swaps of neighbours), or <see langword="null"/> when none is
    /// within <see cref="MaxDistance"/>. Ties go to the earlier candidate.
    /// </summary>
    /// <param name="name">The unknown name as written.</param>
    /// <param name="candidates">The names that would have been accepted.</param>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        long budget = long.MaxValue;
        return Suggest(name, candidates, ref budget);
    }

    /// <summary>
    /// The hint text that follows a diagnostic message: <c> Did you mean 'x'?</c> with a leading space, or
    /// the empty string when there is no suggestion.
    /// </summary>
    /// <param name="suggestion">The suggested name, or <see langword="null"/>.</param>
    public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : " Did you mean '" + suggestion + "'?";

    /// <summary>The case-insensitive optimal-string-alignment distance between two strings.</summary>
    public static int Distance(string left, string right)
    {
        long budget = long.MaxValue;
        return Distance(left ?? string.Empty, right ?? string.Empty, int.MaxValue, new int[3][], ref budget);
    }

    /// <summary>
    /// <see cref="Suggest(string, IEnumerable{string})"/> with a shared budget of comparison cells, so one load
    /// of a hostile file with thousands of unknown names against thousands of candidates stays fast.
    /// </summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates, ref long budget)
    {
        if (name is null || candidates is null || name.Length == 0 || name.Length > MaxNameLength)
        {
            return null;
        }

        int limit = MaxDistance(name.Length);
        string? best = null;
        int bestDistance = limit + 1;
        var rows = new int[3][];
        foreach (string candidate in candidates)
        {
            if (budget <= 0)
            {
                break;
            }

            if (candidate is null || candidate.Length == 0 || candidate.Length > MaxNameLength
                || string.Equals(candidate, name, StringComparison.Ordinal)
                || Math.Abs(candidate.Length - name.Length) >= bestDistance)
            {
                continue;
            }

            int distance = Distance(name, candidate, bestDistance - 1, rows, ref budget);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Classic dynamic programme over three rows (the swap needs the row before the previous one); stops as
    // soon as a whole row exceeds the limit, since distances never shrink further down.
    private static int Distance(string a, string b, int limit, int[][] rows, ref long budget)
    {
        int n = a.Length;
        int m = b.Length;
        if (rows[0] is null || rows[0].Length < m + 1)
        {
            rows[0] = new int[m + 1];
            rows[1] = new int[m + 1];
            rows[2] = new int[m + 1];
        }

        int[] before = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= m; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            budget -= m;
            current[0] = i;
            int rowMinimum = current[0];
            char ai = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= m; j++)
            {
                char bj = char.ToLowerInvariant(b[j - 1]);
                int cost = ai == bj ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return rowMinimum;
            }

            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[m];
    }
}
