using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// The rest of a capture: <c>rest: text</c> names a text field; <c>rest: { name, value }</c> names it and reads it as
/// text or as a paragraph with its quotations, which the plan decides once for both back ends; any other parser is
/// CD1097, a missing name CD1003, an unknown key CD1002.
/// </summary>
public sealed class CaptureRestTests
{
    // The slot stands on line 5: header 2 lines, 'layout:', then the headline.
    private static SchemaLoadResult Lead(string rest) =>
        LoadText(Header + "layout:\n  - headline: label\n  - lead: { line: sentence, capture: { pattern: '^(?<place>[A-Z]+) — ', fields: { place: text }, rest: " + rest + " } }\n");

    private static CaptureFieldPlan RestOf(SchemaLoadResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        LineRead read = Assert.IsType<LineRead>(ParsePlanBuilder.Build(result.Schema!).Layout.Slots[1].Read);
        return read.Capture!.Fields.Last();
    }

    [Fact]
    public void A_word_names_a_text_rest()
    {
        CaptureFieldPlan rest = RestOf(Lead("text"));

        Assert.Equal(("text", "Text", true, ValueKind.Text), (rest.Name, rest.PropertyName, rest.IsRest, rest.Value));
    }

    [Fact]
    public void A_mapping_names_the_rest_and_reads_it_as_quotes()
    {
        SchemaLoadResult result = Lead("{ name: paragraph, value: quotes }");
        CaptureFieldPlan rest = RestOf(result);

        Assert.Equal(("paragraph", "Paragraph", true, ValueKind.Quotes, null), (rest.Name, rest.PropertyName, rest.IsRest, rest.Value, rest.Spec));
        Assert.True(((LineRead)ParsePlanBuilder.Build(result.Schema!).Layout.Slots[1].Read).Capture!.ReadsQuotes);
        Assert.Equal(ValueKind.Quotes, ((LineSlot)result.Schema!.Layout[1]).Capture!.RestValue);
    }

    [Fact]
    public void A_mapping_without_value_reads_text()
    {
        CaptureFieldPlan rest = RestOf(Lead("{ name: paragraph }"));

        Assert.Equal(ValueKind.Text, rest.Value);
        Assert.False(((LineRead)ParsePlanBuilder.Build(Lead("{ name: paragraph }").Schema!).Layout.Slots[1].Read).Capture!.ReadsQuotes);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("quoted")]
    [InlineData("attribution")]
    [InlineData("{ type: integer }")]
    public void A_rest_read_with_another_parser_is_CD1097_at_the_value(string parser)
    {
        SchemaDiagnostic diagnostic = Single(Lead("{ name: text, value: " + parser + " }"), "CD1097", 5, 125);

        Assert.StartsWith($"The rest of a capture cannot be read with '{(parser.StartsWith('{') ? "integer" : parser)}'", diagnostic.Message);
    }

    [Fact]
    public void A_rest_mapping_without_a_name_is_CD1003_at_the_key()
    {
        Single(Lead("{ value: quotes }"), DiagnosticCatalog.MissingKey.Id, 5, 98);
    }

    [Fact]
    public void An_unknown_key_of_the_rest_is_CD1002()
    {
        Assert.Contains(Lead("{ name: text, valeu: quotes }").Diagnostics, d => d.Id == DiagnosticCatalog.UnknownKey.Id && d.Message.Contains("valeu", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ type: date-time }", "type: date-time")]
    [InlineData("{ type: integer, groupSeparator: ',' }", "type: integer")]
    [InlineData("date", "date")]
    public void A_value_parser_beside_a_capture_is_CD1087_named_as_the_schema_writes_it(string parser, string named)
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - headline: label\n  - lead: { line: sentence, value: " + parser + ", capture: { pattern: '^(?<place>[A-Z]+) — ', fields: { place: text } } }\n");

        SchemaDiagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CD1087");
        Assert.Contains($"'value: {named}'", diagnostic.Message, System.StringComparison.Ordinal);
    }
}
