using Copydesk.Validation;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary>The issues a refused value becomes: one code per parser, one message per reason.</summary>
public sealed class ValueFailureTests
{
    [Theory]
    [InlineData(IssueCodes.NotADate, ValueFailureReason.Empty, "", "published is empty; expected a date.")]
    [InlineData(IssueCodes.NotADate, ValueFailureReason.Malformed, "next Tuesday", "published is not a date: \"next Tuesday\".")]
    [InlineData(IssueCodes.NotADate, ValueFailureReason.NotInCalendar, "2025-02-29", "published is not a date: \"2025-02-29\" names a day or time that does not exist.")]
    [InlineData(IssueCodes.NotADateTime, ValueFailureReason.MissingOffset, "2025-03-03T10:30", "published is not a date and time: \"2025-03-03T10:30\" has no UTC offset.")]
    [InlineData(IssueCodes.NotAnInteger, ValueFailureReason.OutOfRange, "99999999999999999999", "published is not an integer: \"99999999999999999999\" is out of range.")]
    [InlineData(IssueCodes.NotANumber, ValueFailureReason.NonAsciiDigit, "١٫٥", "published is not a number: \"١٫٥\" has digits other than 0-9.")]
    [InlineData(IssueCodes.NotABoolean, ValueFailureReason.Malformed, "maybe", "published is not a boolean (true, false, yes or no): \"maybe\".")]
    [InlineData(IssueCodes.NotAUrl, ValueFailureReason.NotAbsolute, "www.example.com", "published is not an absolute URL: \"www.example.com\" has no scheme.")]
    [InlineData(IssueCodes.NotAUrl, ValueFailureReason.SchemeNotAllowed, "ftp://example.com", "published is not an absolute URL: \"ftp://example.com\" has a scheme that is not allowed.")]
    [InlineData(IssueCodes.NotAnEmail, ValueFailureReason.Malformed, "ana@", "published is not an e-mail address: \"ana@\".")]
    [InlineData(IssueCodes.NotAPhone, ValueFailureReason.Malformed, "call me", "published is not a phone number: \"call me\".")]
    [InlineData(IssueCodes.EmptyListItem, ValueFailureReason.Empty, "", "published is empty; expected a list item.")]
    [InlineData(IssueCodes.NotAByline, ValueFailureReason.NoNames, "By", "published is not a byline: \"By\" names nobody.")]
    public void Describes_each_reason_in_one_sentence(string code, ValueFailureReason reason, string text, string message)
    {
        Assert.Equal(message, new ValueFailure(code, reason).Describe("published", text));
    }

    [Fact]
    public void Quotes_at_most_sixty_characters_of_the_refused_text()
    {
        string message = new ValueFailure(IssueCodes.NotADate, ValueFailureReason.Malformed).Describe("published", new string('x', 100));

        Assert.Equal("published is not a date: \"" + new string('x', 60) + "…\".", message);
    }

    [Fact]
    public void The_validator_reports_a_failure_under_its_code_at_the_current_path()
    {
        var context = new ValidationContext();
        var span = new SourceSpan(2, 7, 2, 19, 30, 12);
        context.Enter("published");

        Checks.Value(context, DateParser.Parse("next Tuesday").Failure, "next Tuesday", span, IssueSeverity.Error, message: null);
        Checks.Value(context, DateParser.Parse("").Failure, "", span, IssueSeverity.Warning, "Give the date as YYYY-MM-DD.");

        Assert.Equal(
            [
                new ArticleIssue("CD3010", IssueSeverity.Error, "published", "published is not a date: \"next Tuesday\".", span),
                new ArticleIssue("CD3010", IssueSeverity.Warning, "published", "Give the date as YYYY-MM-DD.", span),
            ],
            context.Issues);
    }

    [Fact]
    public void A_result_is_either_a_value_or_a_failure()
    {
        ValueResult<long> read = IntegerParser.Parse("12");
        ValueResult<long> refused = IntegerParser.Parse("twelve");

        Assert.True(read.TryGetValue(out long value));
        Assert.Equal(12L, value);
        Assert.Null(read.FailureOrNull);
        Assert.Throws<System.InvalidOperationException>(() => read.Failure);
        Assert.False(refused.TryGetValue(out _));
        Assert.Equal(IssueCodes.NotAnInteger, refused.FailureOrNull?.Code);
        Assert.Throws<System.InvalidOperationException>(() => refused.Value);
    }
}
