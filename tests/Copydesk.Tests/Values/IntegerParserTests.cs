using System;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: integer</c>: a sign and ASCII digits into a <see cref="long"/>, thousands separators when declared.</summary>
public sealed class IntegerParserTests
{
    private static readonly NumberOptions Commas = new(groupSeparator: ',');

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("+42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("\u221242", -42L)]
    [InlineData("-0", 0L)]
    [InlineData("007", 7L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    [InlineData("-1000000000000000000", -1000000000000000000L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Reads_a_sign_and_digits(string text, long expected)
    {
        Assert.Equal(expected, IntegerParser.Parse(text).Value);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("12a", ValueFailureReason.Malformed)]
    [InlineData("1.5", ValueFailureReason.Malformed)]
    [InlineData("1e3", ValueFailureReason.Malformed)]
    [InlineData("0x10", ValueFailureReason.Malformed)]
    [InlineData("--1", ValueFailureReason.Malformed)]
    [InlineData("+", ValueFailureReason.Malformed)]
    [InlineData("-", ValueFailureReason.Malformed)]
    [InlineData("1 2", ValueFailureReason.Malformed)]
    [InlineData("1,234", ValueFailureReason.Malformed)]
    [InlineData("9223372036854775808", ValueFailureReason.OutOfRange)]
    [InlineData("-9223372036854775809", ValueFailureReason.OutOfRange)]
    [InlineData("99999999999999999999999", ValueFailureReason.OutOfRange)]
    [InlineData("١٢", ValueFailureReason.NonAsciiDigit)]
    [InlineData("１２", ValueFailureReason.NonAsciiDigit)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAnInteger, reason), IntegerParser.Parse(text).Failure);
    }

    [Theory]
    [InlineData("1,234", 1234L)]
    [InlineData("1,234,567", 1234567L)]
    [InlineData("-12,345", -12345L)]
    [InlineData("999", 999L)]
    [InlineData("1234", 1234L)]
    [InlineData("9,223,372,036,854,775,807", long.MaxValue)]
    public void Reads_declared_thousands_separators(string text, long expected)
    {
        Assert.Equal(expected, IntegerParser.Parse(text, Commas).Value);
    }

    [Theory]
    [InlineData("1,23")]
    [InlineData("1234,567")]
    [InlineData(",123")]
    [InlineData("1,,234")]
    [InlineData("1,234,")]
    [InlineData("12,3456")]
    [InlineData("1,234.0")]
    public void Refuses_misplaced_thousands_separators(string text)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAnInteger, ValueFailureReason.Malformed), IntegerParser.Parse(text, Commas).Failure);
    }

    [Fact]
    public void Reads_a_narrow_no_break_space_as_a_declared_separator()
    {
        Assert.Equal(1234567L, IntegerParser.Parse("1\u202F234\u202F567", new NumberOptions(groupSeparator: '\u202F')).Value);
    }

    [Fact]
    public void Reads_very_long_texts_to_the_end()
    {
        Assert.Equal(1L, IntegerParser.Parse(new string('0', 1_000_000) + "1").Value);
        Assert.Equal(ValueFailureReason.OutOfRange, IntegerParser.Parse(new string('9', 1_000_000)).Failure.Reason);
        Assert.Equal(ValueFailureReason.Malformed, IntegerParser.Parse(new string('9', 1_000_000) + "x").Failure.Reason);
    }
}
