using System;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: url</c>: absolute URLs, <c>http</c> and <c>https</c> unless the options allow other schemes.</summary>
public sealed class UrlParserTests
{
    [Theory]
    [InlineData("https://example.com", "example.com")]
    [InlineData("http://example.com/path?q=1#top", "example.com")]
    [InlineData(" HTTPS://Example.com/News ", "example.com")]
    [InlineData("https://example.com:8080/x", "example.com")]
    [InlineData("https://exämple.com/ünï", "exämple.com")]
    [InlineData("https://192.0.2.1/", "192.0.2.1")]
    public void Reads_absolute_web_URLs(string text, string host)
    {
        Uri uri = UrlParser.Parse(text).Value;

        Assert.True(uri.IsAbsoluteUri);
        Assert.Equal(host, uri.Host);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("www.example.com", ValueFailureReason.NotAbsolute)]
    [InlineData("/news/today", ValueFailureReason.NotAbsolute)]
    [InlineData("example.com/path", ValueFailureReason.NotAbsolute)]
    [InlineData("//example.com/path", ValueFailureReason.NotAbsolute)]
    [InlineData("ftp://example.com/file", ValueFailureReason.SchemeNotAllowed)]
    [InlineData("mailto:ana@example.org", ValueFailureReason.SchemeNotAllowed)]
    [InlineData("javascript:alert(1)", ValueFailureReason.SchemeNotAllowed)]
    [InlineData("file:///etc/hosts", ValueFailureReason.SchemeNotAllowed)]
    [InlineData("http://", ValueFailureReason.Malformed)]
    [InlineData("https:example.com", ValueFailureReason.Malformed)]
    [InlineData("https://exa mple.com", ValueFailureReason.Malformed)]
    [InlineData("https://example.com/a b", ValueFailureReason.Malformed)]
    [InlineData("https://example.com/\u0007", ValueFailureReason.Malformed)]
    [InlineData("https://[::1", ValueFailureReason.Malformed)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAUrl, reason), UrlParser.Parse(text).Failure);
    }

    [Fact]
    public void Options_allow_other_schemes_instead_of_the_web_ones()
    {
        var options = new UrlOptions(["mailto", "https"]);

        Assert.Equal("mailto", UrlParser.Parse("mailto:ana@example.org", options).Value.Scheme);
        Assert.Equal("https", UrlParser.Parse("https://example.com", options).Value.Scheme);
        Assert.Equal(ValueFailureReason.SchemeNotAllowed, UrlParser.Parse("http://example.com", options).Failure.Reason);
    }

    [Fact]
    public void Options_refuse_no_schemes_and_invalid_ones()
    {
        Assert.Throws<ArgumentException>(() => new UrlOptions([]));
        Assert.Throws<ArgumentException>(() => new UrlOptions(["1http"]));
        Assert.Throws<ArgumentException>(() => new UrlOptions(["http:"]));
        Assert.Equal(UrlOptions.Web, new UrlOptions(["http", "https"]));
    }

    [Fact]
    public void Refuses_a_very_long_text_with_white_space()
    {
        Assert.Equal(ValueFailureReason.Malformed, UrlParser.Parse("https://example.com/" + new string('a', 1_000_000) + " b").Failure.Reason);
    }
}
