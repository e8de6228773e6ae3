using System;

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
    public static ValueResult<decimal> Parse(ReadOnlySpan<char> text, NumberOptions options) =>
        NumberText.TryRead(text, options, allowFraction: true, out decimal value) is { } failure
            ? ValueText.Fail<decimal>(IssueCodes.NotANumber, failure)
            : ValueResult<decimal>.Success(value);
}
