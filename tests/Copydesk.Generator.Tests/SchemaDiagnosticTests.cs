using System;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// Schema mistakes become build diagnostics located at the offending YAML node. Each snapshot shows the
/// message and the highlighted span, as the IDE shows them; every id of the catalogue has one.
/// </summary>
public sealed class SchemaDiagnosticTests
{
    private const string Path = "/project/schemas/story.schema.yaml";

    private const string Valid = """
        copydesk: 1
        type: Story
        lines:
          heading: { not: sentence, maxWords: 6 }
        parts:
          Section:
            - heading: heading
            - paragraphs: { line: sentence, repeat: 1+ }
        layout:
          - headline: label
          - sections: { part: Section, repeat: 0+ }
        """;

    /// <summary>One case or more per catalogue id; the name starts with the id the case must produce.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "CD1001_yaml_syntax_error", Valid.Replace("heading: { not: sentence, maxWords: 6 }", "heading: { not: sentence, maxWords: 6") },
        { "CD1002_unknown_key_suggests_the_closest", Valid.Replace("lines:", "lnes:") },
        { "CD1002_unknown_slot_option", Valid.Replace("{ line: sentence, repeat: 1+ }", "{ line: sentence, repaet: 1+ }") },
        { "CD1003_missing_layout", Valid[..Valid.IndexOf("layout:", StringComparison.Ordinal)] },
        { "CD1004_word_where_a_number_belongs", Valid.Replace("maxWords: 6", "maxWords: six") },
        { "CD1005_invalid_type_name", Valid.Replace("type: Story", "type: My-Story") },
        { "CD1006_duplicate_slot", Valid.Replace("  - headline: label", "  - headline: label\n  - headline: sentence") },
        { "CD1007_unknown_line_class", Valid.Replace("- heading: heading", "- heading: { line: headin }") },
        { "CD1008_unknown_bare_target", Valid.Replace("- heading: heading", "- heading: headin") },
        { "CD1008_unknown_part", Valid.Replace("{ part: Section, repeat: 0+ }", "{ part: Sectoin, repeat: 0+ }") },
        { "CD1009_unknown_value_parser", Valid.Replace("{ line: sentence, repeat: 1+ }", "{ line: sentence, repeat: 1+, value: quotd }") },
        { "CD1010_invalid_pattern", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: sentence, pattern: '^(Part|Chapter' }") },
        { "CD1011_recursive_part", Valid.Replace("- paragraphs: { line: sentence, repeat: 1+ }", "- paragraphs: { line: sentence, repeat: 1+ }\n    - subsections: { part: Section, repeat: 0+ }") },
        { "CD1012_repetition_of_nothing", Valid.Replace("- heading: heading", "- heading: { line: heading, optional: true }").Replace("repeat: 1+", "repeat: 0+") },
        { "CD1013_slot_after_a_repetition_of_any", Valid.Replace("  - headline: label", "  - headline: label\n  - text: { line: any, repeat: 1+ }\n  - footer: { line: label, optional: true }") },
        { "CD1013_class_that_matches_no_line", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ all: [sentence, label] }") },
        { "CD1013_case_shadowed_by_an_earlier_case", Valid.Replace("  - headline: label", "  - headline: label\n  - body:\n      repeat: 1+\n      oneOf:\n        - text: sentence\n        - quote: { line: sentence, value: quoted }") },
        { "CD1014_unsupported_version", Valid.Replace("copydesk: 1", "copydesk: 2") },
        { "CD1015_type_also_generated_by_another_schema", Valid },
        { "CD1016_slot_named_like_a_generated_member", Valid.Replace("- headline: label", "- validate: label") },
        { "CD1016_slot_named_like_a_part_it_does_not_read", Valid.Replace("- sections: { part: Section, repeat: 0+ }", "- section: { line: label, optional: true }") },
        { "CD1016_part_type_name_taken_when_a_slot_has_the_part_name", Valid.Replace("- sections: { part: Section, repeat: 0+ }", "- section: { part: Section, optional: true }\n  - sectionPart: label") },
        { "CD1017_pattern_with_nested_repetition", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: sentence, pattern: '^(\\w+\\s?)*$' }") },
        { "CD1018_recursive_line_class", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: title }\n  title: { all: [label, heading] }") },
        { "CD1019_nesting_too_deep", Valid.Replace("- headline: label", "- headline: " + new string('[', 70) + "label" + new string(']', 70)) },
        { "CD1020_tab_used_for_indentation", Valid.Replace("    - paragraphs", "\t  - paragraphs") },
        { "CD1021_unquoted_marker_in_a_flow_mapping", Valid.Replace("  - headline: label", "  - headline: label\n  - end: { marker: ###, optional: true }") },
        { "CD1021_unquoted_marker_in_a_block_mapping", Valid.Replace("  - headline: label", "  - headline: label\n  - end:\n      marker: ###\n      optional: true") },
        { "CD1022_regular_expression_in_double_quotes", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: sentence, pattern: \"^\\d+\\.\" }") },
        { "CD1023_second_document", Valid + "\n---\ncopydesk: 1\n" },
        { "CD1024_alias", Valid.Replace("  - headline: label", "  - headline: &title label\n  - title: *title") },
        { "CD1025_schema_that_is_a_list", "- copydesk: 1\n- type: Story\n" },
        { "CD1026_key_that_is_a_list", Valid.Replace("layout:", "? [notes]\n: none\nlayout:") },
        { "CD1027_lines_written_as_a_list", Valid.Replace("  heading: { not", "  - heading: { not") },
        { "CD1028_layout_written_as_a_mapping", Valid.Replace("  - headline: label\n  - sections:", "  headline: label\n  sections:") },
        { "CD1029_slot_without_a_definition", Valid.Replace("  - headline: label", "  - headline") },
        { "CD1030_option_beside_the_slot", Valid.Replace("  - headline: label", "  - headline: label\n    optional: true") },
        { "CD1031_slot_defined_by_a_list", Valid.Replace("  - headline: label", "  - headline: [label]") },
        { "CD1032_line_class_defined_by_a_list", Valid.Replace("{ not: sentence, maxWords: 6 }", "[sentence]") },
        { "CD1033_line_class_with_only_a_description", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ description: A title. }") },
        { "CD1034_slot_with_two_kinds", Valid.Replace("{ part: Section, repeat: 0+ }", "{ part: Section, line: label, repeat: 0+ }") },
        { "CD1035_optional_and_repeat", Valid.Replace("{ part: Section, repeat: 0+ }", "{ part: Section, repeat: 0+, optional: true }") },
        { "CD1036_range_written_with_a_dash", Valid.Replace("repeat: 1+", "repeat: 1-3") },
        { "CD1037_minimum_above_maximum", Valid.Replace("maxWords: 6", "minWords: 8, maxWords: 6") },
        { "CD1038_capture_on_a_line_slot", Valid.Replace("  - headline: label", "  - headline: { line: label, capture: rest }") },
        { "CD1038_case_sensitive_on_a_line_slot", Valid.Replace("  - headline: label", "  - headline: { line: label, caseSensitive: true }") },
        { "CD1039_part_named_after_line", Valid.Replace("{ part: Section, repeat: 0+ }", "{ line: Section, repeat: 0+ }") },
        { "CD1040_pattern_with_a_backreference", Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: sentence, pattern: '\\b(\\w+) \\1\\b' }") },
        { "CD1041_latin1_file_as_the_compiler_reads_it", Valid.Replace("- headline: label", "- headline: { line: label, description: \"caf\uFFFD\" }") },
        { "CD1042_marker_alternative_listed_twice", Valid.Replace("  - sections: { part: Section, repeat: 0+ }", "  - sections: { part: Section, repeat: 0+ }\n  - end: { marker: [\"###\", \"-30-\", \"- 30 -\", \"-30-\"] }") },
        { "CD1042_marker_alternative_in_another_case", Valid.Replace("  - sections: { part: Section, repeat: 0+ }", "  - sections: { part: Section, repeat: 0+ }\n  - end: { marker: [\"ENDS\", \"Ends\"] }") },
        { "CD1052_markdown_schema_in_a_project_without_Copydesk_Markup", Valid.Replace("type: Story\n", "type: Story\ninput: markdown\n").Replace("heading: { not: sentence, maxWords: 6 }", "heading: { block: heading }").Replace("line: sentence, repeat", "line: paragraphs, repeat").Replace("- headline: label", "- headline: heading").Replace("lines:\n", "lines:\n  paragraphs: { block: paragraph }\n") },
        { "CD1060_block_kind_the_input_never_makes", Valid.Replace("heading: { not: sentence, maxWords: 6 }", "heading: { block: heading }") },
        { "CD1061_heading_level_without_markdown", Valid.Replace("heading: { not: sentence, maxWords: 6 }", "heading: { not: sentence, level: 2 }") },
        { "CD1070_unknown_front_matter_type", FrontMatter("date: datetime") },
        { "CD1071_default_that_does_not_fit_the_type", FrontMatter("draft: { type: boolean, default: \"no\" }") },
        { "CD1071_date_default_not_in_iso_form", FrontMatter("date: { type: date, default: 05/03/2024 }") },
        { "CD1072_text_check_on_a_date", FrontMatter("date: { type: date, maxLength: 10 }") },
        { "CD1072_count_on_a_single_value", FrontMatter("tag: { type: string, count: 1..3 }") },
        { "CD1072_formats_on_a_string", FrontMatter("title: { type: string, formats: [\"yyyy-MM-dd\"] }") },
        { "CD1072_offset_on_a_date", FrontMatter("date: { type: date, offset: Z }") },
        { "CD1073_keys_that_become_the_same_property", FrontMatter("cover_image: url\n    cover-image: url") },
        { "CD1073_key_named_like_a_record_member", FrontMatter("span: string") },
        { "CD1074_key_that_cannot_become_a_property", FrontMatter("'2nd-title': string") },
        { "CD1075_required_field_with_a_default", FrontMatter("draft: { type: boolean, required: true, default: false }") },
        { "CD1080_value_option_for_another_parser", Valid.Replace("  - headline: label", "  - headline: { line: label, value: { type: integer, formats: [\"MMMM d, yyyy\"] } }") },
        { "CD1081_list_without_a_separator", Valid.Replace("  - headline: label", "  - headline: { line: label, value: list }") },
        { "CD1082_front_matter_date_format_that_is_not_a_format", FrontMatter("date: { type: date-time, formats: [\"yyyy-MM-dd %\"] }") },
        { "CD1082_front_matter_offset_not_written_as_hours_and_minutes", FrontMatter("date: { type: date-time, offset: \"+0100\" }") },
        { "CD1082_offset_not_written_as_hours_and_minutes", Valid.Replace("  - headline: label", "  - headline: { line: label, value: { type: date-time, offset: \"+2\" } }") },
        { "CD1083_group_named_like_a_member_of_every_captured_record", Capture(@"{ pattern: '^(?<span>[A-Z]+) — ', fields: { span: text } }") },
        { "CD1084_rest_named_like_a_group", Capture(@"{ pattern: '^(?<place>[A-Z]+) — (?<text>.*)$', fields: { place: text, text: text }, rest: text }") },
        { "CD1085_field_for_a_misspelt_group", Capture(@"{ pattern: '^(?<place>[A-Z]+) — ', fields: { plcae: text }, rest: text }") },
        { "CD1086_named_group_read_by_no_field", Capture(@"{ pattern: '^(?<place>[A-Z]+) \((?<agency>\w+)\) — ', fields: { place: text }, rest: text }") },
        { "CD1087_capture_beside_a_value_parser", Valid.Replace("  - headline: label", "  - headline: { line: label, value: date, capture: { pattern: '^(?<date>.+)$', fields: { date: text } } }") },
        { "CD1088_list_as_a_captured_field", Capture(@"{ pattern: '^Tags: (?<tags>.+)$', fields: { tags: { type: list, separator: "";"" } } }") },
        { "CD1089_capture_that_reads_nothing", Capture(@"{ pattern: '^[A-Z]+ — ' }") },
        { "CD1090_rule_naming_no_field", Valid + "\nrules:\n  - { field: headlin, requiredWith: sections }\n" },
        { "CD1091_rule_on_a_slot_of_a_part", Valid + "\nrules:\n  - { field: paragraphs, requiredWith: headline }\n" },
        { "CD1092_rule_comparing_a_date_with_text", WithPublished + "\nrules:\n  - { field: published, before: headline }\n" },
        { "CD1093_rule_counting_a_line", Valid + "\nrules:\n  - { count: headline, equals: sections }\n" },
        { "CD1094_rule_without_a_relation", Valid + "\nrules:\n  - { field: sections }\n" },
        { "CD1095_rule_relating_a_field_to_itself", Valid + "\nrules:\n  - { field: sections, forbiddenWith: sections }\n" },
        { "CD1096_rule_requiring_a_field_always_present", Valid + "\nrules:\n  - { field: headline, requiredWith: sections }\n" },
        { "CD1097_rest_of_a_capture_read_as_a_date", Capture(@"{ pattern: '^[A-Z]+ — ', rest: { name: text, value: date } }") },
        { "CD1110_unknown_json_ld_type", Valid + "\njsonLd:\n  type: NewsArtcle\n  headline: headline\n" },
        { "CD1111_misspelt_schema_org_property", Valid + "\njsonLd:\n  headLine: headline\n" },
        { "CD1112_json_ld_path_to_no_slot", Valid + "\njsonLd:\n  headline: headlne\n" },
        { "CD1113_text_line_for_a_date", Valid + "\njsonLd:\n  headline: headline\n  datePublished: headline\n" },
        { "CD1120_generated_code_past_the_limit", Valid },
        { "CD1130_capture_record_named_like_a_part", Capture(@"{ pattern: '^(?<place>[A-Z]+) — ', fields: { place: text }, rest: text }").Replace("  Section:", "  HeadlineCapture:\n    - name: label\n  Section:").Replace("  - sections:", "  - source: { part: HeadlineCapture, optional: true }\n  - sections:") },
        { "CD1130_capture_record_named_like_a_layout_slot", Capture(@"{ pattern: '^(?<place>[A-Z]+) — ', fields: { place: text }, rest: text }").Replace("  - sections:", "  - headlineCapture: { line: label, optional: true }\n  - sections:") },
        { "CD1131_rest_field_named_like_its_record", Capture(@"{ pattern: '^(?<place>[A-Z]+) — ', fields: { place: text }, rest: headlineCapture }") },
        { "CD1099_internal_error_in_the_emitter", Valid },
    };

    // The valid schema with its headline read with the capture written as a flow mapping.
    private static string Capture(string capture) => Valid.Replace("  - headline: label", "  - headline: { line: label, capture: " + capture + " }");
    // The valid schema with a date after the headline, for rules that compare dates.
    private static string WithPublished => Valid.Replace("  - headline: label", "  - headline: label\n  - published: { after: \"Published\", line: any, value: date }");

    // The valid schema with a front matter of one field, written as its YAML line(s) under 'fields:'.
    private static string FrontMatter(string field) => Valid.Replace("lines:", "frontMatter:\n  fields:\n    " + field + "\nlines:");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_mistake_is_reported_at_its_node(string name, string yaml)
    {
        string id = name[..6];
        var (run, output) = id switch
        {
            // A second schema generating the same type; the file given later is the one reported.
            "CD1015" => GeneratorHarness.Run(("/project/schemas/first-story.schema.yaml", Valid), (Path, yaml)),

            // No schema makes the generator fail (that would be a bug); an emitter that throws stands in for one.
            "CD1099" => GeneratorHarness.Run(new CopydeskGenerator((_, _, _) => throw new InvalidOperationException("the emitter failed")), (Path, yaml)),

            // A schema past the limit is thousands of parts (GeneratedSizeTests builds one); an emitter past it stands in here.
            "CD1120" => GeneratorHarness.Run(new CopydeskGenerator((_, _, _) => throw new Emitter.GeneratedSourceTooLargeException(DiagnosticCatalog.MaxGeneratedCharacters)), (Path, yaml)),
            "CD1052" => GeneratorHarness.RunWithoutMarkup((Path, yaml)),
            _ => GeneratorHarness.Run((Path, yaml)),
        };

        Diagnostic[] diagnostics = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == Path).ToArray();
        Assert.Contains(diagnostics, d => d.Id == id);
        Assert.Equal(run.Diagnostics.Length, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.InRange(d.Location.SourceSpan.End, 0, yaml.Length));
        bool errors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        GeneratedSourceResult[] generated = run.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("schemas.story.", StringComparison.Ordinal)).ToArray();
        // A schema with errors generates at most the obsolete stand-in for its type, never the parser.
        Assert.Equal(errors, generated.All(s => s.SourceText.ToString().Contains("[global::System.Obsolete(", StringComparison.Ordinal)));
        Assert.DoesNotContain(output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Id is "CS8784" or "CS8785");
        Snapshot.Match(DiagnosticRendering.RenderAll(run, yaml), new SnapshotNameExtension(name));
    }

    [Fact]
    public void Every_catalogue_id_has_a_snapshot_case()
    {
        string[] covered = Cases.Select(row => row.Data.Item1[..6]).Distinct().ToArray();

        // Content declaration mistakes are not in a schema: ContentDeclarationTests states each one's exact text.
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).Except(ProjectRequirementTests.ProjectIds).Except(Content.ContentDeclarationTests.ContentIds), covered);
    }

    [Fact]
    public void The_valid_schema_reports_nothing()
    {
        var (run, output) = GeneratorHarness.Run((Path, Valid));

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Two_schemas_emitting_the_same_type_are_reported_at_the_second_type_name()
    {
        var (run, _) = GeneratorHarness.Run(("/project/a.schema.yaml", Valid), ("/project/b.schema.yaml", Valid));

        Diagnostic duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("CD1015", duplicate.Id);
        Assert.Equal("/project/b.schema.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.Equal(1, duplicate.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void The_same_schema_file_passed_twice_is_not_a_duplicate_type()
    {
        var (run, output) = GeneratorHarness.Run((Path, Valid), (Path, Valid));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_warning_leaves_the_generated_code_in_place()
    {
        string yaml = Valid.Replace("{ not: sentence, maxWords: 6 }", "{ not: sentence, pattern: '(a+)+' }");

        var (run, output) = GeneratorHarness.Run((Path, yaml));

        Assert.Equal(("CD1017", DiagnosticSeverity.Warning), (Assert.Single(run.Diagnostics).Id, run.Diagnostics[0].Severity));
        Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
