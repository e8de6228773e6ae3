using Copydesk.Json;
using Xunit;

namespace Copydesk.Tests;

/// <summary>Contract JSON keeps article text readable and escapes only what JSON requires.</summary>
public sealed class ContractJsonTests
{
    private static string Encode(string value)
    {
        var issue = new ArticleIssue("CD0000", IssueSeverity.Info, value, "m", default);
        string json = ContractJson.SerializeResult("f", null, [issue]);
        int start = json.IndexOf("\"path\":\"", System.StringComparison.Ordinal) + 8;
        int end = json.IndexOf("\",\"line\"", System.StringComparison.Ordinal);
        return json.Substring(start, end - start);
    }

    [Theory]
    [InlineData("“Curly” — dash", "“Curly” — dash")]
    [InlineData("non\u00A0breaking", "non\u00A0breaking")]
    [InlineData("emoji 😀 and ü", "emoji 😀 and ü")]
    [InlineData("<tag> & 'apostrophe' +", "<tag> & 'apostrophe' +")]
    public void Article_text_is_written_as_is(string value, string expected)
    {
        Assert.Equal(expected, Encode(value));
    }

    [Theory]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("line\nbreak\ttab", "line\\nbreak\\ttab")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("separator\u2028", "separator\\u2028")]
    public void Quotes_backslashes_and_control_characters_are_escaped(string value, string expected)
    {
        Assert.Equal(expected, Encode(value));
    }

    [Fact]
    public void A_result_line_carries_file_document_and_issues()
    {
        var issue = new ArticleIssue("CD2001", IssueSeverity.Error, "headline", "Bad.", new SourceSpan(3, 2, 3, 9, 10, 7));

        string line = ContractJson.SerializeResult("a.txt", null, [issue]);

        Assert.Equal(
            "{\"file\":\"a.txt\",\"document\":null,\"issues\":[{\"code\":\"CD2001\",\"severity\":\"error\",\"path\":\"headline\",\"line\":3,\"column\":2,\"message\":\"Bad.\"}]}",
            line);
    }
}
