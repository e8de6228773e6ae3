using System;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// <c>value: date</c>: reads a calendar date as a <see cref="DateOnly"/>. Issue code
/// <see cref="IssueCodes.NotADate"/>; the accepted forms are documented in <c>docs/issues.md#cd3010</c>.
/// </summary>
public static class DateParser
{
    /// <summary>Reads ISO 8601 <c>YYYY-MM-DD</c>.</summary>
    public static ValueResult<DateOnly> Parse(ReadOnlySpan<char> text) => Parse(text, DateOptions.Iso);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed, as ISO 8601 <c>YYYY-MM-DD</c> or as one of the declared formats of
    /// <paramref name="options"/>, in order. Never throws.
    /// </summary>
    public static ValueResult<DateOnly> Parse(ReadOnlySpan<char> text, DateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ValueText.TrimDigitText(ref text) is { } first)
        {
            return Fail(first);
        }

        int position = 0;
        if (IsoDateText.TryRead(text, ref position, out DateOnly iso, out bool exists) && position == text.Length)
        {
            return exists ? ValueResult<DateOnly>.Success(iso) : Fail(ValueFailureReason.NotInCalendar);
        }

        return TryParseDeclared(text, options, CultureInfo.InvariantCulture.DateTimeFormat, out DateOnly date)
            || (DateFormats.Retry(text) is { } retry && TryParseDeclared(text, options, retry, out date))
            ? ValueResult<DateOnly>.Success(date)
            : Fail(ValueFailureReason.Malformed);
    }

    private static bool TryParseDeclared(ReadOnlySpan<char> text, DateOptions options, DateTimeFormatInfo provider, out DateOnly date)
    {
        foreach (string format in options.Formats)
        {
            if (DateTime.TryParseExact(text, format, provider, DateTimeStyles.None, out DateTime parsed))
            {
                date = DateOnly.FromDateTime(parsed);
                return true;
            }
        }

        date = default;
        return false;
    }

    private static ValueResult<DateOnly> Fail(ValueFailureReason reason) => ValueText.Fail<DateOnly>(IssueCodes.NotADate, reason);
}
