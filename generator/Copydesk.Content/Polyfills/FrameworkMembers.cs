using System;
using System.Text.RegularExpressions;

namespace Polyfills;

/// <summary>Framework members the shared sources call that netstandard2.0 and the Polyfill package lack, with their .NET semantics.</summary>
internal static class FrameworkMembers
{
    /// <summary>The value of <c>RegexOptions.NonBacktracking</c> on .NET 7 and later.</summary>
    private const RegexOptions NonBacktrackingValue = (RegexOptions)1024;

    // Whether the runtime the compiler runs on has the non-backtracking engine: .NET 7 and later do (the .NET SDK's
    // compiler runs on .NET 8 or later); .NET Framework, where Visual Studio's compiler may run, does not.
    private static readonly bool HasNonBacktracking = Enum.IsDefined(typeof(RegexOptions), NonBacktrackingValue);

    extension(RegexOptions)
    {
        /// <summary>
        /// <c>RegexOptions.NonBacktracking</c> where the host runtime has that engine. Elsewhere an option no
        /// runtime defines, which the <see cref="Regex"/> constructor rejects with an
        /// <see cref="ArgumentOutOfRangeException"/>: the shared pattern builder then falls back to the
        /// backtracking engine with its time budget, as it does for a pattern the engine does not support.
        /// </summary>
        public static RegexOptions NonBacktracking => HasNonBacktracking ? NonBacktrackingValue : (RegexOptions)(1 << 30);
    }

    extension(DateTime)
    {
        /// <summary>1 January 1970, midnight, UTC.</summary>
        public static DateTime UnixEpoch => new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    extension(string)
    {
        /// <summary>The three spans one after another.</summary>
        public static string Concat(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third)
        {
            char[] joined = new char[first.Length + second.Length + third.Length];
            first.CopyTo(joined);
            second.CopyTo(joined.AsSpan(first.Length));
            third.CopyTo(joined.AsSpan(first.Length + second.Length));
            return new string(joined);
        }
    }

    /// <summary>Replaces every occurrence of <paramref name="oldValue"/>, found with <paramref name="comparison"/>.</summary>
    public static string Replace(this string text, string oldValue, string? newValue, StringComparison comparison)
    {
        if (oldValue.Length == 0)
        {
            throw new ArgumentException("The string to replace must not be empty.", nameof(oldValue));
        }

        var result = new System.Text.StringBuilder(text.Length);
        int start = 0;
        int found;
        while ((found = text.IndexOf(oldValue, start, comparison)) >= 0)
        {
            result.Append(text, start, found - start).Append(newValue);
            start = found + oldValue.Length;
        }

        return start == 0 ? text : result.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>How many times <paramref name="value"/> occurs in <paramref name="span"/>, without overlaps; 0 for an empty value.</summary>
    public static int Count(this ReadOnlySpan<char> span, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        int count = 0;
        int found;
        while ((found = span.IndexOf(value)) >= 0)
        {
            count++;
            span = span.Slice(found + value.Length);
        }

        return count;
    }
}
