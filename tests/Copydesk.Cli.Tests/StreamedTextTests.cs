using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Microsoft.Win32.SafeHandles;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// Files are decoded in chunks straight into one string: the text is the one decoding the whole file gives, in every
/// encoding, whatever the chunk size and wherever a character or a byte order mark falls; bytes that are not text are
/// left to the whole-file decoding, which locates them.
/// </summary>
public sealed class StreamedTextTests
{
    private const string Text = "Caf\u00e9 reopens \u2014 \u201cat last\u201d\nThe caf\u00e9 on Elm Street \U0001F600 reopens on Monday.\r\nBy Ann Lee\rEnd.\n";

    public static TheoryData<string, byte[], int> EveryEncodingAndMark()
    {
        var data = new TheoryData<string, byte[], int>();
        foreach (InputEncoding encoding in InputEncoding.All)
        {
            string text = encoding.Name is "latin1" or "windows-1252" ? "Caf\u00e9 reopens\nThe caf\u00e9 on Elm Street.\r\nEnd\r" : Text;
            foreach (int chunk in new[] { 4, 5, 7, 64, StreamedText.DefaultChunkBytes })
            {
                data.Add(encoding.Name, encoding.Encoding.GetBytes(text), chunk);
                data.Add(encoding.Name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], chunk);
                data.Add(encoding.Name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], chunk);
                data.Add(encoding.Name, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], chunk);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEncodingAndMark))]
    public async Task A_file_in_chunks_reads_as_the_whole_file_decodes(string encodingName, byte[] bytes, int chunkBytes)
    {
        InputEncoding encoding = InputEncoding.Parse(encodingName)!;
        TextFileContent whole = TextFiles.Decode(bytes, encoding);

        (StreamedTextStatus status, string? text) = await ReadAsync(bytes, encoding, chunkBytes);

        Assert.Null(whole.Problem);
        Assert.Equal((StreamedTextStatus.Read, whole.Text), (status, text));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(StreamedText.DefaultChunkBytes)]
    public async Task A_schema_with_a_utf8_mark_loses_the_mark_as_when_decoded_whole(int chunkBytes)
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. "name: Story\n"u8];

        (StreamedTextStatus status, string? text) = await ReadAsync(bytes, InputEncoding.SchemaUtf8, chunkBytes);

        Assert.Equal((StreamedTextStatus.Read, "name: Story\n"), (status, text));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public async Task An_empty_file_or_a_mark_alone_is_empty_text(byte[] bytes)
    {
        (StreamedTextStatus status, string? text) = await ReadAsync(bytes, InputEncoding.Utf8, StreamedText.DefaultChunkBytes);

        Assert.Equal((StreamedTextStatus.Read, string.Empty), (status, text));
    }

    public static TheoryData<byte[], string> NotText() => new()
    {
        { [.. "Headline\nBody "u8, 0xC3, 0x28, .. "\n"u8], "utf-8" },
        { [.. "Headline\nBody"u8, 0xE2, 0x82], "utf-8" },
        { [.. "Headline\n"u8, 0x00, .. "body\n"u8], "utf-8" },
        { [.. Encoding.Unicode.GetBytes("ab\ncd"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("x")], "utf-16" },
        { [0x61, 0x0A, 0x62, 0x00], "latin1" },
        { [0x00, 0x61, 0x00, 0x0A, 0x00], "utf-16be" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task Bytes_that_are_not_text_are_left_to_the_whole_file_decoding_and_read_gives_its_located_issue(byte[] bytes, string encodingName)
    {
        InputEncoding encoding = InputEncoding.Parse(encodingName)!;
        using var temp = new TempFolder();
        string path = temp.WriteBytes("bad.txt", bytes);

        (StreamedTextStatus status, string? text) = await ReadAsync(bytes, encoding, 4);
        TextFileContent read = await TextFiles.ReadAsync(path, encoding, TestContext.Current.CancellationToken);

        Assert.Equal((StreamedTextStatus.NeedsWholeFile, null), (status, text));
        Assert.Null(read.Text);
        Assert.Equal(TextFiles.Decode(bytes, encoding).Problem, read.Problem);
        Assert.Equal(CliIssueCodes.NotUtf8Text, read.Problem!.Issue.Code);
    }

    [Fact]
    public async Task A_utf16_mark_where_marks_are_not_detected_is_left_to_the_whole_file_decoding()
    {
        (StreamedTextStatus status, _) = await ReadAsync([0xFF, 0xFE, 0x41, 0x00], InputEncoding.SchemaUtf8, StreamedText.DefaultChunkBytes);

        Assert.Equal(StreamedTextStatus.NeedsWholeFile, status);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(StreamedText.DefaultChunkBytes)]
    public async Task A_file_over_the_cap_is_too_large(int chunkBytes)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A line of text.\n", 10)));

        Assert.Equal(StreamedTextStatus.TooLarge, (await ReadAsync(bytes, InputEncoding.Utf8, chunkBytes, maxBytes: bytes.Length - 1)).Status);
        Assert.Equal(StreamedTextStatus.Read, (await ReadAsync(bytes, InputEncoding.Utf8, chunkBytes, maxBytes: bytes.Length)).Status);
    }

    private static async Task<(StreamedTextStatus Status, string? Text)> ReadAsync(byte[] bytes, InputEncoding encoding, int chunkBytes, long maxBytes = InputLimits.DefaultMaxBytes)
    {
        using var temp = new TempFolder();
        string path = temp.WriteBytes("article.txt", bytes);
        using SafeFileHandle handle = File.OpenHandle(path);
        return await StreamedText.ReadAsync(handle, encoding, maxBytes, chunkBytes, TestContext.Current.CancellationToken);
    }
}
