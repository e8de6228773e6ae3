using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// The command-line contract (section 8), checked against the hand-written expectations of the authored articles:
/// <c>parse --format json</c> must give each article's <c>*.expected.json</c> document and <c>*.expected-issues.json</c>
/// issues. This is what proves the tool, through the interpreter, reproduces the contract.
/// </summary>
public sealed class ContractTests
{
    public static TheoryData<string, string> Articles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((string schema, string folder) in new[] { ("digest-story", TestFiles.DigestArticles), ("wire-story", TestFiles.WireArticles) })
            {
                foreach (string file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
                {
                    data.Add(schema, Path.GetFileNameWithoutExtension(file));
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_digest_story_article_is_covered()
    {
        Assert.True(Directory.GetFiles(TestFiles.DigestArticles, "*.txt").Length >= 10);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Json_line_has_the_expected_document_and_issues(string schema, string name)
    {
        string folder = Path.Combine(TestFiles.Articles, schema);
        string article = Path.Combine(folder, name + ".txt");

        CliRun run = await CliRun.RunAsync("parse", "--schema", Path.Combine(TestFiles.Schemas, schema + ".schema.yaml"), "--format", "json", article);

        JsonNode line = JsonNode.Parse(Assert.Single(run.OutLines))!;
        Assert.Equal(["file", "document", "issues"], line.AsObject().Select(property => property.Key));
        Assert.Equal(article, (string?)line["file"]);

        JsonNode? expectedDocument = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")));
        Assert.True(
            JsonNode.DeepEquals(expectedDocument, line["document"]),
            $"expected:\n{expectedDocument?.ToJsonString() ?? "null"}\nactual:\n{line["document"]?.ToJsonString() ?? "null"}");

        JsonArray expectedIssues = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected-issues.json")))!.AsArray();
        JsonArray issues = line["issues"]!.AsArray();
        string[] want = expectedIssues.Select(Describe).ToArray();
        string[] got = issues.Select(Describe).ToArray();
        Assert.Equal(want, got);
        foreach (JsonNode? issue in issues)
        {
            Assert.Equal(["code", "severity", "path", "line", "column", "message"], issue!.AsObject().Select(property => property.Key));
            Assert.False(string.IsNullOrWhiteSpace((string?)issue["message"]));
        }

        bool anyError = issues.Any(issue => (string?)issue!["severity"] == "error");
        Assert.Equal(anyError ? ExitCodes.ErrorsFound : ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
    }

    private static string Describe(JsonNode? issue) =>
        $"{(string?)issue!["code"]} {(string?)issue["severity"]} {(string?)issue["path"]} ({(int)issue["line"]!},{(int)issue["column"]!})";
}
