using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Copydesk.Text;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk explain</c>: which slot read each line, what was given back, and where and why the parse stopped.</summary>
public sealed class ExplainCommandTests
{
    // Number column (4) + 2 spaces + text column + 2 spaces.
    private static readonly int ReaderColumn = 4 + 2 + ExplainWriter.TextWidth + 2;

    [Fact]
    public async Task A_parsed_article_shows_the_reader_of_every_line()
    {
        string article = TestFiles.Digest("library-renovation");
        TextLine[] lines = ArticleText.SplitLines(File.ReadAllText(article));

        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, article);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal($"{article}: 23 non-blank lines, schema DigestStory ({TestFiles.DigestSchema})", run.OutLines[0]);
        string[] rows = Rows(run);
        Assert.Equal(lines.Select(line => line.Span.Line), rows.Select(row => int.Parse(row[..4].Trim(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("headline (label)", Reader(rows[0]));
        Assert.Equal("subheadline (label)", Reader(rows[1]));
        Assert.Equal("body.paragraph (sentence)", Reader(rows[2]));
        Assert.Equal("Quote.text (sentence)", Reader(rows[3]));
        Assert.Equal("Quote.attribution (attribution)", Reader(rows[4]));
        Assert.Equal("summarizedBy (marker \"Summarized by\")", Reader(rows[8]));
        Assert.Equal("InDepthLink.source (label)", Reader(rows[^1]));
        Assert.Equal("parsed: 23 lines", run.OutLines[^1]);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Texts_are_shortened_and_columns_aligned()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("library-renovation"));

        Assert.Equal("line  text" + new string(' ', ExplainWriter.TextWidth - 4) + "  read by", run.OutLines[2]);
        foreach (string row in Rows(run))
        {
            Assert.Equal(' ', row[ReaderColumn - 1]);
            Assert.NotEqual(' ', row[ReaderColumn]);
        }

        Assert.Contains("   1  Riverside libr…n with rooftop reading garden  headline (label)", run.OutLines);
    }

    [Fact]
    public async Task Parts_that_read_a_line_and_gave_it_back_are_noted()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("quote-heading-trap"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        int row = Array.FindIndex(run.OutLines, line => line.StartsWith("   3  ", StringComparison.Ordinal));
        Assert.Equal("body.paragraph (sentence)", Reader(run.OutLines[row]));
        Assert.Equal(
            new string(' ', ReaderColumn) + "- given back: part Quote read it as Quote.text (sentence), then failed at line 5 on Quote.attribution (attribution): does not match attribution",
            run.OutLines[row + 1]);

        // The trap the article documents: a two-word heading becomes a quote's attribution.
        Assert.Equal("Quote.attribution (attribution)", Reader(Assert.Single(run.OutLines, line => line.StartsWith("   7  Restaurant owners", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_Markdown_post_is_explained_block_by_block_with_each_kind_and_where_it_starts()
    {
        string schema = Path.Combine(TestFiles.Schemas, "blog-post.schema.yaml");
        string post = Path.Combine(TestFiles.Articles, "blog-post", "hugo-ferry-post.txt");

        CliRun run = await CliRun.RunAsync("explain", "--schema", schema, post);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal($"{post}: 13 units, schema BlogPost ({schema})", run.OutLines[0]);
        Assert.StartsWith("   at  kind           text", run.OutLines[2]);
        // The front matter is no unit: the title heading is the first, on line 7 of the file.
        Assert.Equal("  7:1  heading 1      Night ferries return to the harbour           title (title)", run.OutLines[3]);
        Assert.Contains(" 16:3  listItem       adults pay 4 crowns;                          body.item (listItem)", run.OutLines);
        Assert.Contains(" 30:1  thematicBreak  ---                                           body.rule (rule)", run.OutLines);
        Assert.Equal("parsed: 13 units", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_hard_wrapped_paragraph_is_one_row_at_its_first_line_and_a_stop_names_the_paragraph()
    {
        string schema = Path.Combine(TestFiles.Schemas, "press-release.schema.yaml");
        string article = Path.Combine(TestFiles.Articles, "press-release", "stray-lines-no-end.txt");
        using var folder = new TempFolder();
        string broken = folder.Write("wrapped.txt", "FOR IMMEDIATE RELEASE\n\nA headline wrapped\nover two lines\n\nno dateline in this\nlead paragraph.\n");

        CliRun run = await CliRun.RunAsync("explain", "--schema", schema, article);
        CliRun stopped = await CliRun.RunAsync("explain", "--schema", schema, broken);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["  2:1  paragraph  ", "  4:1  paragraph  ", "  8:1  paragraph  "], UnitRows(run).Select(row => row[..18]));
        Assert.Equal("parsed: 3 units", run.OutLines[^1]);

        Assert.Equal(ExitCodes.ErrorsFound, stopped.ExitCode);
        Assert.Equal(3, UnitRows(stopped).Length);
        Assert.StartsWith("  3:1  paragraph  A headline wrapped over two lines", UnitRows(stopped)[1]);
        Assert.EndsWith("NOT READ: the parse stopped here", UnitRows(stopped)[2]);
        Assert.StartsWith("  6:1  paragraph  no dateline in this lead paragraph.", UnitRows(stopped)[2]);
        Assert.StartsWith("stopped at line 6, column 1 (CD2001)", stopped.OutLines[^1]);
    }

    [Fact]
    public async Task A_failed_parse_shows_where_it_stopped_what_was_expected_and_what_was_not_reached()
    {
        string article = TestFiles.Digest("missing-headline");
        CliRun parse = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, article);

        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, article);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        string[] rows = Rows(run);
        Assert.Equal("NOT READ: the parse stopped here", Reader(rows[0]));
        Assert.All(rows.Skip(1), row => Assert.Equal("not reached", Reader(row)));
        Assert.Contains(new string(' ', ReaderColumn) + "- expected headline (label): is a sentence", run.OutLines);
        string message = parse.OutLines[0][(parse.OutLines[0].IndexOf("CD2001: ", StringComparison.Ordinal) + 8)..];
        Assert.Equal($"stopped at line 2, column 3 (CD2001): {message}", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_stray_line_after_the_layout_lists_every_expectation_at_it()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("trailing-sentence"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        int row = Array.FindIndex(run.OutLines, line => line.StartsWith("  21  ", StringComparison.Ordinal));
        Assert.Equal("NOT READ: the parse stopped here", Reader(run.OutLines[row]));
        Assert.Equal("- expected InDepthLink.title (label): is a sentence", run.OutLines[row + 1].Trim());
        Assert.Equal("- expected the end of the article: is left over after the layout", run.OutLines[row + 2].Trim());
        Assert.StartsWith("stopped at line 21, column 1 (CD2001): Line 21 does not fit the layout", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_parse_stopped_at_the_end_of_the_text_shows_the_given_back_line_and_the_end()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("dangling-indepth-title"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        int row = Array.FindIndex(run.OutLines, line => line.StartsWith("  13  ", StringComparison.Ordinal));
        Assert.Equal("NOT READ", Reader(run.OutLines[row]));
        Assert.Equal(
            "- given back: part InDepthLink read it as InDepthLink.title (label), then failed at the end of the text on InDepthLink.source (label): end of the article",
            run.OutLines[row + 1].Trim());
        Assert.Equal("(end of text)", run.OutLines[row + 2].Trim()[..13]);
        Assert.EndsWith("NOTHING LEFT: the parse stopped here", run.OutLines[row + 2]);
        Assert.Equal("- expected InDepthLink.summary (sentence): end of the article", run.OutLines[row + 3].Trim());
        Assert.Equal("- expected InDepthLink.source (label): end of the article", run.OutLines[row + 4].Trim());
        Assert.StartsWith("stopped at line 13, column 48 (CD2001): The article ends after line 13", run.OutLines[^1]);
    }

    [Fact]
    public async Task An_empty_article_stops_at_the_end_of_the_text()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("empty-file"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.EndsWith("0 non-blank lines, schema DigestStory (" + TestFiles.DigestSchema + ")", run.OutLines[0]);
        Assert.Contains(run.OutLines, line => line.Trim() == "- expected headline (label): end of the article");
        Assert.Equal("stopped at line 1, column 1 (CD2001): The article is empty; expected headline (label).", run.OutLines[^1]);
    }

    [Fact]
    public async Task Validation_issues_follow_a_successful_parse_and_set_the_exit_code()
    {
        string warned = TestFiles.Digest("bridge-closure-crlf");
        string failed = TestFiles.Digest("transit-plan-long-headline");

        CliRun warning = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, warned);
        CliRun error = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, failed);

        Assert.Equal(ExitCodes.Success, warning.ExitCode);
        Assert.StartsWith($"{warned}(12,1): warning CD3008: ", warning.OutLines[^1]);
        Assert.StartsWith("parsed: ", warning.OutLines[^2]);
        Assert.Equal(ExitCodes.ErrorsFound, error.ExitCode);
        Assert.StartsWith($"{failed}(1,1): error CD3001: ", error.OutLines[^1]);
    }

    [Fact]
    public async Task Verbose_lists_every_failed_attempt()
    {
        string article = TestFiles.Digest("library-renovation");

        CliRun quiet = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, article);
        CliRun verbose = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, "--verbose", article);

        Assert.DoesNotContain(quiet.OutLines, line => line.Contains("- tried ", StringComparison.Ordinal));
        Assert.Contains(verbose.OutLines, line => line.Trim() == "- tried body.paragraph (sentence): reserved for marker \"Summarized by\"");
        Assert.Equal(Rows(quiet), Rows(verbose));
        Assert.Equal(quiet.OutLines[^1], verbose.OutLines[^1]);
    }

    [Fact]
    public async Task Verbose_attempts_at_the_end_of_a_parsed_article_do_not_claim_the_parse_stopped()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.WireSchema, "--verbose", Path.Combine(TestFiles.WireArticles, "byline-lookalikes.txt"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string end = Assert.Single(run.OutLines, line => line.Contains("(end of text)", StringComparison.Ordinal));
        Assert.EndsWith("every line read", end);
        Assert.DoesNotContain("stopped", run.Out);
    }

    [Fact]
    public async Task An_unreadable_article_exits_2()
    {
        using var temp = new TempFolder();
        string binary = temp.WriteBytes("x.txt", [0x00]);

        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, binary);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{binary}(1,1): error CD0002: ", run.Error);
    }

    [Fact]
    public async Task A_bad_schema_exits_2()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("bad.schema.yaml", "copydesk: 1\n");

        CliRun run = await CliRun.RunAsync("explain", "--schema", schema, TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(": error CD1003: ", run.Error);
    }

    [Fact]
    public async Task Only_one_article_is_explained_at_a_time()
    {
        CliRun run = await CliRun.RunAsync("explain", "--schema", TestFiles.DigestSchema, TestFiles.Digest("library-renovation"), TestFiles.Digest("empty-file"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Usage:", run.Error);
    }

    /// <summary>The table rows of the output: lines that start with a line number.</summary>
    private static string[] Rows(CliRun run) =>
        run.OutLines.Skip(3).TakeWhile(line => line.Length > 0).Where(line => line.Length > 4 && char.IsDigit(line[3])).ToArray();

    // Units other than lines are placed at line:column.
    private static string[] UnitRows(CliRun run) =>
        run.OutLines.Skip(3).TakeWhile(line => line.Length > 0).Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^ *[0-9]+:[0-9]+  ")).ToArray();

    private static string Reader(string row) => row[ReaderColumn..];
}
