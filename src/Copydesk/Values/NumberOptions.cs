using System;

namespace Copydesk.Values;

/// <summary>
/// How <c>value: integer</c> and <c>value: number</c> read digits: the decimal separator (for <c>number</c>) and
/// an optional thousands separator.
/// </summary>
public sealed record NumberOptions
{
    /// <summary>Plain invariant numbers: <c>.</c> as decimal separator, no thousands separator.</summary>
    public static NumberOptions Invariant { get; } = new();

    /// <summary>Options for numbers written with <paramref name="groupSeparator"/> and <paramref name="decimalSeparator"/>.</summary>
    /// <param name="groupSeparator">The thousands separator, such as <c>,</c>, <c>'</c>, <c>_</c>, a space or U+202F; <see langword="null"/> for none.</param>
    /// <param name="decimalSeparator">The decimal separator, <c>.</c> by default.</param>
    /// <exception cref="ArgumentException">A separator is a digit, a sign, or both separators are the same.</exception>
    public NumberOptions(char? groupSeparator = null, char decimalSeparator = '.')
    {
        if (groupSeparator is { } group && (IsReserved(group) || group == decimalSeparator))
        {
            throw new ArgumentException($"'{group}' cannot separate thousands.", nameof(groupSeparator));
        }

        if (IsReserved(decimalSeparator) || char.IsWhiteSpace(decimalSeparator))
        {
            throw new ArgumentException($"'{decimalSeparator}' cannot separate decimals.", nameof(decimalSeparator));
        }

        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
    }

    /// <summary>
    /// The thousands separator, or <see langword="null"/>. When set, a number may use it between groups of three
    /// digits (<c>1,234,567</c>); a number that uses it must use it everywhere (<c>1,234567</c> is refused).
    /// </summary>
    public char? GroupSeparator { get; }

    /// <summary>The decimal separator that <c>number</c> reads (<c>integer</c> reads none).</summary>
    public char DecimalSeparator { get; }

    private static bool IsReserved(char c) => char.IsDigit(c) || c is '+' or '-' or '\u2212' || char.IsControl(c);
}
