using System;
using System.Linq;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: email</c>: a pragmatic address check, not an RFC 5322 parser.</summary>
public sealed class EmailParserTests
{
    [Theory]
    [InlineData("ana.ruiz@example.org")]
    [InlineData("ANA@EXAMPLE.ORG")]
    [InlineData("ana+news@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("user_name-1@sub-domain.example.com")]
    [InlineData("josé@correo.example.es")]
    [InlineData("ana@xn--exmple-cua.com")]
    [InlineData("a@b.co")]
    public void Reads_addresses_as_written(string text)
    {
        Assert.Equal(text, EmailParser.Parse(" " + text + " ").Value);
    }

    [Theory]
    [InlineData("ana")]
    [InlineData("@example.org")]
    [InlineData("ana@")]
    [InlineData("ana@example")]
    [InlineData("ana@@example.org")]
    [InlineData("ana@ex@ample.org")]
    [InlineData(".ana@example.org")]
    [InlineData("ana.@example.org")]
    [InlineData("an..a@example.org")]
    [InlineData("ana@-example.org")]
    [InlineData("ana@example-.org")]
    [InlineData("ana@example..org")]
    [InlineData("ana@.example.org")]
    [InlineData("ana@example.org.")]
    [InlineData("ana@example.123")]
    [InlineData("ana ruiz@example.org")]
    [InlineData("\"ana\"@example.org")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("ana@[192.0.2.1]")]
    [InlineData("mailto:ana@example.org")]
    [InlineData("ana@exa_mple.org")]
    [InlineData("ana@example.org١")]
    public void Refuses_texts_that_are_not_plain_addresses(string text)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAnEmail, ValueFailureReason.Malformed), EmailParser.Parse(text).Failure);
    }

    [Fact]
    public void Refuses_an_empty_text()
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAnEmail, ValueFailureReason.Empty), EmailParser.Parse("  ").Failure);
    }

    [Fact]
    public void Keeps_to_the_length_limits_of_RFC_5321_and_RFC_1035()
    {
        string local64 = new('a', EmailParser.MaxLocalLength);
        string label63 = new('b', EmailParser.MaxLabelLength);

        Assert.True(EmailParser.Parse(local64 + "@example.org").IsSuccess);
        Assert.False(EmailParser.Parse(local64 + "a@example.org").IsSuccess);
        Assert.True(EmailParser.Parse("ana@" + label63 + ".org").IsSuccess);
        Assert.False(EmailParser.Parse("ana@" + label63 + "b.org").IsSuccess);
        Assert.False(EmailParser.Parse("ana@" + string.Join('.', Enumerable.Repeat("abcd", 60)) + ".org").IsSuccess);
        Assert.False(EmailParser.Parse("ana@example.org" + new string('g', 1_000_000)).IsSuccess);
    }
}
