using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.JsonLd;

/// <summary>
/// A digest story's quotes are its quote and attribution parts; its JSON-LD lists each of them as a schema.org
/// <c>Quotation</c> whose <c>creator</c> is the speaker of the attribution, in both back ends, for every authored article.
/// </summary>
public sealed class DigestQuotationTests
{
    private const string Schema = "digest-story.schema.yaml";

    public static TheoryData<BackEnd, string> Articles
    {
        get
        {
            var data = new TheoryData<BackEnd, string>();
            foreach (BackEnd backEnd in Enum.GetValues<BackEnd>())
            {
                foreach (string article in TestFiles.AuthoredArticles(Schema))
                {
                    data.Add(backEnd, Path.GetFileNameWithoutExtension(article));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_quote_of_the_body_is_a_Quotation_by_its_speaker(BackEnd backEnd, string name)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText(Schema), File.ReadAllText(Path.Combine(TestFiles.ArticlesFolder(Schema), name + ".txt")));
        if (outcome.Json is null)
        {
            Assert.Null(outcome.JsonLd);
            return;
        }

        string[] quotes = QuotesOf(outcome.Json);
        string[] quotations = QuotationsOf(outcome.JsonLd!);

        Assert.Equal(quotes, quotations);
    }

    [Fact]
    public void The_authored_digest_stories_quote_people_in_several_articles()
    {
        int quoting = TestFiles.AuthoredArticles(Schema)
            .Select(article => BackEnd.Interpreted.Read(TestFiles.SchemaText(Schema), File.ReadAllText(article)))
            .Count(outcome => outcome.Json is { } json && QuotesOf(json).Length > 0);

        Assert.True(quoting >= 5, $"only {quoting} authored digest stories have quotes");
    }

    // "text — speaker" for each quote of the body, the speaker as the attribution names it (its whole text when it names none).
    private static string[] QuotesOf(string contractJson)
    {
        using JsonDocument document = JsonDocument.Parse(contractJson);
        return document.RootElement.GetProperty("body").EnumerateArray()
            .Where(item => item.GetProperty("$type").GetString() == "quote")
            .Select(quote =>
            {
                JsonElement attribution = quote.GetProperty("attribution");
                string speaker = attribution.GetProperty("speaker").GetString() ?? attribution.GetProperty("text").GetString()!;
                return quote.GetProperty("text").GetString() + " — " + speaker;
            })
            .ToArray();
    }

    // "text — creator" for each Quotation of hasPart, checking that each is a Quotation by a Person.
    private static string[] QuotationsOf(string jsonLd)
    {
        using JsonDocument document = JsonDocument.Parse(jsonLd);
        if (!document.RootElement.TryGetProperty("hasPart", out JsonElement parts))
        {
            return [];
        }

        return parts.EnumerateArray()
            .Select(part =>
            {
                Assert.Equal("Quotation", part.GetProperty("@type").GetString());
                JsonElement creator = part.GetProperty("creator");
                Assert.Equal("Person", creator.GetProperty("@type").GetString());
                return part.GetProperty("text").GetString() + " — " + creator.GetProperty("name").GetString();
            })
            .ToArray();
    }
}
