using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.JsonLd;

/// <summary>
/// The shipped wire story with an inline dateline, as JSON-LD, on both back ends: <c>dateline</c> is the captured
/// dateline when none stands on its own line, <c>articleBody</c> starts with the lead's paragraph (without the
/// dateline), and <c>hasPart</c> holds the lead's quotations before the others'.
/// </summary>
public sealed class InlineDatelineJsonLdTests
{
    private const string Story = """
        Senate passes stopgap bill
        WASHINGTON (AP) — "We will keep the government open," said Tomas Brandt.
        "It buys us six weeks," he told reporters.
        """;

    [Theory]
    [EachBackEnd]
    public void The_lead_gives_the_dateline_the_start_of_the_body_and_the_first_quotations(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), Story);

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Senate passes stopgap bill","dateline":"WASHINGTON (AP)","articleBody":"\"We will keep the government open,\" said Tomas Brandt.\n\n\"It buys us six weeks,\" he told reporters.","hasPart":[{"@type":"Quotation","text":"We will keep the government open","creator":{"@type":"Person","name":"Tomas Brandt"}},{"@type":"Quotation","text":"It buys us six weeks","creator":{"@type":"Person","name":"Tomas Brandt"}}]}""",
            outcome.JsonLd);
        using JsonDocument document = JsonDocument.Parse(outcome.JsonLd!);
        Assert.Empty(SchemaOrgVocabulary.Instance.Problems(document.RootElement));
    }

    [Theory]
    [EachBackEnd]
    public void The_list_of_paths_example_of_the_language_reference_writes_the_document_it_shows(BackEnd backEnd)
    {
        string page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md"));
        string section = page[page.IndexOf("<!-- json-ld-example: paths -->", StringComparison.Ordinal)..];

        ArticleOutcome outcome = backEnd.Read(Block(section, "yaml"), Block(section, "text"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Block(section, "json")), JsonNode.Parse(outcome.JsonLd!)), $"The example's JSON-LD differs; the back end wrote:\n{outcome.JsonLd}");
    }

    [Theory]
    [EachBackEnd]
    public void A_dateline_on_its_own_line_comes_first(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), "Senate passes stopgap bill\nWASHINGTON (AP) —\nLONDON (Reuters) - The vote was close.");

        using JsonDocument document = JsonDocument.Parse(outcome.JsonLd!);
        Assert.Equal("WASHINGTON (AP) —", document.RootElement.GetProperty("dateline").GetString());
        Assert.Equal("The vote was close.", document.RootElement.GetProperty("articleBody").GetString());
    }

    private static string Block(string section, string language) =>
        Regex.Match(section, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
}
