using System.Text;
using Copydesk.Text;
using Xunit;

namespace Copydesk.Tests;

/// <summary>How a file's bytes become text: strictly, with every refusal one CD0002 at the first offending byte.</summary>
public sealed class TextDecodingTests
{
    [Fact]
    public void UTF_8_is_the_default_and_its_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.True(TextDecoding.TryDecode([0xEF, 0xBB, 0xBF, .. "Caf\u00e9\n"u8], out string? text, out ArticleIssue? issue));

        Assert.Equal("Caf\u00e9\n", text);
        Assert.Null(issue);
    }

    [Fact]
    public void Empty_bytes_are_empty_text()
    {
        Assert.True(TextDecoding.TryDecode([], out string? text, out _));
        Assert.Equal(string.Empty, text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_UTF_16_byte_order_mark_switches_to_UTF_16_in_its_byte_order(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        Assert.True(TextDecoding.TryDecode([.. encoding.GetPreamble(), .. encoding.GetBytes("HEADLINE\nBy Ann Lee\n")], out string? text, out _));

        Assert.Equal("HEADLINE\nBy Ann Lee\n", text);
    }

    [Fact]
    public void Invalid_UTF_8_is_CD0002_at_the_line_and_column_of_the_first_bad_byte_counting_CRLF_and_CR()
    {
        byte[] bytes = [.. "Headline\r\n\r\nOne\rCaf"u8, 0xE9, .. " au lait.\r\n"u8];

        Assert.False(TextDecoding.TryDecode(bytes, out string? text, out ArticleIssue? issue));

        Assert.Null(text);
        Assert.Equal((TextDecoding.NotTextCode, IssueSeverity.Error, string.Empty), (issue.Code, issue.Severity, issue.Path));
        Assert.Equal(new SourceSpan(4, 4, 4, 5, 19, 1), issue.Span);
        Assert.Equal("cannot read the file: it is not UTF-8 text: byte 0xE9 is not valid UTF-8; save the file as UTF-8, or name its encoding with --encoding.", issue.Message);
    }

    [Fact]
    public void A_NUL_byte_marks_a_binary_file()
    {
        Assert.False(TextDecoding.TryDecode([.. "# Title\n\nText"u8, 0x00, .. "\n"u8], out _, out ArticleIssue? issue));

        Assert.Equal((3, 5), (issue.Span.Line, issue.Span.Column));
        Assert.Equal("cannot read the file: it is not UTF-8 text: it contains a NUL byte, so it looks like a binary file.", issue.Message);
    }

    [Theory]
    [InlineData(false, new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xDC, 0x42, 0x00 }, 2, 1)]
    [InlineData(false, new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 }, 1, 2)]
    [InlineData(true, new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0x00, 0x42, 0x00 }, 1, 3)]
    public void A_surrogate_out_of_place_or_a_last_odd_byte_is_CD0002_at_the_unit_where_it_stands(bool bigEndian, byte[] bytes, int line, int column)
    {
        Assert.False(TextDecoding.TryDecode(bytes, out _, out ArticleIssue? issue));

        Assert.Equal((line, column), (issue.Span.Line, issue.Span.Column));
        Assert.StartsWith($"cannot read the file: it is not {(bigEndian ? "utf-16be" : "utf-16")} text: byte 0x", issue.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_NUL_character_in_UTF_16_marks_a_binary_file_at_its_byte()
    {
        Assert.False(TextDecoding.TryDecode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\n\0")], out _, out ArticleIssue? issue));

        Assert.Equal((2, 1), (issue.Span.Line, issue.Span.Column));
        Assert.EndsWith("it contains a NUL character, so it looks like a binary file.", issue.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_encoding_decodes_unless_a_byte_order_mark_overrides_it()
    {
        Assert.True(TextDecoding.TryDecode([0x63, 0x61, 0x66, 0xE9], Encoding.Latin1, "latin1", detectByteOrderMark: true, out string? latin1, out _));
        Assert.True(TextDecoding.TryDecode([0xEF, 0xBB, 0xBF, .. "caf\u00e9"u8], Encoding.Latin1, "latin1", detectByteOrderMark: true, out string? marked, out _));

        Assert.Equal("caf\u00e9", latin1);
        Assert.Equal("caf\u00e9", marked);
    }

    [Fact]
    public void A_lenient_encoding_is_decoded_strictly_and_names_the_byte_it_cannot_decode()
    {
        Encoding ascii = Encoding.ASCII;

        Assert.False(TextDecoding.TryDecode([0x61, 0x0A, 0x62, 0xE9], ascii, "us-ascii", detectByteOrderMark: true, out _, out ArticleIssue? issue));

        Assert.Equal((2, 2), (issue.Span.Line, issue.Span.Column));
        Assert.Equal("cannot read the file: it is not us-ascii text: byte 0xE9 is not valid us-ascii.", issue.Message);
        Assert.IsType<DecoderReplacementFallback>(ascii.DecoderFallback);
    }

    [Fact]
    public void Without_byte_order_mark_detection_a_UTF_8_mark_is_dropped_and_a_UTF_16_mark_is_refused()
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        Assert.True(TextDecoding.TryDecode([0xEF, 0xBB, 0xBF, .. "copydesk: 1\n"u8], strictUtf8, "utf-8", detectByteOrderMark: false, out string? text, out _));
        Assert.False(TextDecoding.TryDecode([0xFF, 0xFE, 0x41, 0x00], strictUtf8, "utf-8", detectByteOrderMark: false, out _, out ArticleIssue? issue));

        Assert.Equal("copydesk: 1\n", text);
        Assert.Equal((1, 1), (issue.Span.Line, issue.Span.Column));
        Assert.Equal("cannot read the file: it is not UTF-8 text: it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8.", issue.Message);
    }
}
