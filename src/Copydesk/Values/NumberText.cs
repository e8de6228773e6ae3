using System;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// Reads the shape <c>[sign] digits [separator digits]</c> that <c>integer</c> and <c>number</c> share, so
/// signs, thousands separators and ranges are decided here once.
/// </summary>
internal static class NumberText
{
    /// <summary>Texts up to this length are normalised on the stack.</summary>
    private const int StackLength = 256;

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed, as a <see cref="decimal"/>; a fraction only when
    /// <paramref name="allowFraction"/>. Returns <see langword="null"/> when read, or the reason it was refused.
    /// </summary>
    public static ValueFailureReason? TryRead(ReadOnlySpan<char> text, NumberOptions options, bool allowFraction, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(options);
        value = 0;
        if (ValueText.TrimDigitText(ref text) is { } first)
        {
            return first;
        }

        Span<char> plain = text.Length <= StackLength ? stackalloc char[StackLength] : new char[text.Length];
        if (TryNormalize(text, options, allowFraction, plain, out int written) is { } shape)
        {
            return shape;
        }

        ReadOnlySpan<char> normal = plain.Slice(0, written);
        if (TryReadSmallWhole(normal, out long whole))
        {
            value = whole;
            return null;
        }

        // The shape is checked: decimal refuses only what is beyond ±79,228,162,514,264,337,593,543,950,335.
        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? null
            : ValueFailureReason.OutOfRange;
    }

    /// <summary>
    /// Reads a plain <c>[-]digits</c> of at most 18 digits, which always fits a <see cref="long"/>, without
    /// <see cref="decimal"/>'s general parser: most integers in articles, several times faster.
    /// </summary>
    private static bool TryReadSmallWhole(ReadOnlySpan<char> normal, out long value)
    {
        value = 0;
        bool negative = normal[0] == '-';
        ReadOnlySpan<char> digits = negative ? normal.Slice(1) : normal;
        if (digits.Length > 18 || digits.Contains('.'))
        {
            return false;
        }

        foreach (char digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// Writes <paramref name="text"/> (trimmed, not empty, ASCII digits only) to <paramref name="destination"/>,
    /// which is at least as long. Returns <see langword="null"/> when it has the shape, or <see cref="ValueFailureReason.Malformed"/>.
    /// </summary>
    private static ValueFailureReason? TryNormalize(ReadOnlySpan<char> text, NumberOptions options, bool allowFraction, Span<char> destination, out int written)
    {
        written = 0;
        int position = 0;
        if (text[0] == '+' || ValueText.IsMinus(text[0]))
        {
            if (text[0] != '+')
            {
                destination[written++] = '-';
            }

            position++;
        }

        int integerDigits = 0;
        int run = 0;
        bool grouped = false;
        for (; position < text.Length; position++)
        {
            char c = text[position];
            if (char.IsAsciiDigit(c))
            {
                destination[written++] = c;
                integerDigits++;
                run++;
            }
            else if (c == options.GroupSeparator)
            {
                // The first group has one to three digits, every later group exactly three.
                if (run == 0 || (grouped ? run != 3 : run > 3))
                {
                    return ValueFailureReason.Malformed;
                }

                grouped = true;
                run = 0;
            }
            else
            {
                break;
            }
        }

        if (integerDigits == 0 || (grouped && run != 3))
        {
            return ValueFailureReason.Malformed;
        }

        if (position < text.Length && allowFraction && text[position] == options.DecimalSeparator)
        {
            destination[written++] = '.';
            position++;
            int start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                destination[written++] = text[position++];
            }

            if (position == start)
            {
                return ValueFailureReason.Malformed;
            }
        }

        return position == text.Length ? null : ValueFailureReason.Malformed;
    }
}
