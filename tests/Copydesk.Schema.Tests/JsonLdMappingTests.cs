using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The <c>jsonLd:</c> section: read as written, planned once, and every mistake a located diagnostic.</summary>
public sealed class JsonLdMappingTests
{
    // Lines 1-16: a layout with a line, an optional line, an attribution, a repeat, a oneOf and a repeated part.
    private const string Schema = """
        copydesk: 1
        type: Story
        lines:
          byline: { pattern: '^By\s' }
        parts:
          Quote:
            - text: { line: sentence, value: quoted }
            - who: { line: label, value: attribution }
          Link:
            - title: label
            - source: label
        layout:
          - headline: label
          - byline: { line: byline, optional: true }
          - body: { repeat: 1+, oneOf: [ { quote: Quote }, { paragraph: sentence } ] }
          - links: { after: "More", part: Link, repeat: 0+ }

        """;

    private static SchemaLoadResult Map(string mapping) => LoadText(Schema + "jsonLd:\n" + mapping);

    [Fact]
    public void A_mapping_is_planned_into_what_each_property_writes()
    {
        SchemaLoadResult result = Map(
            "  type: ReportageNewsArticle\n"
            + "  headline: headline\n"
            + "  author: byline\n"
            + "  articleBody: body.paragraph\n"
            + "  hasPart: { from: body.quote, type: Quotation, text: text, creator: who }\n"
            + "  citation: { from: links, type: CreativeWork, headline: title, publisher: source }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        JsonLdPlan plan = ParsePlanBuilder.Build(result.Schema!).JsonLd!;
        Assert.Equal("ReportageNewsArticle", plan.Type);
        Assert.Equal(
            ["headline Text single", "author BylineAgents array Person", "articleBody JoinedText single", "hasPart Object array Quotation", "citation Object array CreativeWork"],
            plan.Properties.Select(p => $"{p.Name} {p.Form} {(p.IsArray ? "array" : "single")}{(p.ObjectType is null ? "" : " " + p.ObjectType)}"));
        JsonLdPropertyPlan quotes = plan.Properties[3];
        Assert.Equal([("body", 2, "quote", 0)], quotes.Path.Steps.Select(s => (s.Slot, s.SlotIndex, s.Case, s.CaseIndex)));
        Assert.Equal(
            ["text JoinedText single", "creator Agent single Person"],
            quotes.Properties.Select(p => $"{p.Name} {p.Form} {(p.IsArray ? "array" : "single")}{(p.ObjectType is null ? "" : " " + p.ObjectType)}"));
        Assert.Equal(JsonLdSource.Attribution, quotes.Properties[1].Path.Source);
    }

    [Fact]
    public void The_type_defaults_to_NewsArticle_and_equal_text_plans_equally()
    {
        SchemaLoadResult first = Map("  headline: headline\n");
        SchemaLoadResult second = Map("  headline: headline\n");

        Assert.Equal("NewsArticle", ParsePlanBuilder.Build(first.Schema!).JsonLd!.Type);
        Assert.Equal(ParsePlanBuilder.Build(first.Schema!), ParsePlanBuilder.Build(second.Schema!));
        Assert.NotEqual(ParsePlanBuilder.Build(first.Schema!), ParsePlanBuilder.Build(Map("  alternativeHeadline: headline\n").Schema!));
    }

    [Fact]
    public void An_unknown_type_is_CD1110_at_the_type_with_the_closest_article_type()
    {
        SchemaDiagnostic diagnostic = Single(Map("  type: NewsArtcle\n  headline: headline\n"), "CD1110", 18, 9);

        Assert.StartsWith("'NewsArtcle' is not a schema.org type an article may be: did you mean 'NewsArticle'? Write one of 'Article', 'NewsArticle'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_is_CD1111_at_its_name_and_the_other_properties_are_still_checked()
    {
        SchemaLoadResult result = Map("  type: NewsArtcle\n  headLine: headline\n  dateline: byline\n");

        Assert.Equal(["CD1110", "CD1111"], result.Diagnostics.Select(d => d.Id));
        AssertAt(result.Diagnostics[1], "CD1111", 19, 3);
        Assert.Equal("'headLine' is not a schema.org property of NewsArticle that an article's values can fill. Did you mean 'headline'?", result.Diagnostics[1].Message);
    }

    [Fact]
    public void A_property_of_a_narrower_type_is_CD1111_naming_the_type_it_belongs_to()
    {
        SchemaDiagnostic diagnostic = Single(Map("  type: Article\n  dateline: byline\n"), "CD1111", 19, 3);

        Assert.Equal("'dateline' is not a schema.org property of Article (it belongs to NewsArticle) that an article's values can fill", diagnostic.Message);
    }

    [Theory]
    [InlineData("  headline: headlin\n", 18, 13, "'headlin' is not a slot of the layout. Did you mean 'headline'?")]
    [InlineData("  articleBody: body\n", 18, 16, "'body' holds items of several cases; name the case whose values to write: 'body.quote', 'body.paragraph'")]
    [InlineData("  articleBody: body.paragrap\n", 18, 16, "'paragrap' is not a case of 'body', whose cases are 'body.quote', 'body.paragraph'. Did you mean 'paragraph'?")]
    [InlineData("  headline: headline.text\n", 18, 13, "'headline' reads one line, so nothing follows it in a path")]
    [InlineData("  citation: { from: links, type: CreativeWork, headline: titel }\n", 18, 58, "'titel' is not a slot of part 'Link'. Did you mean 'title'?")]
    public void A_path_that_leads_to_no_value_is_CD1112_at_the_path_with_the_step_that_fails(string mapping, int line, int column, string reason)
    {
        SchemaDiagnostic diagnostic = Single(Map(mapping), "CD1112", line, column);

        Assert.EndsWith(reason, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  datePublished: byline\n", 18, 18, "it expects Date or DateTime, and a line read as text is not a date: read it with 'value: date' or 'value: date-time'")]
    [InlineData("  url: headline\n", 18, 8, "it expects URL, and a line read as text is not a URL: read it with 'value: url'")]
    [InlineData("  citation: links\n", 18, 13, "'links' is the part Link, which becomes an object only with a type and its fields mapped: write 'citation: { from: links, type: CreativeWork, name: <slot of Link> }'")]
    [InlineData("  hasPart: { from: links, type: Person, name: title }\n", 18, 33, "it expects CreativeWork, and a Person is not one of them")]
    [InlineData("  headline: { from: headline, type: Person }\n", 18, 37, "a line names a Person or an Organization, and 'headline' takes neither")]
    [InlineData("  editor: { from: byline, type: Organization }\n", 18, 33, "a line names a Person or an Organization, and 'editor' takes no Organization")]
    public void A_value_of_the_wrong_type_for_the_property_is_CD1113(string mapping, int line, int column, string reason)
    {
        SchemaDiagnostic diagnostic = Single(Map(mapping), "CD1113", line, column);

        Assert.EndsWith(reason, diagnostic.Message, System.StringComparison.Ordinal);
    }

    // Lines 1-16: typed lines and a front matter with a list, a mapping and a list of mappings.
    private const string TypedSchema = """
        copydesk: 1
        type: Post
        frontMatter:
          fields:
            title: string
            date: date
            updated: date-time
            canonical: url
            weight: integer
            tags: { type: string, list: true }
            authors: { type: mapping, list: true, fields: { name: string } }
        layout:
          - headline: label
          - published: { line: any, value: date }
          - stamped: { line: any, value: date-time }
          - links: { line: label, repeat: 0+, value: url }

        """;

    [Fact]
    public void Dates_date_times_and_URLs_of_lines_and_front_matter_keep_their_type_in_the_plan()
    {
        SchemaLoadResult result = LoadText(
            TypedSchema + "jsonLd:\n"
            + "  datePublished: published\n"
            + "  dateModified: frontMatter.updated\n"
            + "  dateCreated: stamped\n"
            + "  url: frontMatter.canonical\n"
            + "  image: links\n"
            + "  keywords: frontMatter.tags\n"
            + "  author: frontMatter.authors.name\n"
            + "  printPage: frontMatter.weight\n"
            + "  alternativeHeadline: published\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        JsonLdPlan plan = ParsePlanBuilder.Build(result.Schema!).JsonLd!;
        Assert.Equal(
            [
                "datePublished Text single Date", "dateModified Text single DateTime", "dateCreated Text single DateTime", "url Text single Url",
                "image Text array Url", "keywords Text array Text", "author BylineAgents array Text", "printPage Text single Text", "alternativeHeadline Text single Date",
            ],
            plan.Properties.Select(p => $"{p.Name} {p.Form} {(p.IsArray ? "array" : "single")} {p.Path.Source}"));
        Assert.Equal([("authors", 6, true), ("name", 0, false)], plan.Properties[6].Path.FrontMatter.Select(s => (s.Field, s.FieldIndex, s.IsList)));
        Assert.Empty(plan.Properties[6].Path.Steps);
        Assert.Equal(
            ["Date", "DateTime", "DateTime", "URL", "URL", null, null, null, "Date"],
            plan.Properties.Select(p => p.Path.KeepsDataType ? p.Path.DataType : null));
    }

    // Lines 1-5: paragraphs read with value: quotes.
    private const string QuotesSchema = """
        copydesk: 1
        type: Wire
        layout:
          - headline: label
          - paragraphs: { line: any, repeat: 1+, value: quotes }

        """;

    [Fact]
    public void The_quotations_of_a_quotes_slot_become_Quotation_objects()
    {
        SchemaLoadResult result = LoadText(QuotesSchema + "jsonLd:\n  articleBody: paragraphs\n  hasPart: paragraphs.quotes\n  citation: { from: paragraphs.quotes, type: Quotation }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        JsonLdPlan plan = ParsePlanBuilder.Build(result.Schema!).JsonLd!;
        Assert.Equal(
            ["articleBody JoinedText Text", "hasPart Quotations Quotations Quotation", "citation Quotations Quotations Quotation"],
            plan.Properties.Select(p => $"{p.Name} {p.Form} {p.Path.Source}{(p.ObjectType is null ? "" : " " + p.ObjectType)}"));
        Assert.True(plan.Properties[1].IsArray);
    }

    [Theory]
    [InlineData("typed", "  url: published\n", 18, 8, "CD1113", "it expects URL, and a date is not a URL: read it with 'value: url'")]
    [InlineData("typed", "  datePublished: links\n", 18, 18, "CD1113", "it expects Date or DateTime, and a URL is not a date: read it with 'value: date' or 'value: date-time'")]
    [InlineData("typed", "  author: links\n", 18, 11, "CD1113", "it expects Organization or Person, and a URL becomes none of them")]
    [InlineData("typed", "  author: { from: published, type: Person }\n", 18, 36, "CD1113", "it expects Organization or Person, and a date names no Person")]
    [InlineData("typed", "  datePublished: frontMatter.title\n", 18, 18, "CD1113", "it expects Date or DateTime, and a front-matter field read as text is not a date: read it with 'value: date' or 'value: date-time'")]
    [InlineData("typed", "  headline: frontMatter.titel\n", 18, 13, "CD1112", "'titel' is not a field of 'frontMatter'. Did you mean 'title'?")]
    [InlineData("typed", "  author: frontMatter.authors\n", 18, 11, "CD1112", "'frontMatter.authors' holds fields; name the one to write: 'frontMatter.authors.name'")]
    [InlineData("typed", "  headline: frontMatter.title.text\n", 18, 13, "CD1112", "'frontMatter.title' holds one value, so nothing follows it in a path")]
    [InlineData("typed", "  headline: frontMatter\n", 18, 13, "CD1112", "'frontMatter' holds fields; name the one to write: 'frontMatter.title', 'frontMatter.date', 'frontMatter.updated', 'frontMatter.canonical', 'frontMatter.weight', 'frontMatter.tags', 'frontMatter.authors'")]
    [InlineData("quotes", "  headline: paragraphs.quotes\n", 7, 13, "CD1113", "it expects Text, and the quotations of a paragraph are Quotation objects")]
    [InlineData("quotes", "  hasPart: { from: paragraphs.quotes, type: CreativeWork }\n", 7, 45, "CD1113", "the quotations of a paragraph are Quotation objects, not CreativeWork")]
    [InlineData("quotes", "  hasPart: { from: paragraphs.quotes, type: Quotation, text: text }\n", 7, 56, "CD1038", "")]
    [InlineData("quotes", "  hasPart: paragraphs.quote\n", 7, 12, "CD1112", "'paragraphs' reads one line; only its quotations follow it in a path: 'paragraphs.quotes'")]
    [InlineData("quotes", "  hasPart: headline.quotes\n", 7, 12, "CD1112", "'headline' reads one line, so nothing follows it in a path")]
    public void A_date_URL_front_matter_field_or_quotation_that_cannot_fill_the_property_is_located_at_the_mapping(string schema, string mapping, int line, int column, string id, string reason)
    {
        SchemaDiagnostic diagnostic = Single(LoadText((schema == "typed" ? TypedSchema : QuotesSchema) + "jsonLd:\n" + mapping), id, line, column);

        Assert.EndsWith(reason, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_without_a_path_or_fields_is_reported_where_it_is_written()
    {
        SchemaLoadResult result = Map("  citation: { type: CreativeWork }\n  hasPart: { from: links, type: CreativeWork }\n  isPartOf: { from: headline, type: CreativeWork, name: headline }\n");

        Assert.Equal(["CD1003"], result.Diagnostics.Select(d => d.Id));
        AssertAt(result.Diagnostics[0], "CD1003", 18, 3);

        SchemaLoadResult planned = Map("  hasPart: { from: links, type: CreativeWork }\n  isPartOf: { from: headline, type: CreativeWork, name: headline }\n");
        Assert.Equal([("CD1003", 18), ("CD1038", 19)], planned.Diagnostics.Select(d => (d.Id, d.Range.StartLine)));
    }

    [Fact]
    public void A_section_that_is_not_a_mapping_is_CD1004()
    {
        Single(Map("  - headline\n"), "CD1004", 18, 3);
    }

    [Fact]
    public void A_hand_built_schema_with_a_broken_mapping_is_refused_by_the_planner()
    {
        ArticleSchema schema = Map("  headline: headline\n").Schema! with
        {
            JsonLd = new JsonLdMapping("NewsArticle", new EquatableArray<JsonLdPropertyMapping>([new JsonLdPropertyMapping("headline", "nothing", null, EquatableArray<JsonLdPropertyMapping>.Empty)])),
        };

        System.ArgumentException exception = Assert.Throws<System.ArgumentException>(() => ParsePlanBuilder.Build(schema));
        Assert.Contains("'nothing' is not a slot of the layout", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJsonLd_and_ToJsonLd_are_reserved_slot_names()
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - headline: label\n  - toJsonLd: sentence\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "CD1016");
    }
}
