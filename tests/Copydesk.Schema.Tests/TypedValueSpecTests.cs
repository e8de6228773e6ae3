using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// <c>value:</c> with a typed parser: a word or a mapping of the parser and its options, read into a
/// <see cref="ValueSpec"/>; options checked against the parser (CD1080), required options (CD1081) and option values
/// the runtime's option types would refuse (CD1082), each at its node; the plan carries the spec and reports refusals first.
/// </summary>
public sealed class TypedValueSpecTests
{
    // The slot is on line 5, its spec from column 12.
    private static SchemaLoadResult Slot(string spec) => LoadText(Header + "layout:\n  - headline: label\n  - value: " + spec + "\n");

    private static LineSlot Read(string spec)
    {
        SchemaLoadResult result = Slot(spec);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return (LineSlot)result.Schema!.Layout[1];
    }

    [Theory]
    [InlineData("date", TypedValueKind.Date)]
    [InlineData("date-time", TypedValueKind.DateTime)]
    [InlineData("integer", TypedValueKind.Integer)]
    [InlineData("number", TypedValueKind.Number)]
    [InlineData("boolean", TypedValueKind.Boolean)]
    [InlineData("url", TypedValueKind.Url)]
    [InlineData("email", TypedValueKind.Email)]
    [InlineData("phone", TypedValueKind.Phone)]
    [InlineData("byline", TypedValueKind.Byline)]
    public void A_parser_word_is_a_typed_value_with_default_options(string word, TypedValueKind kind)
    {
        LineSlot slot = Read($"{{ line: any, value: {word} }}");

        Assert.Equal(ValueKind.Typed, slot.Value);
        Assert.Equal(new ValueSpec(kind), slot.Spec);
    }

    [Fact]
    public void Every_parser_has_one_word_that_names_it_both_ways()
    {
        foreach (TypedValueKind kind in System.Enum.GetValues(typeof(TypedValueKind)))
        {
            Assert.Equal(kind, Reading.ValueSpecKeys.Kind(Reading.ValueSpecKeys.Word(kind)));
        }

        Assert.Equal("date-time", Reading.ValueSpecKeys.Word(TypedValueKind.DateTime));
    }

    [Fact]
    public void A_mapping_declares_the_parser_and_its_options()
    {
        Assert.Equal(
            new ValueSpec(TypedValueKind.DateTime) { Formats = new[] { "MMMM d, yyyy h:mm tt" }.ToEquatableArray(), AssumedOffsetMinutes = -330 },
            Read("{ line: any, value: { type: date-time, formats: \"MMMM d, yyyy h:mm tt\", offset: \"-05:30\" } }").Spec);
        Assert.Equal(
            new ValueSpec(TypedValueKind.Number) { GroupSeparator = '.', DecimalSeparator = ',' },
            Read("{ line: any, value: { type: number, groupSeparator: \".\", decimalSeparator: \",\" } }").Spec);
        Assert.Equal(
            new ValueSpec(TypedValueKind.List) { Separator = ";", Item = new ValueSpec(TypedValueKind.Url) { Schemes = new[] { "https" }.ToEquatableArray() } },
            Read("{ line: any, value: { type: list, separator: \";\", item: { type: url, schemes: [https] } } }").Spec);
        Assert.Equal(new ValueSpec(TypedValueKind.List) { Separator = ",", Item = new ValueSpec(TypedValueKind.Text) }, Read("{ line: any, value: { type: list, separator: \",\" } }").Spec);
    }

    [Fact]
    public void An_integer_with_dots_between_thousands_reads_no_decimal_dot()
    {
        Assert.Equal(',', Read("{ line: any, value: { type: integer, groupSeparator: \".\" } }").Spec!.DecimalSeparator);
    }

    [Fact]
    public void A_mapping_of_type_text_is_text()
    {
        LineSlot slot = Read("{ line: any, value: { type: text } }");

        Assert.Equal((ValueKind.Text, null), (slot.Value, slot.Spec));
    }

    [Theory]
    [InlineData("{ line: any, value: { type: integer, formats: [\"d\"] } }", "CD1080", 49, "'formats' does not apply to 'value: integer'; it applies to 'date' and 'date-time'")]
    [InlineData("{ line: any, value: { type: url, separator: \",\" } }", "CD1080", 45, "'separator' does not apply to 'value: url'; it applies to 'list'")]
    [InlineData("{ line: any, value: list }", "CD1081", 32, "'value: list' needs 'separator': write 'value: { type: list, separator: \",\", item: text }'")]
    [InlineData("{ line: any, value: { type: list } }", "CD1081", 40, "'value: list' needs 'separator': add 'separator: \",\"' (or the text between the items)")]
    [InlineData("{ line: any, value: { type: date, formats: [\" \"] } }", "CD1082", 55, "'formats' of 'value: date' cannot be ' ': a date format must not be empty")]
    [InlineData("{ line: any, value: { type: date-time, offset: \"+15:00\" } }", "CD1082", 59, "'offset' of 'value: date-time' cannot be '+15:00': write the UTC offset as '+hh:mm' or '-hh:mm', within ±14:00, or 'Z'")]
    [InlineData("{ line: any, value: { type: number, groupSeparator: \".\" } }", "CD1082", 64, "'groupSeparator' of 'value: number' cannot be '.': the thousands and decimal separators must differ; set 'decimalSeparator' too")]
    [InlineData("{ line: any, value: { type: number, decimalSeparator: \" \" } }", "CD1082", 66, "'decimalSeparator' of 'value: number' cannot be ' ': a decimal separator is not a digit, a sign or white space")]
    [InlineData("{ line: any, value: { type: integer, groupSeparator: \"-\" } }", "CD1082", 65, "'groupSeparator' of 'value: integer' cannot be '-': a thousands separator is not a digit or a sign")]
    [InlineData("{ line: any, value: { type: url, schemes: [\"https:\"] } }", "CD1082", 54, "'schemes' of 'value: url' cannot be 'https:': a URI scheme is a letter followed by letters, digits, '+', '-' or '.', without the colon")]
    [InlineData("{ line: any, value: { type: byline, agencies: [\"The AP\"] } }", "CD1082", 58, "'agencies' of 'value: byline' cannot be 'The AP': an agency abbreviation is one word, such as 'AP'")]
    [InlineData("{ line: any, value: { type: list, separator: \" \" } }", "CD1082", 57, "'separator' of 'value: list' cannot be ' ': a list separator needs a character other than white space")]
    [InlineData("{ line: any, value: { type: list, separator: \",\", item: list } }", "CD1009", 68, "Unknown list item parser 'list': write one of 'text', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone' or 'byline'")]
    [InlineData("{ line: any, value: { type: dat } }", "CD1009", 40, "Unknown value parser 'dat': did you mean 'date'? Write one of 'text', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone', 'byline' or 'list'")]
    [InlineData("{ line: any, value: { formats: [\"d\"] } }", "CD1003", 25, "'value' needs the key 'type', the value parser, such as 'type: date'")]
    [InlineData("{ part: Story2, value: date }", "CD1038", 28, "'value: date' applies only to line slots and line cases of 'oneOf'; remove it, and set the value parser on the line slot or case that reads the text")]
    public void A_mistake_in_a_typed_value_is_one_located_diagnostic(string spec, string id, int column, string message)
    {
        SchemaLoadResult result = spec.StartsWith("{ part", System.StringComparison.Ordinal)
            ? LoadText(Header + "parts:\n  Story2:\n    - a: label\nlayout:\n  - headline: label\n  - value: " + spec + "\n")
            : Slot(spec);
        int line = spec.StartsWith("{ part", System.StringComparison.Ordinal) ? 8 : 5;

        Assert.Equal(message, Single(result, id, line, column).Message);
    }

    [Fact]
    public void The_plan_reads_with_the_spec_and_reports_refusals_before_the_text_rules()
    {
        SchemaLoadResult result = Slot("{ line: any, value: { type: list, separator: \";\", item: integer }, check: { maxLength: 9 } }");
        Assert.True(result.Diagnostics.Count == 0, Show(result));

        SlotPlan slot = ParsePlanBuilder.Build(result.Schema!).Layout.Slots[1];

        Assert.Equal(new ValueSpec(TypedValueKind.List) { Separator = ";", Item = new ValueSpec(TypedValueKind.Integer) }, Assert.IsType<LineRead>(slot.Read).Spec);
        Assert.Equal([typeof(TypedValueRule), typeof(MaxLengthRule)], slot.Checks.ValueRules.Select(rule => rule.GetType()));
    }

    [Fact]
    public void A_typed_slot_without_checks_is_validated_for_its_refusals()
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - headline: label\n  - items:\n      repeat: 0+\n      oneOf:\n        - day: { line: sentence, value: date }\n        - other: label\n");
        Assert.True(result.Diagnostics.Count == 0, Show(result));

        ParsePlan plan = ParsePlanBuilder.Build(result.Schema!);

        Assert.True(plan.Layout.Slots[1].Checks.HasNestedChecks);
        Assert.True(plan.Layout.HasChecks);
    }
}
