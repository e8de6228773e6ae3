using System;
using System.Collections.Immutable;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// How <c>value: date</c> reads a text: ISO 8601 <c>YYYY-MM-DD</c> always, then each of <see cref="Formats"/>
/// in order.
/// </summary>
public sealed record DateOptions
{
    /// <summary>ISO 8601 only.</summary>
    public static DateOptions Iso { get; } = new();

    /// <summary>Options reading ISO 8601 only.</summary>
    public DateOptions()
        : this(ImmutableArray<string>.Empty)
    {
    }

    /// <summary>Options reading ISO 8601 and <paramref name="formats"/>.</summary>
    /// <param name="formats">.NET custom date format strings read with the invariant culture, such as <c>MMMM d, yyyy</c>.</param>
    /// <exception cref="ArgumentException">A format is empty or not a valid .NET date format string.</exception>
    public DateOptions(ImmutableArray<string> formats)
    {
        Formats = OptionLists.OrEmpty(formats);
        DateFormats.Validate(Formats, nameof(formats));
    }

    /// <summary>
    /// The declared formats: .NET custom date and time format strings (<c>MMMM d, yyyy</c>, <c>d MMMM yyyy</c>,
    /// <c>MMM. d, yyyy</c>, <c>dd/MM/yyyy</c>), read with the invariant culture; month names match in any case,
    /// and <c>MMM</c> also matches <c>Sept</c>.
    /// </summary>
    public ImmutableArray<string> Formats { get; }

    /// <inheritdoc/>
    public bool Equals(DateOptions? other) => other is not null && OptionLists.Equal(Formats, other.Formats);

    /// <inheritdoc/>
    public override int GetHashCode() => OptionLists.Hash(Formats);
}

/// <summary>What the date parsers share about declared formats.</summary>
internal static class DateFormats
{
    /// <summary>
    /// The invariant culture with AP-style month abbreviations, tried when a text holds <c>Sept</c>, which the
    /// invariant culture spells <c>Sep</c>.
    /// </summary>
    public static readonly DateTimeFormatInfo ApStyle = CreateApStyle();

    public static void Validate(ImmutableArray<string> formats, string parameter)
    {
        foreach (string format in formats)
        {
            if (string.IsNullOrWhiteSpace(format))
            {
                throw new ArgumentException("A date format must not be empty.", parameter);
            }

            try
            {
                _ = DateTime.UnixEpoch.ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException exception)
            {
                throw new ArgumentException($"\"{format}\" is not a valid .NET date format string.", parameter, exception);
            }
        }
    }

    /// <summary>The provider to retry with after the invariant culture failed, or <see langword="null"/>.</summary>
    public static DateTimeFormatInfo? Retry(ReadOnlySpan<char> text) =>
        text.Contains("sept", StringComparison.OrdinalIgnoreCase) ? ApStyle : null;

    private static DateTimeFormatInfo CreateApStyle()
    {
        var info = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec", ""];
        info.AbbreviatedMonthNames = months;
        info.AbbreviatedMonthGenitiveNames = months;
        return DateTimeFormatInfo.ReadOnly(info);
    }
}
