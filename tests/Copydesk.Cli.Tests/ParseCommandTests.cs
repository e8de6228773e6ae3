using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk parse</c>: the DigestReader sample's behaviour, for any schema.</summary>
public sealed class ParseCommandTests
{
    private const string UnknownKeySchema = "copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: label, chek: { maxLength: 3 } }\n";

    [Fact]
    public async Task Text_format_prints_the_article_as_indented_contract_json()
    {
        string article = TestFiles.Digest("library-renovation");
        string expected = File.ReadAllText(Path.ChangeExtension(article, ".expected.json"));

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, article);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(expected, run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Text_format_follows_the_article_with_its_validation_issues()
    {
        string article = TestFiles.Digest("bridge-closure-crlf");

        CliRun run = await CliRun.RunAsync("parse", "-s", TestFiles.DigestSchema, article);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("{\n  \"headline\": ", run.Out);
        Assert.StartsWith($"{article}(12,1): warning CD3008: ", run.OutLines[^1]);
    }

    [Fact]
    public async Task An_error_issue_exits_1()
    {
        string article = TestFiles.Digest("transit-plan-long-headline");

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, article);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith($"{article}(1,1): error CD3001: ", run.OutLines[^1]);
    }

    [Fact]
    public async Task A_parse_error_prints_only_the_error_and_exits_1()
    {
        string article = TestFiles.Digest("missing-headline");

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, article);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        string line = Assert.Single(run.OutLines);
        Assert.StartsWith($"{article}(2,3): error CD2001: Line 2 does not fit the layout", line);
    }

    [Fact]
    public async Task Json_format_prints_one_contract_line_per_file_in_the_order_given()
    {
        string[] articles = [TestFiles.Digest("trailing-sentence"), TestFiles.Digest("library-renovation"), TestFiles.Digest("food-festival-unsigned")];

        CliRun run = await CliRun.RunAsync(["parse", "--schema", TestFiles.DigestSchema, "--format", "json", .. articles]);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(3, run.OutLines.Length);
        for (int i = 0; i < articles.Length; i++)
        {
            using JsonDocument line = JsonDocument.Parse(run.OutLines[i]);
            Assert.Equal(articles[i], line.RootElement.GetProperty("file").GetString());
        }

        using JsonDocument failed = JsonDocument.Parse(run.OutLines[0]);
        Assert.Equal(JsonValueKind.Null, failed.RootElement.GetProperty("document").ValueKind);
        JsonElement error = Assert.Single(failed.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("CD2001", error.GetProperty("code").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());

        using JsonDocument warned = JsonDocument.Parse(run.OutLines[2]);
        Assert.Equal(JsonValueKind.Object, warned.RootElement.GetProperty("document").ValueKind);
        Assert.Equal("warning", Assert.Single(warned.RootElement.GetProperty("issues").EnumerateArray()).GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Warnings_alone_exit_0_in_json_format()
    {
        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.Digest("food-festival-unsigned"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task A_missing_article_is_reported_and_the_others_are_still_parsed()
    {
        using var temp = new TempFolder();
        string missing = temp["missing.txt"];
        string article = TestFiles.Digest("library-renovation");

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, missing, article);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"{missing}: error CD0001: cannot read the file: it does not exist."], run.ErrorLines);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(article, ".expected.json")), run.Out);
    }

    [Fact]
    public async Task A_missing_article_in_json_format_is_a_contract_line_with_one_CD0001_error()
    {
        using var temp = new TempFolder();
        string missing = temp["missing.txt"];

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", missing, TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        using JsonDocument line = JsonDocument.Parse(run.OutLines[0]);
        Assert.Equal(missing, line.RootElement.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, line.RootElement.GetProperty("document").ValueKind);
        JsonElement issue = Assert.Single(line.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("CD0001", issue.GetProperty("code").GetString());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal("", issue.GetProperty("path").GetString());
        Assert.Equal(1, issue.GetProperty("line").GetInt32());
        Assert.Equal(1, issue.GetProperty("column").GetInt32());
        Assert.StartsWith("cannot read the file", issue.GetProperty("message").GetString());
        Assert.Contains("CD0001", run.Error);
    }

    [Fact]
    public async Task A_binary_article_is_CD0002_at_its_first_NUL_byte()
    {
        using var temp = new TempFolder();
        string binary = temp.WriteBytes("image.txt", [0x50, 0x4E, 0x47, 0x0A, 0x41, 0x00, 0x1A]);

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, binary);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal([$"{binary}(2,2): error CD0002: cannot read the file: it is not UTF-8 text: it contains a NUL byte, so it looks like a binary file."], run.ErrorLines);
    }

    [Fact]
    public async Task Invalid_utf8_is_CD0002_at_the_first_bad_byte()
    {
        using var temp = new TempFolder();
        // "Headline\r\nCaf" + Latin-1 é (0xE9, invalid in UTF-8) + " crème." with a valid UTF-8 è before it.
        byte[] bytes = [.. "Headline\r\nCrème caf"u8, 0xE9, .. " ok."u8];
        string latin1 = temp.WriteBytes("latin1.txt", bytes);

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", latin1);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        using JsonDocument line = JsonDocument.Parse(Assert.Single(run.OutLines));
        JsonElement issue = Assert.Single(line.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("CD0002", issue.GetProperty("code").GetString());
        Assert.Equal((2, 10), (issue.GetProperty("line").GetInt32(), issue.GetProperty("column").GetInt32()));
        Assert.Contains("byte 0xE9 is not valid UTF-8", issue.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_is_read_as_utf16()
    {
        using var temp = new TempFolder();
        string text = File.ReadAllText(TestFiles.Digest("library-renovation"));
        string utf16 = temp.WriteBytes("utf16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]);

        CliRun fromUtf16 = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", utf16);
        CliRun fromUtf8 = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Success, fromUtf16.ExitCode);
        Assert.Equal(fromUtf8.Out.Replace(TestFiles.Digest("library-renovation"), utf16, System.StringComparison.Ordinal), fromUtf16.Out);
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_read_as_utf8_is_CD0002()
    {
        using var temp = new TempFolder();
        string utf16 = temp.WriteBytes("utf16.txt", System.Text.Encoding.Unicode.GetBytes("Headline\nBody."));

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, utf16);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("(1,2): error CD0002: cannot read the file: it is not UTF-8 text: it contains a NUL byte", run.Error);
    }

    [Fact]
    public async Task A_folder_given_as_an_article_is_CD0001()
    {
        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, TestFiles.DigestArticles);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"{TestFiles.DigestArticles}: error CD0001: cannot read the file: it is a folder."], run.ErrorLines);
    }

    [Fact]
    public async Task A_missing_schema_exits_2_before_reading_articles()
    {
        using var temp = new TempFolder();
        string schema = temp["none.schema.yaml"];

        CliRun run = await CliRun.RunAsync("parse", "--schema", schema, TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal([$"{schema}: error CD0001: cannot read the file: it does not exist."], run.ErrorLines);
    }

    [Fact]
    public async Task A_schema_with_errors_prints_its_diagnostics_on_standard_error_and_exits_2()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("bad.schema.yaml", UnknownKeySchema);

        CliRun run = await CliRun.RunAsync("parse", "--schema", schema, "--format", "json", TestFiles.Digest("library-renovation"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith($"{schema}(4,30): error CD1002: Unknown key 'chek'", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Schema_warnings_go_to_standard_error_and_articles_are_still_read()
    {
        using var temp = new TempFolder();
        string schema = temp.Write(
            "warn.schema.yaml",
            "copydesk: 1\ntype: Story\nlines:\n  odd: { maxLength: 0 }\nlayout:\n  - headline: label\n  - body: { line: odd, optional: true }\n  - rest: { line: any, repeat: 0+ }\n");
        string article = temp.Write("a.txt", "A headline\nA sentence.\n");

        CliRun run = await CliRun.RunAsync("parse", "--schema", schema, "--format", "json", article);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning CD1013", run.Error);
        using JsonDocument line = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal("A headline", line.RootElement.GetProperty("document").GetProperty("headline").GetString());
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_text()
    {
        using var temp = new TempFolder();
        string article = temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Headline\nBody sentence.\n"u8]);

        CliRun run = await CliRun.RunAsync("parse", "--schema", TestFiles.DigestSchema, "--format", "json", article);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument line = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal("Headline", line.RootElement.GetProperty("document").GetProperty("headline").GetString());
    }
}
