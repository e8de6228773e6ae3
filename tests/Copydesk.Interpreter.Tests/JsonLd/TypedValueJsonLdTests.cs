using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.JsonLd;

/// <summary>
/// Dates, date-times and URLs fill the schema.org properties that expect them, from typed lines and from front-matter
/// fields alike: a date as ISO 8601, a date and time as ISO 8601 with its offset, a URL as its absolute URL; a value
/// its parser refused, or a field not given, leaves the property out. Both back ends write the same bytes.
/// </summary>
public sealed class TypedValueJsonLdTests
{
    private const string Release = """
        copydesk: 1
        type: Release
        layout:
          - headline: label
          - published: { after: "Published", line: any, value: date }
          - updated: { after: "Updated", line: any, optional: true, value: date-time }
          - photos: { after: "Photos", line: label, repeat: 0+, value: url }
          - paragraphs: { line: sentence, repeat: 1+ }
        jsonLd:
          type: NewsArticle
          headline: headline
          datePublished: published
          dateModified: updated
          image: photos
          url: photos
          alternativeHeadline: published
          articleBody: paragraphs
        """;

    private const string Post = """
        copydesk: 1
        type: Post
        frontMatter:
          fields:
            title: string
            date: date
            updated: date-time
            canonical: url
            tags: { type: string, list: true }
            authors: { type: mapping, list: true, fields: { name: string } }
            seo: { type: mapping, fields: { description: string } }
        layout:
          - headline: label
          - paragraphs: { line: any, repeat: 1+ }
        jsonLd:
          type: BlogPosting
          headline: frontMatter.title
          datePublished: frontMatter.date
          dateModified: frontMatter.updated
          url: frontMatter.canonical
          keywords: frontMatter.tags
          author: frontMatter.authors.name
          description: frontMatter.seo.description
          articleBody: paragraphs
        """;

    [Theory]
    [EachBackEnd]
    public void A_typed_date_date_time_and_url_are_written_as_ISO_8601_and_absolute_URLs(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Release, """
            Harbour bridge reopens
            Published
            2024-05-14
            Updated
            2024-05-15 08:30+02:00
            Photos
            https://Example.com/photos/bridge.jpg
            https://example.com/a%20b/../night.jpg
            The bridge reopened on Monday.
            """);

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge reopens","datePublished":"2024-05-14","dateModified":"2024-05-15T08:30:00+02:00","image":["https://example.com/photos/bridge.jpg","https://example.com/night.jpg"],"url":["https://example.com/photos/bridge.jpg","https://example.com/night.jpg"],"alternativeHeadline":"2024-05-14","articleBody":"The bridge reopened on Monday."}""",
            outcome.JsonLd);
        AssertFitsSchemaOrg(outcome.JsonLd!);
    }

    [Theory]
    [EachBackEnd]
    public void A_value_its_parser_refused_or_that_is_absent_leaves_its_property_out(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Release, "Harbour bridge reopens\nPublished\nlast Tuesday\nThe bridge reopened on Monday.");

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge reopens","articleBody":"The bridge reopened on Monday."}""",
            outcome.JsonLd);
    }

    [Theory]
    [EachBackEnd]
    public void Front_matter_fields_fill_dates_URLs_texts_and_authors(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Post, """
            ---
            title: Harbor plan wins final approval
            date: 2024-05-14
            updated: 2024-05-15T08:30:00Z
            canonical: https://news.example.com/harbor-plan
            tags: [harbor, council]
            authors:
              - name: Ana Ruiz
              - name: Li Wei
            ---
            Harbor plan wins
            Commissioners voted 5-2 on Tuesday.
            """);

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbor plan wins final approval","datePublished":"2024-05-14","dateModified":"2024-05-15T08:30:00+00:00","url":"https://news.example.com/harbor-plan","keywords":["harbor","council"],"author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],"articleBody":"Commissioners voted 5-2 on Tuesday."}""",
            outcome.JsonLd);
        AssertFitsSchemaOrg(outcome.JsonLd!);
    }

    [Theory]
    [EachBackEnd]
    public void Front_matter_fields_not_given_leave_their_properties_out(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Post, "---\nseo:\n  description: The vote.\n---\nHarbor plan wins\nCommissioners voted.");

        Assert.Equal(
            """{"@context":"https://schema.org","@type":"BlogPosting","description":"The vote.","articleBody":"Commissioners voted."}""",
            outcome.JsonLd);
    }

    [Theory]
    [EachBackEnd]
    public void The_front_matter_example_of_the_language_reference_writes_the_document_it_shows(BackEnd backEnd)
    {
        string page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema-language.md"));
        string section = page[page.IndexOf("<!-- json-ld-example: front-matter -->", StringComparison.Ordinal)..];
        JsonNode? shown = JsonNode.Parse(Block(section, "json"));

        ArticleOutcome outcome = backEnd.Read(Block(section, "yaml"), Block(section, "text"));

        Assert.True(JsonNode.DeepEquals(shown, JsonNode.Parse(outcome.JsonLd!)), $"The example's JSON-LD differs; the back end wrote:\n{outcome.JsonLd}");
        AssertFitsSchemaOrg(outcome.JsonLd!);
    }

    private static string Block(string section, string language) =>
        Regex.Match(section, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

    private static void AssertFitsSchemaOrg(string jsonLd)
    {
        using JsonDocument document = JsonDocument.Parse(jsonLd);
        Assert.Empty(SchemaOrgVocabulary.Instance.Problems(document.RootElement));
    }
}
