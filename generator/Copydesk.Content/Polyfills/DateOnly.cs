using System.Globalization;

namespace System;

/// <summary>
/// netstandard2.0 lacks <c>DateOnly</c>: the calendar date the value parsers return. Only what the shared sources use,
/// with the framework type's semantics: a valid Gregorian date, compared and formatted like it. Public because the
/// shared sources' public value parsers return it.
/// </summary>
public readonly struct DateOnly : IEquatable<DateOnly>, IComparable<DateOnly>
{
    private readonly DateTime midnight;

    /// <summary>A date of the Gregorian calendar.</summary>
    public DateOnly(int year, int month, int day) => midnight = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);

    private DateOnly(DateTime midnight) => this.midnight = midnight;

    /// <summary>The year, 1 to 9999.</summary>
    public int Year => midnight.Year;

    /// <summary>The month, 1 to 12.</summary>
    public int Month => midnight.Month;

    /// <summary>The day of the month.</summary>
    public int Day => midnight.Day;

    /// <summary>The day of the week.</summary>
    public DayOfWeek DayOfWeek => midnight.DayOfWeek;

    /// <summary>The day of the month.</summary>
    public int DayNumber => (int)(midnight.Ticks / TimeSpan.TicksPerDay);

    /// <summary>The date of <paramref name="dateTime"/>.</summary>
    public static DateOnly FromDateTime(DateTime dateTime) => new(dateTime.Date);

    /// <summary>The date at <paramref name="time"/>.</summary>
    internal DateTime ToDateTime(TimeOnly time) => new(midnight.Ticks + time.Ticks, DateTimeKind.Unspecified);

    /// <summary>The date <paramref name="value"/> days later.</summary>
    public DateOnly AddDays(int value) => new(midnight.AddDays(value));

    /// <summary>Whether both are the same date.</summary>
    public bool Equals(DateOnly other) => midnight == other.midnight;

    /// <summary>Whether <paramref name="obj"/> is the same date.</summary>
    public override bool Equals(object? obj) => obj is DateOnly other && Equals(other);

    /// <summary>A hash of the date.</summary>
    public override int GetHashCode() => midnight.GetHashCode();

    /// <summary>Compares dates in calendar order.</summary>
    public int CompareTo(DateOnly other) => midnight.CompareTo(other.midnight);

    /// <summary>Formats the date as <see cref="DateTime.ToString(string, IFormatProvider)"/> does.</summary>
    public string ToString(string format, IFormatProvider? provider) => midnight.ToString(format, provider);

    /// <summary>The date in the short form of the current culture.</summary>
    public override string ToString() => midnight.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Whether both are the same date.</summary>
    public static bool operator ==(DateOnly left, DateOnly right) => left.Equals(right);

    /// <summary>Whether the dates differ.</summary>
    public static bool operator !=(DateOnly left, DateOnly right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes first.</summary>
    public static bool operator <(DateOnly left, DateOnly right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes later.</summary>
    public static bool operator >(DateOnly left, DateOnly right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> does not come later.</summary>
    public static bool operator <=(DateOnly left, DateOnly right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> does not come first.</summary>
    public static bool operator >=(DateOnly left, DateOnly right) => left.CompareTo(right) >= 0;
}

/// <summary>netstandard2.0 lacks <c>TimeOnly</c>; the shared sources use only midnight, to turn a date into a time.</summary>
internal readonly struct TimeOnly
{
    private TimeOnly(long ticks) => Ticks = ticks;

    public static TimeOnly MinValue => new(0);

    public long Ticks { get; }
}
