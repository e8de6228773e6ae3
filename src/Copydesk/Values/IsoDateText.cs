using System;

namespace Copydesk.Values;

/// <summary>Reads the ISO 8601 calendar date <c>YYYY-MM-DD</c> that <c>date</c> and <c>date-time</c> share.</summary>
internal static class IsoDateText
{
    /// <summary>
    /// Reads <c>YYYY-MM-DD</c> at <paramref name="position"/>. Returns <see langword="false"/> when the text does
    /// not have that shape; otherwise <paramref name="exists"/> tells whether the date is in the calendar.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, ref int position, out DateOnly date, out bool exists)
    {
        date = default;
        exists = false;
        int at = position;
        if (!ValueText.TryReadDigits(text, ref at, 4, out int year) || !Expect(text, ref at, '-')
            || !ValueText.TryReadDigits(text, ref at, 2, out int month) || !Expect(text, ref at, '-')
            || !ValueText.TryReadDigits(text, ref at, 2, out int day))
        {
            return false;
        }

        position = at;
        exists = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (exists)
        {
            date = new DateOnly(year, month, day);
        }

        return true;
    }

    public static bool Expect(ReadOnlySpan<char> text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }
}
