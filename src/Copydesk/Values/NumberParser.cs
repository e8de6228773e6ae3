using System;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// <c>value: number</c>: reads a decimal number as a <see cref="decimal"/>, exactly as written up to 28-29
/// significant digits. Issue code <see cref="IssueCodes.NotANumber"/>; the accepted forms are documented in
/// <c>docs/issues.md#cd3013</c>.
/// </summary>
public static class NumberParser
{
    /// <summary>Reads an optional sign, ASCII digits and an optional <c>.</c> fraction.</summary>
    public static ValueResult<decimal> Parse(ReadOnlySpan<char> text) => Parse(text, NumberOptions.Invariant);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed: an optional sign (<c>+</c>, <c>-</c> or U+2212), ASCII digits with
    /// the thousands separator of <paramref name="options"/> when it declares one, and an optional fraction after
    /// its decimal separator. No exponent, no <c>NaN</c> or infinity. Never throws.
    /// </summary>
    public static ValueResult<decimal> Parse(ReadOnlySpan<char> text, NumberOptions options)
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
        if (NumberText.TryNormalize(text, options, allowFraction: true, plain, out int written) is { } reason)
        {
            return Fail(reason);
        }

        // The shape is checked: decimal refuses only what is beyond ±79,228,162,514,264,337,593,543,950,335.
        return decimal.TryParse(plain.Slice(0, written), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            ? ValueResult<decimal>.Success(value)
            : Fail(ValueFailureReason.OutOfRange);
    }

    private static ValueResult<decimal> Fail(ValueFailureReason reason) => ValueText.Fail<decimal>(IssueCodes.NotANumber, reason);
}
