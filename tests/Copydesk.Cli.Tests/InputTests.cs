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
    public async Task A_path_through_a_file_cannot_be_read_and_says_why()
    {
        using var temp = new TempFolder();
        string file = temp.Write("story.txt", "x");

        FileProblem problem = (await TextFiles.ReadAsync(Path.Combine(file, "inside.txt"), TestContext.Current.CancellationToken)).Problem!;

        Assert.Equal(CliIssueCodes.CannotRead, problem.Issue.Code);
        Assert.StartsWith("cannot read the file: ", problem.Issue.Message);
        Assert.False(problem.HasLocation);
    }

    [Fact]
    public void Denied_access_is_reported_as_such()
    {
        // Root reads any file, so permissions cannot produce this here; the mapping is what decides the message.
        Assert.Equal("access is denied", TextFiles.ReadFailureReason(new System.UnauthorizedAccessException("denied")));
    }

    [Fact]
    public void A_missing_file_or_folder_is_reported_as_not_existing()
    {
        Assert.Equal("it does not exist", TextFiles.ReadFailureReason(new FileNotFoundException()));
        Assert.Equal("it does not exist", TextFiles.ReadFailureReason(new DirectoryNotFoundException()));
    }

    [Fact]
    public void An_exception_that_is_not_a_read_failure_is_not_swallowed()
    {
        Assert.Null(TextFiles.ReadFailureReason(new System.InvalidOperationException()));
    }

    [Fact]
    public void Text_is_decoded_strictly_not_with_replacement_characters()
    {
        Assert.NotNull(TextFiles.Decode(Encoding.Latin1.GetBytes("caf\u00e9")).Problem);
    }
}
