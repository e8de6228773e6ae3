using System;
using System.Globalization;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: date</c>: ISO 8601 always, declared formats in the invariant culture when given.</summary>
public sealed class DateParserTests
{
    private static readonly DateOptions NewsStyles = new(["MMMM d, yyyy", "d MMMM yyyy", "MMM. d, yyyy"]);

    [Theory]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("  2025-03-03\t", "2025-03-03")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2000-02-29", "2000-02-29")]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("9999-12-31", "9999-12-31")]
    public void Reads_ISO_8601_calendar_dates(string text, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text).Value);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData(" \t ", ValueFailureReason.Empty)]
    [InlineData("2025-02-29", ValueFailureReason.NotInCalendar)]
    [InlineData("1900-02-29", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-04-31", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-13-01", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-00-10", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-03-00", ValueFailureReason.NotInCalendar)]
    [InlineData("0000-01-01", ValueFailureReason.NotInCalendar)]
    [InlineData("2025-3-3", ValueFailureReason.Malformed)]
    [InlineData("20250303", ValueFailureReason.Malformed)]
    [InlineData("2025-03", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03T10:00Z", ValueFailureReason.Malformed)]
    [InlineData("2025-03-03 and later", ValueFailureReason.Malformed)]
    [InlineData("March 3, 2025", ValueFailureReason.Malformed)]
    [InlineData("٢٠٢٥-٠٣-٠٣", ValueFailureReason.NonAsciiDigit)]
    [InlineData("２０２５-03-03", ValueFailureReason.NonAsciiDigit)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotADate, reason), DateParser.Parse(text).Failure);
    }

    [Theory]
    [InlineData("March 3, 2025", "2025-03-03")]
    [InlineData("march 3, 2025", "2025-03-03")]
    [InlineData("MARCH 03, 2025", "2025-03-03")]
    [InlineData("3 March 2025", "2025-03-03")]
    [InlineData("Mar. 3, 2025", "2025-03-03")]
    [InlineData("Sep. 3, 2025", "2025-09-03")]
    [InlineData("Sept. 3, 2025", "2025-09-03")]
    [InlineData("February 29, 2024", "2024-02-29")]
    [InlineData("2025-03-03", "2025-03-03")]
    public void Reads_declared_news_styles_and_still_ISO(string text, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text, NewsStyles).Value);
    }

    [Theory]
    [InlineData("March 32, 2025")]
    [InlineData("February 29, 2025")]
    [InlineData("Mar 3, 2025")]
    [InlineData("March 3,2025")]
    [InlineData("March 3, 25")]
    [InlineData("3 Mars 2025")]
    [InlineData("Tuesday")]
    public void Refuses_texts_no_declared_format_reads(string text)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotADate, ValueFailureReason.Malformed), DateParser.Parse(text, NewsStyles).Failure);
    }

    [Fact]
    public void Declared_formats_read_the_same_on_every_machine_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(Date("2025-03-03"), DateParser.Parse("March 3, 2025", NewsStyles).Value);
            Assert.False(DateParser.Parse("3 mars 2025", NewsStyles).IsSuccess);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Options_refuse_empty_formats_and_compare_by_content()
    {
        Assert.Throws<ArgumentException>(() => new DateOptions([""]));
        Assert.Equal(new DateOptions(["d MMMM yyyy"]), new DateOptions(["d MMMM yyyy"]));
        Assert.Equal(new DateOptions(["d MMMM yyyy"]).GetHashCode(), new DateOptions(["d MMMM yyyy"]).GetHashCode());
        Assert.NotEqual(new DateOptions(["d MMMM yyyy"]), DateOptions.Iso);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
