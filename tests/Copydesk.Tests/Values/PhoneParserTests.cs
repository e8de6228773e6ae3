using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: phone</c>: lenient; digits and a leading <c>+</c> kept, an extension noted.</summary>
public sealed class PhoneParserTests
{
    [Theory]
    [InlineData("+1 (212) 555-0100", "+12125550100", null)]
    [InlineData("212.555.0100", "2125550100", null)]
    [InlineData("020 7946 0958", "02079460958", null)]
    [InlineData("+33 1 23 45 67 89", "+33123456789", null)]
    [InlineData("+1\u00A0212\u00A0555\u00A00100", "+12125550100", null)]
    [InlineData("555–0100", "5550100", null)]
    [InlineData("212/555-0100", "2125550100", null)]
    [InlineData("911", "911", null)]
    [InlineData("+44 20 7946 0958 ext. 23", "+442079460958", "23")]
    [InlineData("555-0100 x12", "5550100", "12")]
    [InlineData("555-0100x12", "5550100", "12")]
    [InlineData("555-0100 #12", "5550100", "12")]
    [InlineData("555-0100 Ext: 12", "5550100", "12")]
    [InlineData("555-0100 EXTENSION 7", "5550100", "7")]
    [InlineData("123456789012345", "123456789012345", null)]
    public void Keeps_the_digits_a_leading_plus_and_the_extension(string text, string digits, string? extension)
    {
        PhoneNumber phone = PhoneParser.Parse(" " + text + " ").Value;

        Assert.Equal(text, phone.Text);
        Assert.Equal(digits, phone.Digits);
        Assert.Equal(extension, phone.Extension);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("12", ValueFailureReason.Malformed)]
    [InlineData("+", ValueFailureReason.Malformed)]
    [InlineData("call 555-0100", ValueFailureReason.Malformed)]
    [InlineData("1-800-FLOWERS", ValueFailureReason.Malformed)]
    [InlineData("555-0100 ext.", ValueFailureReason.Malformed)]
    [InlineData("555-0100 ext. 12a", ValueFailureReason.Malformed)]
    [InlineData("555-0100 x 12345678901", ValueFailureReason.Malformed)]
    [InlineData("+1 212 +555", ValueFailureReason.Malformed)]
    [InlineData("555-0100, 555-0101", ValueFailureReason.Malformed)]
    [InlineData("1234567890123456", ValueFailureReason.OutOfRange)]
    [InlineData("٥٥٥-٠١٠٠", ValueFailureReason.NonAsciiDigit)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAPhone, reason), PhoneParser.Parse(text).Failure);
    }

    [Fact]
    public void Refuses_a_very_long_run_of_digits_as_out_of_range()
    {
        Assert.Equal(ValueFailureReason.OutOfRange, PhoneParser.Parse(new string('5', 1_000_000)).Failure.Reason);
    }
}
