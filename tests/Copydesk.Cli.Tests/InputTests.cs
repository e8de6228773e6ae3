using System.IO;
using System.Text;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>Strict reading of input files and expansion of folders.</summary>
public sealed class InputTests
{
    [Fact]
    public void Utf8_text_is_decoded_without_its_byte_order_mark()
    {
        TextFileContent content = TextFiles.Decode([0xEF, 0xBB, 0xBF, .. "Caf\u00e9\n"u8]);

        Assert.Null(content.Problem);
        Assert.Equal("Caf\u00e9\n", content.Text);
    }

    [Fact]
    public void An_empty_file_is_empty_text()
    {
        Assert.Equal(string.Empty, TextFiles.Decode([]).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0D, 0x62, 0x0D, 0x0A, 0x63, 0x63, 0xFF }, 3, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC3 }, 1, 2)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x0A, 0xC0, 0x80 }, 3, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1, 1)]
    public void Invalid_utf8_is_located_at_its_first_bad_byte(byte[] bytes, int line, int column)
    {
        FileProblem problem = TextFiles.Decode(bytes).Problem!;

        Assert.Equal(CliIssueCodes.NotUtf8Text, problem.Issue.Code);
        Assert.Equal((line, column), (problem.Issue.Span.Line, problem.Issue.Span.Column));
        Assert.True(problem.HasLocation);
        Assert.Equal(IssueSeverity.Error, problem.Issue.Severity);
    }

    [Fact]
    public void Big_endian_utf16_is_recognised()
    {
        FileProblem problem = TextFiles.Decode([0xFE, 0xFF, 0x00, 0x41]).Problem!;

        Assert.Contains("UTF-16", problem.Issue.Message);
    }

    [Fact]
    public async Task A_problem_without_location_prints_without_one()
    {
        FileProblem problem = (await TextFiles.ReadAsync(Path.Combine(Path.GetTempPath(), "copydesk-none", "x.txt"), TestContext.Current.CancellationToken)).Problem!;

        Assert.False(problem.HasLocation);
        Assert.Equal("x.txt: error CD0001: cannot read the file: it does not exist.", problem.ToString("x.txt"));
        Assert.Equal((1, 1), (problem.Issue.Span.Line, problem.Issue.Span.Column));
    }

    [Fact]
    public void Expand_keeps_missing_paths_sorts_and_removes_duplicates()
    {
        using var temp = new TempFolder();
        string b = temp.Write("b.txt", "x");
        string a = temp.Write("sub/a.txt", "x");
        temp.Write("sub/a.md", "x");
        string missing = temp["0-missing.txt"];

        var files = ArticleFiles.Expand([b, temp.Path, missing, Path.Combine(temp.Path, "sub", "..", "b.txt")], "*.txt");

        Assert.Equal([missing, b, a], files);
    }

    [Fact]
    public void Expand_matches_the_pattern_on_whole_names()
    {
        using var temp = new TempFolder();
        string txt = temp.Write("a.txt", "x");
        temp.Write("a.txtx", "x");
        temp.Write("a.txt.bak", "x");

        Assert.Equal([txt], ArticleFiles.Expand([temp.Path], "*.txt"));
    }

    [Fact]
    public async Task A_file_that_cannot_be_opened_is_CD0001()
    {
        // Root reads every file, and Windows permissions work differently: nothing to observe there.
        Assert.SkipWhen(System.OperatingSystem.IsWindows() || System.Environment.UserName == "root", "needs a non-root Unix user");

        using var temp = new TempFolder();
        string path = temp.Write("locked.txt", "x");
        if (!System.OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        FileProblem problem = (await TextFiles.ReadAsync(path, TestContext.Current.CancellationToken)).Problem!;

        Assert.Equal("cannot read the file: access is denied.", problem.Issue.Message);
    }

    [Fact]
    public void Text_is_decoded_strictly_not_with_replacement_characters()
    {
        Assert.NotNull(TextFiles.Decode(Encoding.Latin1.GetBytes("caf\u00e9")).Problem);
    }
}
