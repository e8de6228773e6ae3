using System;

namespace Copydesk.Values;

/// <summary>
/// <c>value: integer</c>: reads a whole number as a <see cref="long"/>. Issue code
/// <see cref="IssueCodes.NotAnInteger"/>; the accepted forms are documented in <c>docs/issues.md#cd3012</c>.
/// </summary>
public static class IntegerParser
{
    /// <summary>Reads an optional sign and ASCII digits, without thousands separators.</summary>
    public static ValueResult<long> Parse(ReadOnlySpan<char> text) => Parse(text, NumberOptions.Invariant);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed: an optional sign (<c>+</c>, <c>-</c> or U+2212) and ASCII digits,
    /// with the thousands separator of <paramref name="options"/> when it declares one. Never throws.
    /// </summary>
    public static ValueResult<long> Parse(ReadOnlySpan<char> text, NumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Fail(ValueFailureReason.Empty);
        }

        if (ValueText.HasNonAsciiDigit(text))
        {
            return Fail(ValueFailureReason.NonAsciiDigit);
        }

        Span<char> plain = text.Length <= NumberText.StackLength ? stackalloc char[NumberText.StackLength] : new char[text.Length];
        if (NumberText.TryNormalize(text, options, allowFraction: false, plain, out int written) is { } reason)
        {
            return Fail(reason);
        }

        plain = plain.Slice(0, written);
        bool negative = plain[0] == '-';
        ulong limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        ulong magnitude = 0;
        foreach (char digit in negative ? plain.Slice(1) : plain)
        {
            uint value = (uint)(digit - '0');
            if (magnitude > (limit - value) / 10)
            {
                return Fail(ValueFailureReason.OutOfRange);
            }

            magnitude = (magnitude * 10) + value;
        }

        return ValueResult<long>.Success(negative ? (long)(0 - magnitude) : (long)magnitude);
    }

    private static ValueResult<long> Fail(ValueFailureReason reason) => ValueText.Fail<long>(IssueCodes.NotAnInteger, reason);
}
