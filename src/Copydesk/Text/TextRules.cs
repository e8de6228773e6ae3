using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Text;

/// <summary>
/// The text tests line classes and checks are built from. Generated parsers and the run-time
/// interpreter both call these, so a schema means the same thing wherever it runs.
/// </summary>
public static class TextRules
{
    /// <summary>The marks that end a sentence: <c>. ! ? …</c>.</summary>
    public static readonly string[] SentenceEndings = [".", "!", "?", "…"];

    /// <summary>
    /// Whether <paramref name="text"/> ends like a sentence: with <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>,
    /// optionally followed by closing quotation marks or brackets.
    /// </summary>
    public static bool IsSentence(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        // Every body line of an article is tested, usually more than once: decide on the last character when it
        // already tells, and skip closers only when there are some.
        char last = text[text.Length - 1];
        if (IsSentenceEnd(last))
        {
            return true;
        }

        if (!IsCloser(last))
        {
            return false;
        }

        int end = EndBeforeClosers(text, text.Length - 1);
        return end > 0 && IsSentenceEnd(text[end - 1]);
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with one of <paramref name="endings"/>, either at the very end
    /// or followed only by closing quotation marks or brackets.
    /// </summary>
    public static bool EndsWithAny(string text, string[] endings)
    {
        int trimmedEnd = EndBeforeClosers(text, text.Length);
        foreach (string ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal)
                || (trimmedEnd < text.Length && text.AsSpan(0, trimmedEnd).EndsWith(ending.AsSpan(), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="prefixes"/> (ordinal).</summary>
    public static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of words: maximal runs of characters that are not white space.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool white = char.IsWhiteSpace(c);
            if (!white && !inWord)
            {
                words++;
            }

            inWord = !white;
        }

        return words;
    }

    /// <summary>
    /// Whether the word count of <paramref name="text"/> lies in <paramref name="min"/>..<paramref name="max"/>,
    /// stopping as soon as the answer is known.
    /// </summary>
    public static bool WordCountWithin(string text, int min, int max)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool white = char.IsWhiteSpace(c);
            if (!white && !inWord && ++words > max)
            {
                return false;
            }

            inWord = !white;
            if (words >= min && max == int.MaxValue)
            {
                // Only a lower bound: the rest of the line cannot change the answer.
                return true;
            }
        }

        return words >= min;
    }

    /// <summary>How long one match of a schema pattern may run before it counts as not matching.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Builds a schema pattern the way generated parsers and the interpreter both run it: culture-invariant,
    /// compiled (a line-class pattern runs on nearly every line, so compiling pays for itself within one
    /// article), and with <see cref="PatternTimeout"/> as the defence against patterns that backtrack badly.
    /// </summary>
    /// <param name="pattern">A .NET regular expression from the schema.</param>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a valid regular expression.</exception>
    public static Regex CreatePattern(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternTimeout);

    /// <summary>
    /// Runs a schema pattern. A pattern that times out counts as not matching, so a hostile text cannot
    /// stall a parse or make it throw.
    /// </summary>
    public static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether a word starting with <paramref name="rune"/> may belong to a speaker's name.</summary>
    internal static bool StartsName(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.DecimalDigitNumber;

    private static int EndBeforeClosers(string text, int end)
    {
        while (end > 0 && IsCloser(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '“' or '»' or '›' or ')' or ']' or '}';
}
