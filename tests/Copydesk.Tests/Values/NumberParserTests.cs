using System;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: number</c>: invariant decimal numbers into a <see cref="decimal"/>; separators when declared.</summary>
public sealed class NumberParserTests
{
    [Theory]
    [InlineData("3.14", "3.14")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("\u22120.5", "-0.5")]
    [InlineData("+2", "2")]
    [InlineData("42", "42")]
    [InlineData("2.50", "2.50")]
    [InlineData("-999999999999999999", "-999999999999999999")]
    [InlineData("1000000000000000000", "1000000000000000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Reads_a_sign_digits_and_a_fraction(string text, string expected)
    {
        decimal value = NumberParser.Parse(text).Value;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData(".5", ValueFailureReason.Malformed)]
    [InlineData("5.", ValueFailureReason.Malformed)]
    [InlineData("1e3", ValueFailureReason.Malformed)]
    [InlineData("NaN", ValueFailureReason.Malformed)]
    [InlineData("Infinity", ValueFailureReason.Malformed)]
    [InlineData("1.2.3", ValueFailureReason.Malformed)]
    [InlineData("1,234.56", ValueFailureReason.Malformed)]
    [InlineData("12 %", ValueFailureReason.Malformed)]
    [InlineData("$12", ValueFailureReason.Malformed)]
    [InlineData("79228162514264337593543950336", ValueFailureReason.OutOfRange)]
    [InlineData("-79228162514264337593543950336", ValueFailureReason.OutOfRange)]
    [InlineData("١٫٥", ValueFailureReason.NonAsciiDigit)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotANumber, reason), NumberParser.Parse(text).Failure);
    }

    [Fact]
    public void Reads_declared_separators()
    {
        Assert.Equal(1234.56m, NumberParser.Parse("1,234.56", new NumberOptions(groupSeparator: ',')).Value);
        Assert.Equal(1234.56m, NumberParser.Parse("1.234,56", new NumberOptions(groupSeparator: '.', decimalSeparator: ',')).Value);
        Assert.Equal(1234567.5m, NumberParser.Parse("1'234'567.5", new NumberOptions(groupSeparator: '\'')).Value);
        Assert.Equal(ValueFailureReason.Malformed, NumberParser.Parse("1,234.567,8", new NumberOptions(groupSeparator: ',')).Failure.Reason);
        Assert.Equal(ValueFailureReason.Malformed, NumberParser.Parse("1.5", new NumberOptions(groupSeparator: '.', decimalSeparator: ',')).Failure.Reason);
    }

    [Fact]
    public void Rounds_fractions_beyond_decimal_precision_and_reads_long_texts()
    {
        Assert.Equal(0.3333333333333333333333333333m, NumberParser.Parse("0." + new string('3', 1000)).Value);
        Assert.Equal(1m, NumberParser.Parse(new string('0', 1_000_000) + "1").Value);
        Assert.Equal(ValueFailureReason.OutOfRange, NumberParser.Parse(new string('9', 1_000_000)).Failure.Reason);
    }

    [Fact]
    public void Options_refuse_separators_that_would_be_ambiguous()
    {
        Assert.Throws<ArgumentException>(() => new NumberOptions(groupSeparator: '.'));
        Assert.Throws<ArgumentException>(() => new NumberOptions(groupSeparator: '5'));
        Assert.Throws<ArgumentException>(() => new NumberOptions(groupSeparator: '-'));
        Assert.Throws<ArgumentException>(() => new NumberOptions(decimalSeparator: ' '));
        Assert.Equal(new NumberOptions(','), new NumberOptions(','));
    }
}
