using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// A capture becomes a record nested in the article type, named after its part, slot and case with the suffix
/// <c>Capture</c>. The name must be free there (CD1130), and no field of the record may take the record's name
/// (CD1131): C# would refuse either (CS0102, CS0542), so the schema says so, at the name that causes it.
/// </summary>
public sealed class CaptureRecordNameTests
{
    private const string Place = "{ pattern: '^(?<city>[A-Z]+) — ', fields: { city: text }, rest: text }";

    // A schema of type Story with the sections given, one line each.
    private static SchemaLoadResult Story(params string[] sections) => Load(["copydesk: 1", "type: Story", .. sections]);

    [Fact]
    public void Captures_in_the_layout_in_parts_and_in_cases_with_their_own_names_are_fine()
    {
        SchemaLoadResult result = Story(
            "parts:",
            "  Section:",
            "    - lead: { line: sentence, capture: " + Place + " }",
            "layout:",
            "  - headline: label",
            "  - lead: { line: sentence, capture: " + Place + " }",
            "  - facts:",
            "      repeat: 0+",
            "      oneOf:",
            "        - dated: { line: sentence, capture: { pattern: '^(?<day>\\d+)', fields: { day: integer } } }",
            "        - note: label",
            "  - sections: { part: Section, repeat: 0+ }");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void A_record_named_like_a_part_is_CD1130_at_the_slot()
    {
        SchemaLoadResult result = Story(
            "parts:",
            "  LeadCapture:",
            "    - name: label",
            "layout:",
            "  - headline: label",
            "  - lead: { line: sentence, capture: " + Place + " }",
            "  - source: { part: LeadCapture, optional: true }");

        SchemaDiagnostic diagnostic = Single(result, "CD1130", 8, 5);
        Assert.Equal(
            "The capture of 'lead' becomes the record 'LeadCapture', nested in the article type, but that name is already taken by the record of the part 'LeadCapture'; rename the slot or the other name",
            diagnostic.Message);
    }

    [Fact]
    public void A_record_named_like_a_layout_slot_is_CD1130_at_the_capturing_slot()
    {
        SchemaLoadResult result = Story(
            "layout:",
            "  - headline: label",
            "  - leadCapture: { line: label, optional: true }",
            "  - lead: { line: sentence, capture: " + Place + " }");

        Assert.Contains("the property of the layout slot 'leadCapture'", Single(result, "CD1130", 6, 5).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_named_like_the_article_type_is_CD1130()
    {
        SchemaLoadResult result = Load(
            "copydesk: 1",
            "type: LeadCapture",
            "layout:",
            "  - headline: label",
            "  - lead: { line: sentence, capture: " + Place + " }");

        Assert.Contains("taken by the article type itself", Single(result, "CD1130", 5, 5).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_of_a_case_capture_named_like_a_part_is_CD1130_at_the_case()
    {
        SchemaLoadResult result = Story(
            "parts:",
            "  FactsItemCapture:",
            "    - name: label",
            "layout:",
            "  - headline: label",
            "  - facts:",
            "      repeat: 0+",
            "      oneOf:",
            "        - item: { line: sentence, capture: " + Place + " }",
            "  - source: { part: FactsItemCapture, optional: true }");

        Assert.Contains("The capture of the case 'item' of 'facts' becomes the record 'FactsItemCapture'", Single(result, "CD1130", 11, 11).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_captures_with_one_record_name_are_CD1130_at_the_second_in_file_order()
    {
        SchemaLoadResult result = Story(
            "layout:",
            "  - headline: label",
            "  - facts:",
            "      repeat: 0+",
            "      oneOf:",
            "        - dated: { line: sentence, capture: { pattern: '^(?<day>\\d+)', fields: { day: integer } } }",
            "        - note: label",
            "  - factsDated: { line: sentence, optional: true, capture: { pattern: '^(?<day>\\d+)', fields: { day: integer } } }");

        Assert.Contains(
            "becomes the record 'FactsDatedCapture', nested in the article type, but that name is already taken by the record of the capture of the case 'dated' of 'facts'",
            Single(result, "CD1130", 10, 5).Message,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_capture_in_a_part_names_its_record_after_the_part_too()
    {
        SchemaLoadResult result = Story(
            "parts:",
            "  Section:",
            "    - lead: { line: sentence, capture: " + Place + " }",
            "layout:",
            "  - headline: label",
            "  - sectionLeadCapture: { line: label, optional: true }",
            "  - sections: { part: Section, repeat: 0+ }");

        Assert.Contains("The capture of 'Section.lead' becomes the record 'SectionLeadCapture'", Single(result, "CD1130", 5, 7).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_named_like_its_record_is_CD1131_at_the_field()
    {
        SchemaLoadResult result = Story(
            "layout:",
            "  - headline: label",
            "  - place: { line: sentence, capture: { pattern: '^(?<placeCapture>[A-Z]+) — ', fields: { placeCapture: text } } }");

        SchemaDiagnostic diagnostic = Single(result, "CD1131", 5, 91);
        Assert.Equal(
            "'placeCapture' becomes the property 'PlaceCapture', the name of the record it belongs to, and a C# member cannot have the name of its type; rename the field",
            diagnostic.Message);
    }

    [Fact]
    public void A_rest_field_named_like_its_record_is_CD1131_at_its_name()
    {
        SchemaLoadResult result = Story(
            "layout:",
            "  - headline: label",
            "  - place: { line: sentence, capture: { pattern: '^(?<city>[A-Z]+) — ', fields: { city: text }, rest: placeCapture } }");

        Single(result, "CD1131", 5, 103);
    }
}
