using System;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: date-time</c>: ISO 8601 / RFC 3339 with an offset; declared formats; an assumed offset.</summary>
public sealed class DateTimeParserTests
{
    [Theory]
    [InlineData("2025-03-03T10:30:00Z", 10, 30, 0, 0L, 0)]
    [InlineData("2025-03-03T10:30Z", 10, 30, 0, 0L, 0)]
    [InlineData("2025-03-03t10:30:00z", 10, 30, 0, 0L, 0)]
    [InlineData("2025-03-03 10:30:00+02:00", 10, 30, 0, 0L, 120)]
    [InlineData("2025-03-03T10:30:00-05:00", 10, 30, 0, 0L, -300)]
    [InlineData("2025-03-03T10:30:00\u221205:00", 10, 30, 0, 0L, -300)]
    [InlineData("2025-03-03T10:30+0530", 10, 30, 0, 0L, 330)]
    [InlineData("2025-03-03T10:30+05", 10, 30, 0, 0L, 300)]
    [InlineData("2025-03-03T10:30:00-00:00", 10, 30, 0, 0L, 0)]
    [InlineData("2025-03-03T10:30:15.1234567+01:00", 10, 30, 15, 1234567L, 60)]
    [InlineData("2025-03-03T10:30:15,5Z", 10, 30, 15, 5000000L, 0)]
    [InlineData("2025-03-03T10:30:15.123456789Z", 10, 30, 15, 1234567L, 0)]
    [InlineData("2025-03-03T23:59:59+14:00", 23, 59, 59, 0L, 840)]
    public void Reads_ISO_8601_with_an_offset(string text, int hour, int minute, int second, long fractionTicks, int offsetMinutes)
    {
        var expected = new DateTimeOffset(2025, 3, 3, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(fractionTicks);

        DateTimeOffset value = DateTimeParser.Parse(text).Value;

        Assert.Equal(expected, value);
        Assert.Equal(expected.Offset, value.Offset);
    }

    [Fact]
    public void Reads_a_leap_day()
    {
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero), DateTimeParser.Parse("2024-02-29T12:00Z").Value);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("2025-03-03T10:30:00", ValueFailureReason.MissingOffset)]
    [InlineData("2025-02-29T10:00Z", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-03-03T24:00Z", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-03-03T10:60Z", ValueFailureReason.NotInCalendar)]
    [InlineData("2016-12-31T23:59:60Z", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-03-03T10:00+14:01", ValueFailureReason.OutOfRange)]
    [InlineData("2025-03-03T10:00+15:00", ValueFailureReason.OutOfRange)]
    [InlineData("2025-03-03T10:00+01:60", ValueFailureReason.OutOfRange)]
    [InlineData("0001-01-01T00:00+01:00", ValueFailureReason.OutOfRange)]
    [InlineData("9999-12-31T23:59-01:00", ValueFailureReason.OutOfRange)]
    [InlineData("2025-03-03", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10Z", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10:30:00.Z", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10:30:00 Z", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10:30+2:00", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10:30Z and more", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T١٠:30Z", ValueFailureReason.NonAsciiDigit)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotADateTime, reason), DateTimeParser.Parse(text).Failure);
    }

    [Fact]
    public void An_assumed_offset_completes_texts_without_one_and_never_overrides_a_stated_one()
    {
        var eastern = new DateTimeOptions([], TimeSpan.FromHours(-5));

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 30, 0, TimeSpan.FromHours(-5)), DateTimeParser.Parse("2025-03-03T10:30:00", eastern).Value);
        Assert.Equal(TimeSpan.Zero, DateTimeParser.Parse("2025-03-03T10:30:00Z", eastern).Value.Offset);
    }

    [Fact]
    public void Declared_formats_read_their_offset_or_take_the_assumed_one()
    {
        var withOffset = new DateTimeOptions(["MMMM d, yyyy h:mm tt zzz"]);
        var withoutOffset = new DateTimeOptions(["MMMM d, yyyy h:mm tt"]);
        var assumed = new DateTimeOptions(["MMMM d, yyyy h:mm tt"], TimeSpan.FromHours(-5));

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 22, 30, 0, TimeSpan.FromHours(1)), DateTimeParser.Parse("March 3, 2025 10:30 PM +01:00", withOffset).Value);
        Assert.Equal(new ValueFailure(IssueCodes.NotADateTime, ValueFailureReason.MissingOffset), DateTimeParser.Parse("March 3, 2025 10:30 AM", withoutOffset).Failure);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 30, 0, TimeSpan.FromHours(-5)), DateTimeParser.Parse("March 3, 2025 10:30 AM", assumed).Value);
        Assert.Equal(new DateTimeOffset(2025, 9, 3, 10, 30, 0, TimeSpan.FromHours(-5)), DateTimeParser.Parse("Sept 3, 2025 10:30 AM", new DateTimeOptions(["MMM d, yyyy h:mm tt"], TimeSpan.FromHours(-5))).Value);
        Assert.Equal(new ValueFailure(IssueCodes.NotADateTime, ValueFailureReason.Malformed), DateTimeParser.Parse("March 3, 2025", withOffset).Failure);
    }

    [Fact]
    public void Options_refuse_offsets_dotnet_cannot_hold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateTimeOptions([], TimeSpan.FromHours(15)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateTimeOptions([], TimeSpan.FromSeconds(30)));
        Assert.Equal(new DateTimeOptions(["yyyy"], TimeSpan.FromHours(1)), new DateTimeOptions(["yyyy"], TimeSpan.FromHours(1)));
    }
}
