using System.IO;
using System.Threading.Tasks;
using Copydesk.Cli.Snapshots;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk snapshot</c>: expected files beside each article, checked with a readable diff, or written with --update.</summary>
public sealed class SnapshotCommandTests
{
    [Theory]
    [InlineData("digest-story")]
    [InlineData("wire-story")]
    public async Task The_authored_articles_match_their_hand_derived_expectations(string schema)
    {
        CliRun run = await CliRun.RunAsync("snapshot", "--schema", Path.Combine(TestFiles.Schemas, schema + ".schema.yaml"), Path.Combine(TestFiles.Articles, schema));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\d+ articles: \d+ matched, 0 failed$", run.OutLines[^1]);
    }

    [Fact]
    public async Task Update_writes_files_in_the_format_of_the_authored_ones_and_the_next_check_passes()
    {
        using var temp = new TempFolder();
        string article = temp["bridge-closure-crlf.txt"];
        File.Copy(TestFiles.Digest("bridge-closure-crlf"), article);

        CliRun update = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, "--update", temp.Path);
        CliRun check = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Equal(
            [$"created {temp["bridge-closure-crlf.expected.json"]}", $"created {temp["bridge-closure-crlf.expected-issues.json"]}", "1 article: 0 matched, 1 updated, 0 failed"],
            update.OutLines);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(TestFiles.DigestArticles, "bridge-closure-crlf.expected.json")),
            File.ReadAllBytes(temp["bridge-closure-crlf.expected.json"]));
        Assert.Contains("\"message\": \"body[3].attribution names no speaker.\"", File.ReadAllText(temp["bridge-closure-crlf.expected-issues.json"]));
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Equal(["1 article: 1 matched, 0 failed"], check.OutLines);
    }

    [Fact]
    public async Task A_changed_document_fails_with_a_readable_diff()
    {
        using var temp = new TempFolder();
        File.Copy(TestFiles.Digest("bridge-closure-crlf"), temp["story.txt"]);
        await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, "--update", temp.Path);
        string expected = temp["story.expected.json"];
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("bridge to close", "bridge to shut", System.StringComparison.Ordinal));

        CliRun run = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            [
                $"{expected}: does not match what the article gives now",
                "--- expected",
                "+++ actual",
                "@@ line 1 @@",
                " {",
                "-  \"headline\": \"Mill Street bridge to shut for six weeks of deck repairs\",",
                "+  \"headline\": \"Mill Street bridge to close for six weeks of deck repairs\",",
                "   \"subheadline\": null,",
                "   \"body\": [",
                "1 article: 0 matched, 1 failed",
            ],
            run.OutLines);
    }

    [Fact]
    public async Task A_missing_expected_file_fails_and_says_how_to_create_it()
    {
        using var temp = new TempFolder();
        File.Copy(TestFiles.Digest("library-renovation"), temp["story.txt"]);

        CliRun run = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains($"{temp["story.expected.json"]}: missing; run with --update to create it", run.OutLines);
        Assert.False(File.Exists(temp["story.expected.json"]));
    }

    [Fact]
    public async Task Update_leaves_files_that_already_match_untouched()
    {
        using var temp = new TempFolder();
        File.Copy(TestFiles.Digest("marathon-nbsp"), temp["marathon-nbsp.txt"]);
        string issues = temp["marathon-nbsp.expected-issues.json"];
        File.Copy(Path.Combine(TestFiles.DigestArticles, "marathon-nbsp.expected-issues.json"), issues);

        CliRun run = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, "--update", temp.Path);

        Assert.Equal([$"created {temp["marathon-nbsp.expected.json"]}", "1 article: 0 matched, 1 updated, 0 failed"], run.OutLines);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestFiles.DigestArticles, "marathon-nbsp.expected-issues.json")), File.ReadAllBytes(issues));
    }

    [Fact]
    public async Task An_unreadable_article_exits_with_2()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9]);

        CliRun run = await CliRun.RunAsync("snapshot", "--schema", TestFiles.DigestSchema, temp.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("error CD0002", run.Error);
        Assert.Equal("1 article: 0 matched, 0 failed, 1 unreadable", run.OutLines[^1]);
    }

    [Theory]
    [InlineData("""[{"code":"CD3001","line":1}]""", true)]
    [InlineData("""[{"code":"CD3001","line":2}]""", false)]
    [InlineData("""[{"code":"CD3001","column":1,"message":"headline is too long."}]""", false)]
    [InlineData("""[]""", false)]
    [InlineData("""not json""", false)]
    public void Expected_issues_pin_only_the_fields_they_have(string expected, bool matches)
    {
        const string Actual = """[{"code":"CD3001","severity":"error","path":"headline","line":1,"column":1,"message":"headline is 142 characters long; the limit is 120."}]""";

        Assert.Equal(matches, Snapshot.Matches(expected, Actual, issues: true));
    }

    [Fact]
    public void Documents_are_compared_as_whole_values_whatever_their_layout()
    {
        Assert.True(Snapshot.Matches("""{ "b": [1, 2], "a": null }""", """{"a":null,"b":[1,2]}""", issues: false));
        Assert.False(Snapshot.Matches("""{"a":null}""", """{"a":null,"b":[1,2]}""", issues: false));
    }

    [Fact]
    public void The_diff_shows_each_change_with_two_lines_of_context()
    {
        string expected = string.Join('\n', System.Linq.Enumerable.Range(1, 14)) + "\n";
        string actual = expected.Replace("\n3\n", "\nthree\n", System.StringComparison.Ordinal).Replace("\n12\n", "\ntwelve\n", System.StringComparison.Ordinal);

        Assert.Equal(
            ["@@ line 1 @@", " 1", " 2", "-3", "+three", " 4", " 5", "@@ line 10 @@", " 10", " 11", "-12", "+twelve", " 13", " 14"],
            TextDiff.Lines(expected, actual));
        Assert.Empty(TextDiff.Lines(expected, expected));
    }
}
