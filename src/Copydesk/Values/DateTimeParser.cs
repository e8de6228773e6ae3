using System;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// <c>value: date-time</c>: reads an instant with its UTC offset as a <see cref="DateTimeOffset"/>. Issue code
/// <see cref="IssueCodes.NotADateTime"/>; the accepted forms are documented in <c>docs/issues.md#cd3011</c>.
/// </summary>
public static class DateTimeParser
{
    /// <summary>Reads ISO 8601 <c>YYYY-MM-DDThh:mm[:ss[.f]]</c> with a required offset.</summary>
    public static ValueResult<DateTimeOffset> Parse(ReadOnlySpan<char> text) => Parse(text, DateTimeOptions.Iso);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed, as ISO 8601 <c>YYYY-MM-DD</c>, <c>T</c> (or a space),
    /// <c>hh:mm[:ss[.fraction]]</c> and an offset (<c>Z</c>, <c>±hh:mm</c>, <c>±hhmm</c>, <c>±hh</c>), or as one of
    /// the declared formats of <paramref name="options"/>, in order. Never throws.
    /// </summary>
    public static ValueResult<DateTimeOffset> Parse(ReadOnlySpan<char> text, DateTimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ValueText.TrimDigitText(ref text) is { } first)
        {
            return Fail(first);
        }

        if (TryParseIso(text, options, out ValueResult<DateTimeOffset> iso))
        {
            return iso;
        }

        ValueFailureReason? reason = ParseDeclared(text, options, CultureInfo.InvariantCulture.DateTimeFormat, out DateTimeOffset value);
        if (reason == ValueFailureReason.Malformed && DateFormats.Retry(text) is { } retry)
        {
            reason = ParseDeclared(text, options, retry, out value);
        }

        return reason is { } failure ? Fail(failure) : ValueResult<DateTimeOffset>.Success(value);
    }

    /// <summary>Reads the ISO form; <see langword="false"/> when the text does not have its shape.</summary>
    private static bool TryParseIso(ReadOnlySpan<char> text, DateTimeOptions options, out ValueResult<DateTimeOffset> result)
    {
        result = default;
        int position = 0;
        if (!IsoDateText.TryRead(text, ref position, out DateOnly date, out bool dateExists)
            || position == text.Length || text[position] is not ('T' or 't' or ' '))
        {
            return false;
        }

        position++;
        if (!DateTimeText.TryReadTime(text, ref position, out TimeSpan time, out bool timeExists))
        {
            return false;
        }

        TimeSpan offset = default;
        bool offsetInRange = true;
        bool hasOffset = position < text.Length;
        if (hasOffset && (!DateTimeText.TryReadOffset(text, ref position, out offset, out offsetInRange) || position != text.Length))
        {
            return false;
        }

        if (!dateExists || !timeExists)
        {
            result = Fail(ValueFailureReason.NotInCalendar);
        }
        else if (!offsetInRange)
        {
            result = Fail(ValueFailureReason.OutOfRange);
        }
        else if (!hasOffset && options.AssumedOffset is null)
        {
            result = Fail(ValueFailureReason.MissingOffset);
        }
        else
        {
            DateTime clock = date.ToDateTime(TimeOnly.MinValue) + time;
            result = DateTimeText.TryCombine(clock, hasOffset ? offset : options.AssumedOffset!.Value, out DateTimeOffset value)
                ? ValueResult<DateTimeOffset>.Success(value)
                : Fail(ValueFailureReason.OutOfRange);
        }

        return true;
    }

    /// <summary>
    /// Tries the declared formats in order. Returns <see langword="null"/> when one matched,
    /// <see cref="ValueFailureReason.MissingOffset"/> when only formats without an offset matched and no
    /// offset is assumed, and <see cref="ValueFailureReason.Malformed"/> when none matched.
    /// </summary>
    private static ValueFailureReason? ParseDeclared(ReadOnlySpan<char> text, DateTimeOptions options, DateTimeFormatInfo provider, out DateTimeOffset value)
    {
        ValueFailureReason? reason = ValueFailureReason.Malformed;
        foreach (string format in options.Formats)
        {
            // AssumeUniversal keeps the machine's time zone out: a format without an offset reads the clock time at +00:00.
            if (!DateTimeOffset.TryParseExact(text, format, provider, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
            {
                continue;
            }

            if (HasOffsetSpecifier(format))
            {
                value = parsed;
                return null;
            }

            if (options.AssumedOffset is { } assumed)
            {
                return DateTimeText.TryCombine(parsed.DateTime, assumed, out value) ? null : ValueFailureReason.OutOfRange;
            }

            reason = ValueFailureReason.MissingOffset;
        }

        value = default;
        return reason;
    }

    /// <summary>Whether a .NET custom format reads an offset: <c>z</c> or <c>K</c> outside quotes and escapes.</summary>
    private static bool HasOffsetSpecifier(string format)
    {
        char quote = '\0';
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c is 'z' or 'K')
            {
                return true;
            }
        }

        return false;
    }

    private static ValueResult<DateTimeOffset> Fail(ValueFailureReason reason) => ValueText.Fail<DateTimeOffset>(IssueCodes.NotADateTime, reason);
}
