using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// Marker alternatives, <c>caseSensitive</c> and <c>reserved</c>: how the loader reads them and which line reads the
/// plan makes yield to markers reserved only where read.
/// </summary>
public sealed class MarkerOptionTests
{
    // The layout starts at line 4.
    private static SchemaLoadResult Layout(params string[] slots) => LoadText(Header + "layout:\n" + string.Join("\n", slots) + "\n");

    private static ArticleSchema Loaded(string text)
    {
        SchemaLoadResult result = LoadText(text);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return result.Schema!;
    }

    [Fact]
    public void A_list_of_alternatives_is_one_marker_with_its_first_text_and_the_others()
    {
        ArticleSchema schema = Loaded(Header + "layout:\n  - body: { line: sentence, repeat: 1+ }\n  - end: { marker: [\"###\", \"-30-\", \"- 30 -\"], caseSensitive: true }\n");

        MarkerDefinition marker = Assert.Single(schema.Markers);
        Assert.Equal(["###", "-30-", "- 30 -"], marker.Texts);
        Assert.True(marker.CaseSensitive);
        Assert.Equal(MarkerScope.Everywhere, marker.Scope);
        Assert.Equal(marker, ((MarkerSlot)schema.Layout[1]).Marker);
    }

    [Fact]
    public void Options_apply_to_the_after_marker_too()
    {
        ArticleSchema schema = Loaded(Header + "layout:\n  - body: { line: any, repeat: 1+ }\n  - signature: { after: [\"--\", \"-- \\u2014\"], line: any, repeat: 1+, reserved: where-read }\n");

        MarkerDefinition marker = Assert.Single(schema.Markers);
        Assert.Equal(["--", "-- \u2014"], marker.Texts);
        Assert.Equal(MarkerScope.WhereRead, marker.Scope);
        Assert.Equal(marker, schema.Layout[1].AfterMarker);
    }

    [Fact]
    public void The_same_text_with_other_options_is_another_marker()
    {
        ArticleSchema schema = Loaded(Header + "layout:\n  - a: { marker: END, optional: true }\n  - b: { marker: END, caseSensitive: true, optional: true }\n  - c: { marker: END, optional: true }\n");

        Assert.Equal([false, true], schema.Markers.Select(m => m.CaseSensitive));
    }

    [Fact]
    public void An_unknown_scope_is_CD1009_with_the_choices()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - end: { marker: END, reserved: whereread }"), "CD1009", 4, 35);

        Assert.Contains("'where-read'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_on_a_slot_without_a_marker_is_CD1038_at_the_key()
    {
        Single(Layout("  - headline: { line: label, reserved: where-read }"), "CD1038", 4, 30);
    }

    [Fact]
    public void A_case_variant_of_an_alternative_is_no_duplicate_when_case_counts()
    {
        Assert.Empty(Layout("  - end: { marker: [ENDS, Ends], caseSensitive: true }").Diagnostics);
        Single(Layout("  - end: { marker: [ENDS, Ends] }"), "CD1042", 4, 27);
    }

    [Fact]
    public void A_line_read_yields_to_the_where_read_markers_that_may_follow_it_and_to_none_before_it()
    {
        ParsePlan plan = ParsePlanBuilder.Build(Loaded(Header + """
            layout:
              - from:      { marker: "From:", capture: rest, reserved: where-read }
              - body:      { line: any, repeat: 1+ }
              - signature: { after: "--", line: any, repeat: 1+, reserved: where-read }
              - end:       { marker: "###", optional: true }
            """ + "\n"));

        int dashes = plan.Markers.ToList().FindIndex(m => m.Text == "--");
        Assert.Equal([dashes], ((LineRead)plan.Layout.Slots[1].Read).YieldsTo);
        // The signature's lines may be followed by '###' only, which is reserved everywhere and so not listed.
        Assert.Empty(((LineRead)plan.Layout.Slots[2].Read).YieldsTo);
    }

    [Fact]
    public void Markers_that_begin_a_part_or_follow_it_wherever_it_is_read_are_yielded_to()
    {
        ParsePlan plan = ParsePlanBuilder.Build(Loaded(Header + """
            parts:
              Note:
                - said: { marker: "Note:", capture: rest, reserved: where-read }
              Block:
                - lines: { line: any, repeat: 1+ }
            layout:
              - items:
                  repeat: 1+
                  oneOf:
                    - entry: any
                    - note: Note
              - block: Block
              - tail: { marker: "Tail", reserved: where-read }
            """ + "\n"));

        int note = plan.Markers.ToList().FindIndex(m => m.Text == "Note:");
        int tail = plan.Markers.ToList().FindIndex(m => m.Text == "Tail");
        LineRead entry = (LineRead)((OneOfRead)plan.Layout.Slots[0].Read).Cases[0].Read;
        Assert.Equal([note], entry.YieldsTo);
        Assert.Equal([tail], ((LineRead)plan.GetPart("Block").Slots[0].Read).YieldsTo);
    }
}
