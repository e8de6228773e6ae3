using System.IO;
using System.Text;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>--encoding</c> and byte order marks: legacy and UTF-16 articles read as the same text, strictly.</summary>
public sealed class EncodingTests
{
    private const string Text = "Caf\u00e9 reopens\nThe caf\u00e9 on Elm Street reopens on Monday.\n";

    [Theory]
    [InlineData("latin1")]
    [InlineData("windows-1252")]
    [InlineData("utf-16")]
    [InlineData("utf-16be")]
    public void Each_encoding_decodes_its_own_bytes(string name)
    {
        InputEncoding encoding = InputEncoding.Parse(name)!;

        TextFileContent content = TextFiles.Decode(encoding.Encoding.GetBytes(Text), encoding);

        Assert.Null(content.Problem);
        Assert.Equal(Text, content.Text);
    }

    [Fact]
    public void Windows_1252_reads_its_own_punctuation()
    {
        TextFileContent content = TextFiles.Decode([0x93, 0x51, 0x94, 0x20, 0x97, 0x20, 0x80], InputEncoding.Parse("windows-1252")!);

        Assert.Equal("\u201cQ\u201d \u2014 \u20ac", content.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "latin1")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-8")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "windows-1252")]
    public void A_byte_order_mark_overrides_the_named_encoding(byte[] mark, string named)
    {
        Encoding marked = mark[0] switch
        {
            0xEF => new UTF8Encoding(false),
            0xFF => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        };

        TextFileContent content = TextFiles.Decode([.. mark, .. marked.GetBytes(Text)], InputEncoding.Parse(named)!);

        Assert.Null(content.Problem);
        Assert.Equal(Text, content.Text);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_CD0002_at_its_line_and_column()
    {
        byte[] bytes = [.. Encoding.Unicode.GetBytes("ab\ncd"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("x")];

        FileProblem problem = TextFiles.Decode(bytes, InputEncoding.Parse("utf-16")!).Problem!;

        Assert.Equal(CliIssueCodes.NotUtf8Text, problem.Issue.Code);
        Assert.Contains("is not utf-16 text", problem.Issue.Message);
        Assert.Equal((2, 3), (problem.Issue.Span.Line, problem.Issue.Span.Column));
    }

    [Fact]
    public void A_nul_character_in_a_legacy_encoding_marks_a_binary_file()
    {
        FileProblem problem = TextFiles.Decode([0x61, 0x0A, 0x62, 0x00], InputEncoding.Parse("latin1")!).Problem!;

        Assert.Contains("NUL", problem.Issue.Message);
        Assert.Equal((2, 2), (problem.Issue.Span.Line, problem.Issue.Span.Column));
    }

    [Fact]
    public void Schemas_stay_strict_utf8_without_byte_order_mark_detection()
    {
        Assert.Contains("UTF-16", TextFiles.Decode([0xFF, 0xFE, 0x41, 0x00]).Problem!.Issue.Message);
    }

    [Theory]
    [InlineData("UTF8", "utf-8")]
    [InlineData("cp1252", "windows-1252")]
    [InlineData("ISO-8859-1", "latin1")]
    [InlineData("utf-16le", "utf-16")]
    public void Common_spellings_name_the_same_encoding(string spelling, string name) =>
        Assert.Equal(name, InputEncoding.Parse(spelling)!.Name);

    [Fact]
    public async Task Validate_reads_a_windows_1252_article_like_its_utf8_twin()
    {
        using var temp = new TempFolder();
        string utf8 = File.ReadAllText(TestFiles.Digest("library-renovation"));
        string ascii = utf8.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2014', '-').Replace('\u2019', '\'');
        temp.Write("utf8/story.txt", ascii);
        temp.WriteBytes("cp1252/story.txt", InputEncoding.Parse("windows-1252")!.Encoding.GetBytes(ascii));

        CliRun fromUtf8 = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", temp["utf8"]);
        CliRun from1252 = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--format", "json", "--encoding", "windows-1252", temp["cp1252"]);

        Assert.Equal(ExitCodes.Success, from1252.ExitCode);
        Assert.Equal(fromUtf8.Out.Replace("utf8", "cp1252", System.StringComparison.Ordinal), from1252.Out);
    }

    [Fact]
    public async Task An_unknown_encoding_is_a_usage_error_with_a_suggestion()
    {
        CliRun run = await CliRun.RunAsync("validate", "--schema", TestFiles.DigestSchema, "--encoding", "windows-1251", TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Did you mean 'windows-1252'?", run.Error);
    }
}
