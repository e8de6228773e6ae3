using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The check: mapping of a slot.</summary>
public sealed class CheckTests
{
    // The slot is on line 4; its check mapping is written inline.
    private static SchemaLoadResult Slot(string spec) => LoadText(Header + "layout:\n  - " + spec + "\n");

    [Fact]
    public void Every_rule_is_read()
    {
        SchemaLoadResult result = Slot(
            "items: { line: sentence, repeat: 0+, check: { maxLength: 200, minLength: 2, maxWords: 40, minWords: 1, pattern: \"^[A-Z]\", "
            + "notEmpty: true, oneOf: [Yes, No], count: 1..5, severity: info, message: Too long. } }");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Equal(
            new Check(200, 2, 40, 1, "^[A-Z]", true, new EquatableArray<string>(["Yes", "No"]), false, 1, 5, CheckSeverity.Info, "Too long."),
            result.Schema!.Layout[0].Check);
    }

    [Theory]
    [InlineData("parts: { part: Section, repeat: 0+, check: { maxLength: 5 } }", "maxLength")]
    [InlineData("items: { repeat: 1+, oneOf: [ { said: { line: label, value: attribution } } ], check: { speaker: required } }", "speaker")]
    [InlineData("items: { repeat: 1+, oneOf: [ { p: sentence } ], check: { notEmpty: true } }", "notEmpty")]
    public void Text_rules_on_part_and_oneOf_slots_are_CD1038_because_they_would_check_nothing(string spec, string rule)
    {
        SchemaLoadResult result = LoadText(Header + "parts:\n  Section:\n    - heading: label\nlayout:\n  - " + spec + "\n");

        SchemaDiagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CD1038");
        Assert.StartsWith($"'{rule}' applies only to line and marker slots; move it to", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Count_on_a_repeated_part_slot_is_allowed()
    {
        SchemaLoadResult result = LoadText(Header + "parts:\n  Section:\n    - heading: label\nlayout:\n  - parts: { part: Section, repeat: 0+, check: { count: 1..3 } }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void Defaults_are_error_severity_and_no_rules()
    {
        SchemaLoadResult result = Slot("title: { line: label, check: { maxLength: 80 } }");

        Assert.Equal(
            new Check(80, null, null, null, null, false, EquatableArray<string>.Empty, false, null, null, CheckSeverity.Error, null),
            result.Schema!.Layout[0].Check);
    }

    [Fact]
    public void Speaker_required_on_an_attribution_slot()
    {
        Assert.True(Slot("by: { line: label, value: attribution, check: { speaker: required, severity: warning } }").Schema!.Layout[0].Check!.SpeakerRequired);
    }

    [Theory]
    [InlineData("count: 3+", 3, int.MaxValue)]
    [InlineData("count: 2", 2, 2)]
    [InlineData("count: 0..4", 0, 4)]
    public void Count_ranges(string rule, int min, int max)
    {
        Check check = Slot($"items: {{ line: sentence, repeat: 0+, check: {{ {rule} }} }}").Schema!.Layout[0].Check!;

        Assert.Equal((min, max), (check.CountMin, check.CountMax));
    }

    [Fact]
    public void Unknown_rule_is_CD1002_at_the_key_with_a_suggestion()
    {
        SchemaDiagnostic diagnostic = Single(Slot("title: { line: label, check: { maxLenght: 80 } }"), "CD1002", 4, 36);

        Assert.Equal(["maxLenght", "check of slot 'title'", " Did you mean 'maxLength'?"], diagnostic.Arguments);
    }

    [Fact]
    public void Invalid_pattern_is_CD1010_at_the_value()
    {
        Assert.Equal("[a-", Single(Slot("title: { line: label, check: { pattern: \"[a-\" } }"), "CD1010", 4, 45).Arguments[0]);
    }

    [Theory]
    [InlineData("maxLength: long", "long", "CD1004")]
    [InlineData("notEmpty: yes", "yes", "CD1004")]
    [InlineData("oneOf: []", "[]", "CD1004")]
    [InlineData("speaker: optional", "optional", "CD1009")]
    [InlineData("severity: fatal", "fatal", "CD1009")]
    [InlineData("message: [a]", "[a]", "CD1004")]
    [InlineData("minWords: 5, maxWords: 3", "3", "CD1037")]
    [InlineData("maxWords: 3, minWords: 5", "5", "CD1037")]
    public void Rule_values_of_the_wrong_form_are_reported_at_the_value(string rule, string at, string id)
    {
        string spec = $"by: {{ line: label, value: attribution, check: {{ {rule} }} }}";

        Single(Slot(spec), id, 4, 5 + spec.LastIndexOf(at, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Speaker_on_a_slot_without_attribution_values_is_CD1038_at_the_key()
    {
        Single(Slot("title: { line: label, check: { speaker: required } }"), "CD1038", 4, 36);
    }

    [Fact]
    public void Speaker_required_and_attributed_within_on_a_quotes_slot()
    {
        Check check = Slot("body: { line: label, value: quotes, check: { speaker: required, attributedWithin: 2, severity: warning } }").Schema!.Layout[0].Check!;

        Assert.True(check.SpeakerRequired);
        Assert.Equal(2, check.AttributedWithin);
    }

    [Fact]
    public void Attributed_within_on_a_slot_without_quotes_values_is_CD1038_at_the_key()
    {
        SchemaDiagnostic diagnostic = Single(Slot("title: { line: label, value: attribution, check: { attributedWithin: 1 } }"), "CD1038", 4, 56);

        Assert.Contains("'value: quotes'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Attributed_within_is_a_count_of_paragraphs()
    {
        Single(Slot("body: { line: label, value: quotes, check: { attributedWithin: -1 } }"), "CD1004", 4, 68);
    }

    [Fact]
    public void Count_on_a_slot_that_does_not_repeat_is_CD1038_at_the_key()
    {
        Single(Slot("title: { line: label, check: { count: 1..2 } }"), "CD1038", 4, 36);
    }

    [Fact]
    public void A_check_that_is_not_a_mapping_is_CD1004()
    {
        Single(Slot("title: { line: label, check: maxLength }"), "CD1004", 4, 34);
    }
}
