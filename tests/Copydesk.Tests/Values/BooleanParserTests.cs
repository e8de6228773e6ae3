using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: boolean</c>: exactly <c>true</c>, <c>false</c>, <c>yes</c>, <c>no</c>, in any case.</summary>
public sealed class BooleanParserTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" True ", true)]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    public void Reads_true_false_yes_and_no_in_any_case(string text, bool expected)
    {
        Assert.Equal(expected, BooleanParser.Parse(text).Value);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("y", ValueFailureReason.Malformed)]
    [InlineData("n", ValueFailureReason.Malformed)]
    [InlineData("1", ValueFailureReason.Malformed)]
    [InlineData("0", ValueFailureReason.Malformed)]
    [InlineData("on", ValueFailureReason.Malformed)]
    [InlineData("off", ValueFailureReason.Malformed)]
    [InlineData("yes!", ValueFailureReason.Malformed)]
    [InlineData("not true", ValueFailureReason.Malformed)]
    public void Refuses_every_other_text(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotABoolean, reason), BooleanParser.Parse(text).Failure);
    }
}
