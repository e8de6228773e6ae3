using System;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
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
    public void Lone_surrogates_are_written_as_their_own_escapes_not_replaced()
    {
        const char High = '\uD83D', Low = '\uDCF0';

        Assert.Equal("lone \\uD83D high", Encode("lone " + High + " high"));
        Assert.Equal("lone \\uDCF0 low", Encode("lone " + Low + " low"));
        Assert.Equal("reversed \\uDCF0\\uD83D", Encode("reversed " + Low + High));
        Assert.Equal("at the end \\uD83D", Encode("at the end " + High));
        Assert.Equal("\\uD83D\\uD83D📰", Encode(new string([High, High, High, Low])));
        Assert.Equal("pair 📰 kept", Encode("pair " + High + Low + " kept"));
    }

    [Fact]
    public void The_encoder_escapes_a_lone_surrogate_the_same_through_each_of_its_entry_points()
    {
        string lone = "name\uDC00 and \u2028";
        var writer = new StringWriter();
        ContractJsonEncoder.Instance.Encode(writer, lone.ToCharArray(), 0, lone.Length);
        ContractJsonEncoder.Instance.Encode(writer, "[" + lone + "]", 1, lone.Length);

        Assert.Equal("name\\uDC00 and \\u2028", ContractJsonEncoder.Instance.Encode(lone));
        Assert.Equal("name\\uDC00 and \\u2028name\\uDC00 and \\u2028", writer.ToString());
        Assert.Equal("name\\uDC00 and \\u2028", Encode(lone));
    }

    [Fact]
    public void A_lone_surrogate_escape_reads_back_as_the_same_text_and_System_Text_Json_parses_it_but_will_not_make_a_string_of_it()
    {
        string text = "before \uD800 after";
        string json = ContractJson.SerializeResult("f", null, [new ArticleIssue("CD0000", IssueSeverity.Info, text, "m", default)]);

        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement path = document.RootElement.GetProperty("issues")[0].GetProperty("path");
        string raw = path.GetRawText();

        // The escape holds the very code unit: unescaped, the raw value is the text that was written.
        Assert.Equal("\"before \\uD800 after\"", raw);
        Assert.Equal(text, Regex.Unescape(raw[1..^1]));

        // What docs/schema-language.md says of System.Text.Json: the document parses, but a string with an unpaired
        // surrogate is invalid UTF-16, which it refuses to produce.
        Assert.Throws<InvalidOperationException>(() => path.GetString());
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
