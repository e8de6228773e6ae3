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
        ValueFailureReason? reason = NumberText.TryRead(text, options, allowFraction: false, out decimal value);
        if (reason is null && (value < long.MinValue || value > long.MaxValue))
        {
            reason = ValueFailureReason.OutOfRange;
        }

        return reason is { } failure
            ? ValueText.Fail<long>(IssueCodes.NotAnInteger, failure)
            : ValueResult<long>.Success((long)value);
    }
}
