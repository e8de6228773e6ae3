using System.Linq;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// CD1013, a warning: slots and cases that can never match. Every warning must be a proof, so the tests pin
/// both what is reported and what is not.
/// </summary>
public sealed class ReachabilityTests
{
    // Line 3 is 'lines:'; the class under test is on line 4; the layout follows.
    private static SchemaLoadResult WithClass(string definition, params string[] layout) =>
        LoadText(Header + "lines:\n  odd: " + definition + "\nlayout:\n" + string.Join("\n", layout) + "\n");

    [Theory]
    [InlineData("{ all: [sentence, label] }")]
    [InlineData("{ all: [{ minWords: 5 }, { maxWords: 2 }] }")]
    [InlineData("{ maxLength: 0 }")]
    [InlineData("{ maxWords: 0 }")]
    [InlineData("{ maxLength: 4, minWords: 3 }")]
    [InlineData("{ not: any }")]
    [InlineData("{ all: [{ endsWith: [\".\", \"!\"] }, label] }")]
    [InlineData("{ any: [{ maxLength: 0 }, { all: [sentence, { not: sentence }] }] }")]
    public void A_line_slot_whose_class_matches_no_line_is_CD1013_at_the_class_reference(string definition)
    {
        SchemaLoadResult result = WithClass(definition, "  - headline: label", "  - body: { line: odd, optional: true }");

        SchemaDiagnostic diagnostic = Single(result, "CD1013", 7, 19);
        Assert.Equal(SchemaSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal("Slot 'body' can never match: its line class 'odd' matches no line: its conditions contradict each other", diagnostic.Message);
        Assert.NotNull(result.Schema);
    }

    [Theory]
    [InlineData("{ minWords: 2, maxWords: 2 }")]
    [InlineData("{ maxLength: 5, minWords: 3 }")]
    [InlineData("{ maxLength: 1 }")]
    [InlineData("{ all: [sentence, { maxWords: 1 }] }")]
    [InlineData("{ not: { maxWords: 1000000 } }")]
    [InlineData("{ pattern: '^a$', not: { pattern: '^a$' } }")]
    [InlineData("{ startsWith: x, endsWith: y, maxLength: 1 }")]
    [InlineData("{ all: [{ endsWith: \"a.\" }, { not: label }] }")]
    [InlineData("{ all: [{ endsWith: \".\\\"\" }, label] }")]
    public void A_class_that_might_match_is_not_reported(string definition)
    {
        SchemaLoadResult result = WithClass(definition, "  - headline: odd");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void An_unused_empty_class_is_not_reported()
    {
        Assert.Empty(WithClass("{ all: [sentence, label] }", "  - headline: label").Diagnostics);
    }

    [Fact]
    public void Nothing_is_proven_about_a_schema_with_errors()
    {
        SchemaLoadResult result = LoadText(Header + "lines:\n  odd: { maxLength: 0 }\nlayout:\n  - headline: odd\n  - rest: { line: labl }\n");

        Assert.Equal(["CD1007"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_case_whose_class_matches_no_line_is_CD1013_at_the_case_target()
    {
        SchemaLoadResult result = WithClass("{ maxLength: 0 }", "  - body:", "      oneOf:", "        - text: sentence", "        - odd: { line: odd }");

        Assert.StartsWith("Case 'odd' of slot 'body' can never match: its line class 'odd'", Single(result, "CD1013", 9, 24).Message);
    }

    [Theory]
    [InlineData("sentence", "sentence", "reads the same line class 'sentence'")]
    [InlineData("any", "sentence", "its line class 'any' matches every line that 'sentence' matches")]
    [InlineData("label", "odd", "its line class 'label' matches every line that 'odd' matches")]
    [InlineData("{ line: sentence, value: quoted }", "{ line: sentence }", "reads the same line class 'sentence'")]
    public void A_case_after_an_earlier_case_that_takes_all_its_lines_is_CD1013_at_the_case(string first, string second, string reason)
    {
        SchemaLoadResult result = WithClass("{ not: sentence, maxWords: 6 }", "  - body:", "      oneOf:", $"        - first: {first}", $"        - second: {second}");

        SchemaDiagnostic diagnostic = Single(result, "CD1013", 9, 11);
        Assert.Equal("Case 'second' of slot 'body'", diagnostic.Arguments[0]);
        Assert.Contains(reason, diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("odd", "label")]
    [InlineData("sentence", "label")]
    [InlineData("sentence", "any")]
    [InlineData("{ line: label }", "{ line: sentence }")]
    public void A_case_an_earlier_case_does_not_cover_is_not_reported(string first, string second)
    {
        SchemaLoadResult result = WithClass("{ not: sentence, maxWords: 6 }", "  - body:", "      oneOf:", $"        - first: {first}", $"        - second: {second}");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void A_part_case_after_a_case_of_the_same_part_is_CD1013_and_other_parts_are_fine()
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Quote:\n    - text: sentence\n  Box:\n    - title: label\n" +
            "layout:\n  - body:\n      oneOf:\n        - quote: Quote\n        - box: Box\n        - again: Quote\n");

        Assert.Contains("reads the same part 'Quote'", Single(result, "CD1013", 13, 11).Message);
    }

    [Fact]
    public void A_line_slot_after_an_unbounded_repetition_of_any_is_CD1013_up_to_a_marker_slot()
    {
        SchemaLoadResult result = LoadText(
            Header + "layout:\n  - headline: label\n  - rest: { line: any, repeat: 0+ }\n  - footer: { line: label, optional: true }\n" +
            "  - notes: { line: sentence, repeat: 0+ }\n  - credit: { marker: By, capture: rest, optional: true }\n  - tail: { line: label, optional: true }\n");

        SchemaDiagnostic[] diagnostics = result.Diagnostics.ToArray();
        // 'tail' may match: plain lines can follow the marker line that stopped 'rest'.
        Assert.Equal([("CD1013", 6, 5), ("CD1013", 7, 5)], diagnostics.Select(d => (d.Id, d.Range.StartLine, d.Range.StartColumn)));
        Assert.Equal(
            "Slot 'footer' can never match: the slot 'rest' before it repeats the line class 'any', which matches every line, without limit, so only a marker line or the end of the article can follow it",
            diagnostics[0].Message);
    }

    [Fact]
    public void After_an_unbounded_repetition_a_required_line_slot_is_reported_and_ends_the_search()
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - rest: { line: any, repeat: 1+ }\n  - footer: label\n  - more: { line: label, optional: true }\n");

        Single(result, "CD1013", 5, 5);
    }

    [Fact]
    public void A_oneOf_repetition_with_a_case_of_any_reads_every_line_too()
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Quote:\n    - text: sentence\n    - by: label\n" +
            "layout:\n  - body:\n      repeat: 1+\n      oneOf:\n        - quote: Quote\n        - text: any\n  - footer: { line: label, optional: true }\n");

        Single(result, "CD1013", 13, 5);
    }

    [Theory]
    [InlineData("  - rest: { line: any, repeat: 0..5 }")]
    [InlineData("  - rest: { line: label, repeat: 0+ }")]
    [InlineData("  - rest: { after: More, line: any, repeat: 0+ }")]
    [InlineData("  - rest: { line: any, optional: true }")]
    public void A_repetition_that_may_leave_lines_is_not_reported(string repeat)
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - headline: label\n" + repeat + "\n  - footer: { line: label, optional: true }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Theory]
    [InlineData("  - footer: { after: Footer, line: label }")]
    [InlineData("  - footer: { part: Tail, optional: true }")]
    [InlineData("  - footer:\n      optional: true\n      oneOf:\n        - tail: Tail\n        - text: label")]
    public void Slots_that_may_start_at_a_marker_line_are_not_reported_after_it(string footer)
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Tail:\n    - by: { marker: By }\n    - name: label\n" +
            "layout:\n  - rest: { line: any, repeat: 0+ }\n" + footer + "\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void Inside_a_part_the_subject_names_the_part()
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Box:\n    - lines: { line: any, repeat: 1+ }\n    - end: label\nlayout:\n  - first: Box\n");

        Assert.StartsWith("Slot 'Box.end' can never match", Single(result, "CD1013", 6, 7).Message);
    }

    [Fact]
    public void Thousands_of_chained_classes_are_analysed_without_recursion()
    {
        var text = new System.Text.StringBuilder(Header + "lines:\n  c0: { all: [sentence, label] }\n");
        for (int i = 1; i < 20_000; i++)
        {
            text.Append($"  c{i}: c{i - 1}\n");
        }

        text.Append("layout:\n  - headline: c19999\n");

        Assert.Equal("CD1013", Assert.Single(LoadText(text.ToString()).Diagnostics).Id);
    }
}
