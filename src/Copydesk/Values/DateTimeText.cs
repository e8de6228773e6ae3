using System;

namespace Copydesk.Values;

/// <summary>Reads the time and offset of ISO 8601 / RFC 3339 date-times, and combines clock times with offsets.</summary>
internal static class DateTimeText
{
    /// <summary>The largest UTC offset .NET represents, and the largest in use.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>Reads <c>hh:mm[:ss[.fraction]]</c>; <paramref name="exists"/> tells whether the time is on the clock.</summary>
    public static bool TryReadTime(ReadOnlySpan<char> text, ref int position, out TimeSpan time, out bool exists)
    {
        time = default;
        exists = false;
        int at = position;
        if (!ValueText.TryReadDigits(text, ref at, 2, out int hour) || !IsoDateText.Expect(text, ref at, ':')
            || !ValueText.TryReadDigits(text, ref at, 2, out int minute))
        {
            return false;
        }

        int second = 0;
        long fraction = 0;
        if (IsoDateText.Expect(text, ref at, ':'))
        {
            if (!ValueText.TryReadDigits(text, ref at, 2, out second))
            {
                return false;
            }

            if (at < text.Length && text[at] is '.' or ',')
            {
                at++;
                int start = at;
                long scale = TimeSpan.TicksPerSecond;
                // Ticks are 100 ns: digits past the seventh are read and dropped.
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    scale /= 10;
                    fraction += (text[at] - '0') * scale;
                    at++;
                }

                if (at == start)
                {
                    return false;
                }
            }
        }

        position = at;
        exists = hour <= 23 && minute <= 59 && second <= 59;
        time = exists ? new TimeSpan(hour, minute, second) + TimeSpan.FromTicks(fraction) : default;
        return true;
    }

    /// <summary>
    /// Reads <c>Z</c>, <c>±hh:mm</c>, <c>±hhmm</c> or <c>±hh</c> (the minus may be U+2212). Returns
    /// <see langword="false"/> when no offset starts at <paramref name="position"/> or it is malformed;
    /// <paramref name="inRange"/> tells whether it is within ±14:00.
    /// </summary>
    public static bool TryReadOffset(ReadOnlySpan<char> text, ref int position, out TimeSpan offset, out bool inRange)
    {
        offset = default;
        inRange = true;
        int at = position;
        if (at < text.Length && text[at] is 'Z' or 'z')
        {
            position = at + 1;
            return true;
        }

        if (at >= text.Length || !(text[at] == '+' || ValueText.IsMinus(text[at])))
        {
            return false;
        }

        bool negative = text[at] != '+';
        at++;
        if (!ValueText.TryReadDigits(text, ref at, 2, out int hours))
        {
            return false;
        }

        int minutes = 0;
        bool colon = IsoDateText.Expect(text, ref at, ':');
        if ((colon || (at < text.Length && char.IsAsciiDigit(text[at]))) && !ValueText.TryReadDigits(text, ref at, 2, out minutes))
        {
            return false;
        }

        position = at;
        offset = new TimeSpan(hours, minutes, 0);
        inRange = minutes <= 59 && offset <= MaxOffset;
        offset = negative ? -offset : offset;
        return true;
    }

    /// <summary>The instant at clock time <paramref name="clock"/> with <paramref name="offset"/>, when .NET can represent it.</summary>
    public static bool TryCombine(DateTime clock, TimeSpan offset, out DateTimeOffset value)
    {
        long utc = clock.Ticks - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            value = default;
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), offset);
        return true;
    }
}
