using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// JSON-LD paths into captured lines (<c>lead.place</c>, <c>lead.paragraph</c>, <c>lead.paragraph.quotes</c>) and lists
/// of paths (<c>articleBody: [lead.paragraph, paragraphs]</c>): planned once, and every mistake located at the path.
/// </summary>
public sealed class JsonLdPathListTests
{
    // The mapping starts on line 19.
    private const string Schema = """
        copydesk: 1
        type: Wire
        parts:
          Link:
            - title: label
        layout:
          - headline: label
          - dateline: { line: { pattern: '[-—]$' }, optional: true }
          - lead:
              line: sentence
              optional: true
              capture:
                pattern: '^(?<place>[A-Z]+), (?<filed>\d{4}-\d\d-\d\d) — '
                fields: { place: text, filed: date }
                rest: { name: paragraph, value: quotes }
          - paragraphs: { line: sentence, repeat: 0+, value: quotes }
          - links: { after: "More", part: Link, repeat: 0+ }

        """;

    private static SchemaLoadResult Map(string mapping) => LoadText(Schema + "jsonLd:\n" + mapping);

    private static JsonLdPlan Planned(string mapping)
    {
        SchemaLoadResult result = Map(mapping);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return ParsePlanBuilder.Build(result.Schema!).JsonLd!;
    }

    [Fact]
    public void A_path_continues_into_a_field_of_a_captured_line()
    {
        JsonLdPlan plan = Planned("  dateline: lead.place\n  dateCreated: lead.filed\n  hasPart: lead.paragraph.quotes\n  text: lead\n");

        Assert.Equal(
            [("lead.place", JsonLdSource.Text, "place", 0), ("lead.filed", JsonLdSource.Date, "filed", 1), ("lead.paragraph.quotes", JsonLdSource.Quotations, "paragraph", 2), ("lead", JsonLdSource.Captured, null, -1)],
            plan.Properties.Select(p => (p.Path.Text, p.Path.Source, p.Path.CaptureField?.Field, p.Path.CaptureField?.FieldIndex ?? -1)));
        Assert.Equal("Paragraph", plan.Properties[2].Path.CaptureField!.PropertyName);
    }

    [Fact]
    public void A_list_of_paths_reads_each_in_turn_and_is_an_array_when_one_path_can_give_several_values()
    {
        JsonLdPlan plan = Planned("  dateline: [dateline, lead.place]\n  articleBody: [lead.paragraph, paragraphs]\n  hasPart: [lead.paragraph.quotes, paragraphs.quotes]\n  keywords: [lead.place, paragraphs]\n");

        Assert.Equal(
            ["dateline Text single dateline+lead.place", "articleBody JoinedText single lead.paragraph+paragraphs", "hasPart Quotations array lead.paragraph.quotes+paragraphs.quotes", "keywords Text array lead.place+paragraphs"],
            plan.Properties.Select(p => $"{p.Name} {p.Form} {(p.IsArray ? "array" : "single")} {string.Join("+", p.Paths.Select(path => path.Text))}"));
    }

    [Fact]
    public void A_field_the_capture_does_not_have_is_CD1112_with_the_closest_field()
    {
        SchemaDiagnostic diagnostic = Single(Map("  dateline: lead.plcae\n"), DiagnosticCatalog.UnknownJsonLdPath.Id, 19, 13);

        Assert.Equal("The path 'lead.plcae' does not lead to a value: 'plcae' is not a field of the capture of 'lead', whose fields are 'lead.place', 'lead.filed', 'lead.paragraph'. Did you mean 'place'?", diagnostic.Message);
    }

    [Fact]
    public void Only_the_quotations_follow_a_rest_read_as_quotes()
    {
        Single(Map("  hasPart: lead.paragraph.text\n"), DiagnosticCatalog.UnknownJsonLdPath.Id, 19, 12);
        Single(Map("  dateline: lead.place.text\n"), DiagnosticCatalog.UnknownJsonLdPath.Id, 19, 13);
    }

    [Fact]
    public void Paths_of_a_list_that_give_different_values_are_CD1113_at_the_one_that_differs()
    {
        // 'citation' takes a Quotation and a text alike, but a list writes its values one way.
        SchemaDiagnostic diagnostic = Single(Map("  citation: [paragraphs.quotes, lead.place]\n"), DiagnosticCatalog.JsonLdTypeMismatch.Id, 19, 33);

        Assert.Contains("'paragraphs.quotes' gives quotations where 'lead.place' gives text", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_in_a_list_is_refused_since_a_list_gives_it_no_type()
    {
        Single(Map("  citation: [links, headline]\n"), DiagnosticCatalog.JsonLdTypeMismatch.Id, 19, 14);
    }
}
