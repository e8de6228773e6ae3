using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>Slots of the layout and of parts: kinds, cardinality, after, value, capture, names.</summary>
public sealed class SlotTests
{
    private const string QuotePart = "parts:\n  Quote:\n    - text: sentence\n";

    // Loads a layout (lines start at line 6: header 2 lines, Quote part 3 lines) and returns its slots.
    private static SchemaLoadResult Layout(params string[] slots) =>
        LoadText(Header + QuotePart + "layout:\n" + string.Join("\n", slots) + "\n");

    private static Slot OnlySlot(params string[] slots)
    {
        SchemaLoadResult result = Layout(slots);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return result.Schema!.Layout.Last();
    }

    [Fact]
    public void A_bare_name_is_a_line_slot_or_a_part_slot()
    {
        SchemaLoadResult result = Layout("  - headline: label", "  - lead: Quote");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [("headline", typeof(LineSlot), "label", Cardinality.One, 1, 1), ("lead", typeof(PartSlot), "Quote", Cardinality.One, 1, 1)],
            result.Schema!.Layout.Select(s => (s.Name, s.GetType(), s is LineSlot line ? line.LineClass : ((PartSlot)s).Part, s.Cardinality, s.Min, s.Max)));
        Assert.Equal((7, 5), (result.Schema.Layout[0].Range.StartLine, result.Schema.Layout[0].Range.StartColumn));
        Assert.Equal((7, 15, 7, 20), (result.Schema.Layout[0].TargetRange.StartLine, result.Schema.Layout[0].TargetRange.StartColumn, result.Schema.Layout[0].TargetRange.EndLine, result.Schema.Layout[0].TargetRange.EndColumn));
        Assert.Equal((8, 11), (result.Schema.Layout[1].TargetRange.StartLine, result.Schema.Layout[1].TargetRange.StartColumn));
    }

    [Theory]
    [InlineData("0+", 0, int.MaxValue)]
    [InlineData("1+", 1, int.MaxValue)]
    [InlineData("3+", 3, int.MaxValue)]
    [InlineData("2..5", 2, 5)]
    [InlineData("\"0..1\"", 0, 1)]
    [InlineData("3", 3, 3)]
    public void Repeat_sets_min_and_max(string repeat, int min, int max)
    {
        Slot slot = OnlySlot($"  - items: {{ line: sentence, repeat: {repeat} }}");

        Assert.Equal((Cardinality.Repeat, min, max), (slot.Cardinality, slot.Min, slot.Max));
    }

    [Theory]
    [InlineData("some")]
    [InlineData("0")]
    [InlineData("0..0")]
    [InlineData("5..2")]
    [InlineData("-1+")]
    [InlineData("1..")]
    [InlineData("[1, 2]")]
    public void Repeat_of_another_form_is_CD1036_at_the_value(string repeat)
    {
        Single(Layout($"  - items: {{ line: sentence, repeat: {repeat} }}"), "CD1036", 7, 38);
    }

    [Theory]
    [InlineData("1-3", "write '1..3' for a range")]
    [InlineData("5..2", "the smaller number comes first: '2..5'")]
    [InlineData("0", "write 'optional: true' instead")]
    public void Repeat_slips_get_the_form_to_write_instead(string repeat, string fix)
    {
        Assert.EndsWith(fix, Single(Layout($"  - items: {{ line: sentence, repeat: {repeat} }}"), "CD1036", 7, 38).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_true_is_zero_or_one_and_false_is_one()
    {
        Assert.Equal((Cardinality.Optional, 0, 1), CountOf(OnlySlot("  - sub: { line: label, optional: true }")));
        Assert.Equal((Cardinality.One, 1, 1), CountOf(OnlySlot("  - sub: { line: label, optional: false }")));
    }

    [Fact]
    public void Optional_that_is_not_a_boolean_is_CD1004()
    {
        Single(Layout("  - sub: { line: label, optional: maybe }"), "CD1004", 7, 35);
    }

    [Fact]
    public void Optional_and_repeat_together_are_CD1035_at_the_second()
    {
        Single(Layout("  - sub: { line: label, optional: true, repeat: 1+ }"), "CD1035", 7, 41);
        Single(Layout("  - sub: { line: label, repeat: 1+, optional: true }"), "CD1035", 7, 37);
    }

    [Fact]
    public void A_slot_without_a_kind_is_CD1003_at_its_name()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - headline: { optional: true }"), "CD1003", 7, 5);

        Assert.Equal("Slot 'headline' needs the key 'line', 'part', 'marker' or 'oneOf'", diagnostic.Message);
    }

    [Fact]
    public void A_slot_with_two_kinds_is_CD1034_at_the_second_kind()
    {
        Assert.Equal(
            "Slot 'headline' has both 'line' and 'part'; keep only one of them",
            Single(Layout("  - headline: { line: label, part: Quote }"), "CD1034", 7, 30).Message);
    }

    [Fact]
    public void Unknown_slot_key_is_CD1002_with_a_suggestion()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - headline: { line: label, optinal: true }"), "CD1002", 7, 30);

        Assert.Equal(["optinal", "slot 'headline'", " Did you mean 'optional'?"], diagnostic.Arguments);
    }

    [Fact]
    public void Duplicate_slot_key_is_CD1006_at_the_second()
    {
        Assert.Equal(["line", "slot 'headline'"], Single(Layout("  - headline: { line: label, line: sentence }"), "CD1006", 7, 30).Arguments);
    }

    [Fact]
    public void Unknown_bare_target_is_CD1008_with_a_suggestion_from_parts_and_classes()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - headline: lable"), "CD1008", 7, 15);

        Assert.Equal(["lable", " Did you mean 'label'?"], diagnostic.Arguments);
        Assert.Equal(" Did you mean 'Quote'?", Assert.Single(Layout("  - lead: Qoute").Diagnostics).Arguments[1]);
    }

    [Fact]
    public void Unknown_line_class_after_line_is_CD1007()
    {
        Assert.Equal(" Did you mean 'sentence'?", Single(Layout("  - body: { line: sentnce }"), "CD1007", 7, 19).Arguments[1]);
    }

    [Fact]
    public void Unknown_part_after_part_is_CD1008()
    {
        Assert.Equal(" Did you mean 'Quote'?", Single(Layout("  - body: { part: quote }"), "CD1008", 7, 19).Arguments[1]);
    }

    [Fact]
    public void A_part_after_line_or_a_class_after_part_is_CD1039_at_the_key_with_the_right_key()
    {
        Assert.Equal("'Quote' is a part; write 'part: Quote' instead", Single(Layout("  - body: { line: Quote }"), "CD1039", 7, 13).Message);
        Assert.Equal("'sentence' is a line class; write 'line: sentence' instead", Single(Layout("  - body: { part: sentence }"), "CD1039", 7, 13).Message);
    }

    [Fact]
    public void Marker_slot_takes_the_text_and_capture_rest()
    {
        MarkerSlot slot = Assert.IsType<MarkerSlot>(OnlySlot("  - credit: { marker: \"Summarized by\", capture: rest, optional: true }"));

        Assert.Equal(("Summarized by", true, Cardinality.Optional), (slot.Text, slot.CapturesRest, slot.Cardinality));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("\" padded \"")]
    [InlineData("[]")]
    public void Marker_text_that_cannot_match_a_trimmed_line_is_CD1004(string marker)
    {
        Single(Layout($"  - credit: {{ marker: {marker} }}"), "CD1004", 7, 23);
    }

    [Fact]
    public void Capture_other_than_rest_is_CD1009()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - credit: { marker: By, capture: rst }"), "CD1009", 7, 36);

        Assert.Equal("Unknown capture mode 'rst': did you mean 'rest'? Write one of 'rest'", diagnostic.Message);
    }

    [Fact]
    public void Capture_on_a_line_slot_is_CD1038_at_the_key()
    {
        Single(Layout("  - credit: { line: label, capture: rest }"), "CD1038", 7, 28);
    }

    [Theory]
    [InlineData("text", ValueKind.Text)]
    [InlineData("quoted", ValueKind.Quoted)]
    [InlineData("attribution", ValueKind.Attribution)]
    public void Value_selects_the_value_parser_of_a_line_slot(string value, ValueKind expected)
    {
        Assert.Equal(expected, Assert.IsType<LineSlot>(OnlySlot($"  - text: {{ line: sentence, value: {value} }}")).Value);
    }

    [Fact]
    public void Unknown_value_parser_is_CD1009_with_a_suggestion()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - text: { line: sentence, value: quote }"), "CD1009", 7, 36);

        Assert.Equal("Unknown value parser 'quote': did you mean 'quoted'? Write one of 'text', 'quoted', 'attribution', 'quotes', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone', 'byline' or 'list'", diagnostic.Message);
    }

    [Fact]
    public void Unknown_value_parser_with_nothing_close_lists_the_valid_ones()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - text: { line: sentence, value: speech }"), "CD1009", 7, 36);

        Assert.Equal("Unknown value parser 'speech': write one of 'text', 'quoted', 'attribution', 'quotes', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone', 'byline' or 'list'", diagnostic.Message);
    }

    [Fact]
    public void Quoted_or_attribution_value_outside_line_slots_is_CD1038_at_the_key()
    {
        Single(Layout("  - lead: { part: Quote, value: quoted }"), "CD1038", 7, 26);
        Single(Layout("  - credit: { marker: By, value: attribution }"), "CD1038", 7, 27);
        Assert.Empty(Layout("  - lead: { part: Quote, value: text }").Diagnostics);
    }

    [Fact]
    public void After_records_the_marker_and_keeps_the_kind()
    {
        SchemaLoadResult result = Layout("  - links: { after: \"Topic in-depth\", part: Quote, repeat: 0+ }");

        PartSlot slot = Assert.IsType<PartSlot>(Assert.Single(result.Schema!.Layout));
        Assert.Equal(("Quote", "Topic in-depth"), (slot.Part, slot.After));
        Assert.Equal([new MarkerDefinition("Topic in-depth", false)], result.Schema.Markers);
    }

    [Fact]
    public void Markers_are_distinct_text_and_capture_pairs_in_order_of_appearance()
    {
        SchemaLoadResult result = LoadText(
            Header
            + "parts:\n  Link:\n    - title: { after: Related, line: label }\n    - source: label\n"
            + "layout:\n"
            + "  - credit: { marker: \"By\", capture: rest, optional: true }\n"
            + "  - links: { after: \"More\", part: Link, repeat: 0+ }\n"
            + "  - again: { after: More, line: label, optional: true }\n"
            + "  - plain: { marker: By, optional: true }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Equal(
            [new MarkerDefinition("Related", false), new MarkerDefinition("By", true), new MarkerDefinition("More", false), new MarkerDefinition("By", false)],
            result.Schema!.Markers);
    }

    [Theory]
    [InlineData("head-line", 5)]
    [InlineData("2nd", 5)]
    [InlineData("\"\"", 5)]
    [InlineData("\"sub line\"", 5)]
    public void Invalid_slot_name_is_CD1005_at_the_name(string name, int column)
    {
        SchemaDiagnostic diagnostic = Single(Layout($"  - {name}: label"), "CD1005", 7, column);

        Assert.Equal("a slot name", diagnostic.Arguments[1]);
    }

    [Fact]
    public void Slot_names_may_use_letters_digits_and_underscores()
    {
        Assert.Empty(Layout("  - _head_line2: label", "  - überschrift: label").Diagnostics);
    }

    [Fact]
    public void Duplicate_slot_name_is_CD1006_at_the_second()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - title: label", "  - body: sentence", "  - title: label"), "CD1006", 9, 5);

        Assert.Equal(["title", "the layout"], diagnostic.Arguments);
    }

    [Fact]
    public void Duplicate_slot_name_in_a_part_says_which_part()
    {
        SchemaLoadResult result = LoadText(Header + "parts:\n  Pair:\n    - a: label\n    - a: label\n" + MinimalLayout);

        Assert.Equal(["a", "part 'Pair'"], Single(result, "CD1006", 6, 7).Arguments);
    }

    [Fact]
    public void Slot_names_that_become_the_same_property_are_CD1016()
    {
        Single(Layout("  - body: sentence", "  - Body: sentence"), "CD1016", 8, 5);
    }

    [Fact]
    public void Slot_named_like_its_type_is_CD1016()
    {
        Single(Layout("  - story: label"), "CD1016", 7, 5);
        Single(LoadText(Header + "parts:\n  Quote:\n    - quote: sentence\n" + MinimalLayout), "CD1016", 5, 7);
    }

    [Theory]
    [InlineData("toString")]
    [InlineData("equals")]
    [InlineData("GetHashCode")]
    public void Slot_named_like_a_record_member_is_CD1016(string name)
    {
        Assert.Contains("every C# record has", Single(Layout($"  - {name}: label"), "CD1016", 7, 5).Message);
    }

    [Theory]
    [InlineData("  - headline")]
    [InlineData("  - [headline]")]
    public void A_slot_item_that_is_not_a_single_key_mapping_is_CD1029(string item)
    {
        Single(Layout(item), "CD1029", 7, 5);
    }

    [Theory]
    [InlineData("  - headline: label\n    optional: true", "'optional' is written beside the slot 'headline' instead of inside it; nest the options: '- headline: { line: label, optional: true }'")]
    [InlineData("  - lead: Quote\n    optional: true", "'optional' is written beside the slot 'lead' instead of inside it; nest the options: '- lead: { part: Quote, optional: true }'")]
    [InlineData("  - body:\n    repeat: 1+\n    line: sentence", "'repeat' is written beside the slot 'body' instead of inside it; nest the options: '- body: { repeat: 1+, line: sentence }'")]
    public void Options_beside_the_slot_name_are_CD1030_at_the_first_option_with_the_nested_form(string item, string message)
    {
        Assert.Equal(message, Single(Layout(item), "CD1030", 8, 5).Message);
    }

    [Fact]
    public void A_slot_spec_that_is_a_sequence_or_empty_is_CD1031()
    {
        Single(Layout("  - headline: [label]"), "CD1031", 7, 15);
        Single(Layout("  - headline:"), "CD1031", 7, 14);
    }

    [Theory]
    [InlineData("layout: []", 6, 9)]
    [InlineData("layout:", 6, 8)]
    [InlineData("layout: { headline: label }", 6, 9)]
    public void Empty_or_non_sequence_layout_is_CD1028(string layout, int line, int column)
    {
        Single(LoadText(Header + QuotePart + layout + "\n"), "CD1028", line, column);
    }

    [Fact]
    public void Description_of_a_slot_is_kept()
    {
        Assert.Equal("The title.", OnlySlot("  - title: { line: label, description: The title. }").Description);
    }

    private static (Cardinality, int, int) CountOf(Slot slot) => (slot.Cardinality, slot.Min, slot.Max);
}
