using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Interpretation;
using Copydesk.Interpreter.Tests.BackEnds;
using Copydesk.Schema.JsonLd;
using Xunit;

namespace Copydesk.Interpreter.Tests.JsonLd;

/// <summary>
/// An article becomes the schema.org document its schema's <c>jsonLd:</c> maps: the same bytes from the generated
/// <c>WriteJsonLd</c> and the interpreter, only schema.org properties with values of their expected types, and safe
/// to embed in HTML.
/// </summary>
public sealed class JsonLdTests
{
    private const string WireStory = """
        Port operators warn new tariffs will slow grain exports

        By Marta Kowalczyk and Henrik Aas, Reuters

        GDANSK, Poland, Oct. 7 (Reuters) -

        Port operators said on Tuesday that new tariffs would add four days to grain shipments.

        "We will lose customers," said Ewa Brzezinska, who manages a cooperative.

        (Reporting by Marta Kowalczyk; Editing by Clara Mendes)
        Copyright 2024 Reuters. All rights reserved.
        """;

    private const string DigestStory = """
        Riverside library reopens with a rooftop garden

        The Riverside Public Library reopened on Saturday after a renovation.

        "We kept every oak shelf we could save."

        — Priya Natarajan, head librarian

        “It felt like opening a time capsule.”
        the site foreman

        Summarized by Metro Desk

        What changes

        The library will open seven days a week.

        Topic in-depth

        Inside the hidden reading room
        Riverside Courier
        """;

    public static TheoryData<string, string> AuthoredArticles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string schemaFile in TestFiles.SchemaFileNames())
            {
                foreach (string article in TestFiles.AuthoredArticles(schemaFile))
                {
                    data.Add(schemaFile, Path.GetFileNameWithoutExtension(article));
                }
            }

            return data;
        }
    }

    [Theory]
    [EachBackEnd]
    public void A_wire_story_becomes_a_NewsArticle_with_its_byline_as_authors_and_its_quotations_as_Quotations(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), WireStory);

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port operators warn new tariffs will slow grain exports","author":[{"@type":"Person","name":"Marta Kowalczyk"},{"@type":"Person","name":"Henrik Aas"}],"dateline":"GDANSK, Poland, Oct. 7 (Reuters) -","articleBody":"Port operators said on Tuesday that new tariffs would add four days to grain shipments.\n\n\"We will lose customers,\" said Ewa Brzezinska, who manages a cooperative.","hasPart":[{"@type":"Quotation","text":"We will lose customers","creator":{"@type":"Person","name":"Ewa Brzezinska"}}],"creditText":"(Reporting by Marta Kowalczyk; Editing by Clara Mendes)","copyrightNotice":"Copyright 2024 Reuters. All rights reserved."}""",
            outcome.JsonLd);
    }

    [Theory]
    [EachBackEnd]
    public void A_quotation_nobody_can_be_named_for_is_a_Quotation_without_a_creator(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(
            TestFiles.SchemaText("wire-story.schema.yaml"),
            "Storm hits the coast\n\"Everything we owned is gone.\"\nThe council said the damage was \"serious but manageable.\"");

        using JsonDocument document = JsonDocument.Parse(outcome.JsonLd!);
        Assert.Equal(
            """[{"@type":"Quotation","text":"Everything we owned is gone."},{"@type":"Quotation","text":"serious but manageable.","creator":{"@type":"Person","name":"The council"}}]""",
            document.RootElement.GetProperty("hasPart").GetRawText());
        Assert.Empty(SchemaOrgVocabulary.Instance.Problems(document.RootElement));
    }

    [Theory]
    [EachBackEnd]
    public void A_digest_story_maps_its_quotes_to_Quotations_and_its_links_to_CreativeWorks(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("digest-story.schema.yaml"), DigestStory);

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Riverside library reopens with a rooftop garden","articleBody":"The Riverside Public Library reopened on Saturday after a renovation.","hasPart":[{"@type":"Quotation","text":"We kept every oak shelf we could save.","creator":{"@type":"Person","name":"Priya Natarajan"}},{"@type":"Quotation","text":"It felt like opening a time capsule.","creator":{"@type":"Person","name":"the site foreman"}}],"creditText":"Metro Desk","articleSection":["What changes"],"citation":[{"@type":"CreativeWork","headline":"Inside the hidden reading room","publisher":{"@type":"Organization","name":"Riverside Courier"}}]}""",
            outcome.JsonLd);
    }

    [Theory]
    [MemberData(nameof(AuthoredArticles))]
    public void Every_authored_article_has_the_same_JSON_LD_in_both_back_ends_and_it_fits_schema_org(string schemaFile, string name)
    {
        string text = File.ReadAllText(Path.Combine(TestFiles.ArticlesFolder(schemaFile), name + ".txt"));

        ArticleOutcome generated = BackEnd.Generated.Read(TestFiles.SchemaText(schemaFile), text);
        ArticleOutcome interpreted = BackEnd.Interpreted.Read(TestFiles.SchemaText(schemaFile), text);

        Assert.Equal(generated.JsonLd, interpreted.JsonLd);
        Assert.Equal(generated.JsonLdScript, interpreted.JsonLdScript);
        Assert.Equal(generated.Json is null, generated.JsonLd is null);
        if (generated.JsonLd is { } jsonLd)
        {
            using JsonDocument document = JsonDocument.Parse(jsonLd);
            Assert.Empty(SchemaOrgVocabulary.Instance.Problems(document.RootElement));
            Assert.Empty(SchemaOrgVocabulary.GoogleProblems(jsonLd));
        }
    }

    [Theory]
    [EachBackEnd]
    public void Article_text_cannot_close_the_script_element_it_is_embedded_in(BackEnd backEnd)
    {
        const string Hostile = "Critics call it </script><script>alert('x')</script> <!-- a trick & more";

        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), Hostile + "\nThe story in one line.");

        string script = outcome.JsonLdScript!;
        Assert.StartsWith("<script type=\"application/ld+json\">", script, StringComparison.Ordinal);
        Assert.EndsWith("</script>", script, StringComparison.Ordinal);
        string json = script["<script type=\"application/ld+json\">".Length..^"</script>".Length];
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(Hostile, document.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [EachBackEnd]
    public void Letters_of_any_script_stay_readable_in_the_script_element(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), "Río Grande floods reach Zürich and 東京\nOne paragraph.");

        Assert.Contains("Río Grande floods reach Zürich and 東京", outcome.JsonLdScript!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checks_find_a_property_of_the_wrong_type_and_an_author_without_a_name()
    {
        const string Wrong = """{"@context":"https://schema.org","@type":"NewsArticle","dateline":{"@type":"Person","name":"Oslo"},"author":{"@type":"Person"},"colour":"red"}""";
        using JsonDocument document = JsonDocument.Parse(Wrong);

        Assert.Equal(
            ["$.dateline: a Object is none of Text", "$.colour: schema.org has no property 'colour'"],
            SchemaOrgVocabulary.Instance.Problems(document.RootElement));
        Assert.NotEmpty(SchemaOrgVocabulary.GoogleProblems(Wrong));
    }

    [Theory]
    [EachBackEnd]
    public void Absent_values_leave_their_properties_out(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText("wire-story.schema.yaml"), "Headline only\nOne paragraph.");

        Assert.Equal("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline only","articleBody":"One paragraph."}""", outcome.JsonLd);
    }

    [Theory]
    [EachBackEnd]
    public void A_schema_without_a_mapping_has_no_JSON_LD(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read("copydesk: 1\ntype: Plain\nlayout:\n  - headline: label\n", "Headline");

        Assert.NotNull(outcome.Json);
        Assert.Null(outcome.JsonLd);
    }

    [Fact]
    public void The_interpreter_refuses_JSON_LD_for_a_schema_without_a_mapping()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("copydesk: 1\ntype: Plain\nlayout:\n  - headline: label\n");
        InterpretedArticle article = interpreter.Parse("Headline", cancellationToken: TestContext.Current.CancellationToken).Document!;

        Assert.False(article.HasJsonLd);
        Assert.Throws<InvalidOperationException>(() => article.ToJsonLd());
    }

    [Theory]
    [EachBackEnd]
    public void The_example_of_the_language_reference_writes_the_document_it_shows(BackEnd backEnd)
    {
        string page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md"));
        string section = page[page.IndexOf("### JSON-LD", StringComparison.Ordinal)..];
        string schema = Block(section, "yaml");
        string article = Block(section, "text");
        using JsonDocument shown = JsonDocument.Parse(Block(section, "json"));

        ArticleOutcome outcome = backEnd.Read(schema, article);

        Assert.Equal(JsonSerializer.Serialize(shown.RootElement), outcome.JsonLd);
    }

    private static string Block(string section, string language)
    {
        int start = section.IndexOf("```" + language + "\n", StringComparison.Ordinal) + language.Length + 4;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Every_term_the_planner_knows_is_a_schema_org_term_with_its_domain_and_expected_types()
    {
        SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.Instance;
        foreach (string type in SchemaOrgTerms.Types)
        {
            Assert.True(vocabulary.IsClass(type), $"{type} is not a schema.org class");
        }

        foreach (SchemaOrgProperty property in SchemaOrgTerms.Properties)
        {
            var term = vocabulary.Property(property.Name);
            Assert.True(term is not null, $"schema.org has no property '{property.Name}'");
            Assert.Contains(property.Domain, term.Value.Domains);
            Assert.Equal(term.Value.Ranges.Order(StringComparer.Ordinal), property.Ranges.Order(StringComparer.Ordinal));
        }

        foreach (string type in SchemaOrgTerms.DocumentTypes)
        {
            Assert.True(vocabulary.IsA(type, "Article"), $"{type} is not an Article");
        }
    }
}
