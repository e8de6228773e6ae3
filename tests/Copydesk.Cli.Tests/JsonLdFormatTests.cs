using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary><c>copydesk parse --format jsonld</c>: one contract line per file whose document is the article's schema.org JSON-LD.</summary>
public sealed class JsonLdFormatTests
{
    [Fact]
    public async Task Each_file_gets_one_line_with_its_JSON_LD_document_and_its_issues()
    {
        string[] articles = [TestFiles.Digest("library-renovation"), TestFiles.Digest("missing-headline"), TestFiles.Digest("transit-plan-long-headline")];

        CliRun run = await CliRun.RunAsync(["parse", "--schema", TestFiles.DigestSchema, "--format", "jsonld", .. articles]);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(3, run.OutLines.Length);
        using JsonDocument first = JsonDocument.Parse(run.OutLines[0]);
        Assert.Equal(articles[0], first.RootElement.GetProperty("file").GetString());
        JsonElement document = first.RootElement.GetProperty("document");
        Assert.Equal("https://schema.org", document.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", document.GetProperty("@type").GetString());
        Assert.Equal("Riverside library reopens after two-year renovation with rooftop reading garden", document.GetProperty("headline").GetString());
        Assert.Equal(
            ["Priya Natarajan", "Tomás Ferreira"],
            document.GetProperty("hasPart").EnumerateArray().Select(quote => quote.GetProperty("creator").GetProperty("name").GetString()));
        Assert.Equal(0, first.RootElement.GetProperty("issues").GetArrayLength());

        using JsonDocument failed = JsonDocument.Parse(run.OutLines[1]);
        Assert.Equal(JsonValueKind.Null, failed.RootElement.GetProperty("document").ValueKind);
        Assert.Equal("CD2001", failed.RootElement.GetProperty("issues")[0].GetProperty("code").GetString());

        using JsonDocument invalid = JsonDocument.Parse(run.OutLines[2]);
        Assert.Equal(JsonValueKind.Object, invalid.RootElement.GetProperty("document").ValueKind);
        Assert.Equal("CD3001", invalid.RootElement.GetProperty("issues")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_document_is_the_one_the_article_type_writes()
    {
        string article = Path.Combine(TestFiles.WireArticles, "port-tariffs-full.txt");

        CliRun run = await CliRun.RunAsync("parse", "-s", TestFiles.WireSchema, "-f", "jsonld", article);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument line = JsonDocument.Parse(Assert.Single(run.OutLines));
        JsonElement document = line.RootElement.GetProperty("document");
        Assert.Equal(
            ["Marta Kowalczyk", "Henrik Aas"],
            document.GetProperty("author").EnumerateArray().Select(author => author.GetProperty("name").GetString()));
        Assert.Equal("GDANSK, Poland, Oct. 7 (Reuters) -", document.GetProperty("dateline").GetString());
        Assert.StartsWith("Port operators on the Baltic coast said on Tuesday", document.GetProperty("articleBody").GetString());
    }

    [Fact]
    public async Task A_schema_without_a_mapping_is_a_usage_failure_before_any_article_is_read()
    {
        using var folder = new TempFolder();
        string schema = folder.Write("plain.schema.yaml", "copydesk: 1\ntype: Plain\nlayout:\n  - headline: label\n");
        string article = folder.Write("a.txt", "Headline");

        CliRun run = await CliRun.RunAsync("parse", "-s", schema, "--format", "jsonld", article);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("the schema has no 'jsonLd:' mapping", run.Error, System.StringComparison.Ordinal);
    }
}
