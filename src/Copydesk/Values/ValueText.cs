using System;

namespace Copydesk.Values;

/// <summary>Scanning steps the value parsers share; each runs in one pass over its input.</summary>
internal static class ValueText
{
    /// <summary>
    /// Trims <paramref name="text"/> and returns the first reason every parser that reads digits checks:
    /// <see cref="ValueFailureReason.Empty"/>, then <see cref="ValueFailureReason.NonAsciiDigit"/>; <see langword="null"/> when neither applies.
    /// </summary>
    public static ValueFailureReason? TrimDigitText(ref ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? ValueFailureReason.Empty
            : HasNonAsciiDigit(text) ? ValueFailureReason.NonAsciiDigit
            : null;
    }

    /// <summary>Whether <paramref name="text"/> holds a decimal digit outside ASCII 0-9 (Unicode category Nd).</summary>
    public static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c > '\u007F' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds white space or a control character.</summary>
    public static bool HasWhiteSpaceOrControl(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads exactly <paramref name="count"/> ASCII digits at <paramref name="position"/>.</summary>
    public static bool TryReadDigits(ReadOnlySpan<char> text, ref int position, int count, out int value)
    {
        value = 0;
        if (position + count > text.Length)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            char c = text[position + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        position += count;
        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a minus sign: <c>-</c> or U+2212 MINUS SIGN.</summary>
    public static bool IsMinus(char c) => c is '-' or '\u2212';

    /// <summary>A failed result of <typeparamref name="T"/> with <paramref name="code"/> and <paramref name="reason"/>.</summary>
    public static ValueResult<T> Fail<T>(string code, ValueFailureReason reason) => ValueResult<T>.Fail(new ValueFailure(code, reason));
}
