using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The 'parts' section, and the checks over the graph of parts: recursion and repetitions of nothing.</summary>
public sealed class PartTests
{
    // Parts start on line 4 ("parts:" is line 3).
    private static SchemaLoadResult Parts(string parts, string layout = MinimalLayout) =>
        LoadText(Header + "parts:\n" + parts + layout);

    [Fact]
    public void Parts_are_read_in_order_and_may_refer_forward()
    {
        SchemaLoadResult result = Parts("  Outer:\n    - inner: Inner\n  Inner:\n    - text: sentence\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Outer", "Inner"], result.Schema!.Parts.Select(p => p.Name));
        Part outer = result.Schema.Parts[0];
        Assert.Equal((4, 3), (outer.Range.StartLine, outer.Range.StartColumn));
        Assert.Equal("Inner", Assert.IsType<PartSlot>(outer.Slots[0]).Part);
    }

    [Theory]
    [InlineData("quote", "CS8981")]
    [InlineData("Pull-Quote", "'-' is not allowed")]
    [InlineData("class", "keyword")]
    public void Invalid_part_name_is_CD1005_at_the_name(string name, string reason)
    {
        SchemaDiagnostic diagnostic = Single(Parts($"  {name}:\n    - text: sentence\n"), "CD1005", 4, 3);

        Assert.Equal("a part name", diagnostic.Arguments[1]);
        Assert.Contains(reason, diagnostic.Arguments[2]);
    }

    [Fact]
    public void Declaring_a_part_twice_is_CD1006_at_the_second()
    {
        SchemaLoadResult result = Parts("  Quote:\n    - text: sentence\n  Quote:\n    - text: label\n");

        Assert.Equal(["Quote", "'parts'"], Single(result, "CD1006", 6, 3).Arguments);
    }

    [Fact]
    public void A_part_and_a_line_class_with_one_name_are_CD1006_at_the_second_occurrence()
    {
        SchemaLoadResult partsFirst = LoadText(Header + "parts:\n  Heading:\n    - text: label\nlines:\n  Heading: label\n" + MinimalLayout);
        SchemaLoadResult linesFirst = LoadText(Header + "lines:\n  Heading: label\nparts:\n  Heading:\n    - text: label\n" + MinimalLayout);

        Assert.Equal(["Heading", "the parts and line classes"], Single(partsFirst, "CD1006", 7, 3).Arguments);
        Single(linesFirst, "CD1006", 6, 3);
    }

    [Fact]
    public void A_part_named_like_the_article_type_is_CD1006()
    {
        Single(Parts("  Story:\n    - text: sentence\n"), "CD1006", 4, 3);
    }

    [Fact]
    public void A_part_with_no_slots_is_CD1028()
    {
        Single(Parts("  Empty: []\n"), "CD1028", 4, 10);
    }

    [Fact]
    public void A_part_that_contains_itself_through_another_is_CD1011_at_the_closing_reference()
    {
        SchemaLoadResult result = Parts("  A:\n    - b: B\n  B:\n    - text: sentence\n    - a: { part: A, optional: true }\n", "layout:\n  - first: A\n");

        SchemaDiagnostic diagnostic = Single(result, "CD1011", 8, 18);
        Assert.Equal(["A", "A → B → A"], diagnostic.Arguments);
        Assert.Equal("Part 'A' contains itself: A → B → A", diagnostic.Message);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void A_part_that_contains_itself_directly_is_CD1011()
    {
        SchemaLoadResult result = Parts("  Node:\n    - text: sentence\n    - children: { part: Node, repeat: 0+ }\n");

        Assert.Equal(["Node", "Node → Node"], Single(result, "CD1011", 6, 25).Arguments);
    }

    [Fact]
    public void Recursion_through_a_oneOf_case_is_CD1011_at_the_case_target()
    {
        SchemaLoadResult result = Parts("  Box:\n    - title: label\n    - content:\n        oneOf:\n          - text: sentence\n          - box: Box\n");

        Assert.Equal(["Box", "Box → Box"], Single(result, "CD1011", 9, 18).Arguments);
    }

    [Fact]
    public void Repeating_a_part_whose_slots_are_all_optional_is_CD1012_at_the_slot()
    {
        SchemaLoadResult result = Parts(
            "  Maybe:\n    - a: { line: label, optional: true }\n    - b: { line: sentence, repeat: 0+ }\n    - c: { after: More, line: label }\n",
            "layout:\n  - title: label\n  - items: { part: Maybe, repeat: 1+ }\n");

        SchemaDiagnostic diagnostic = Single(result, "CD1012", 10, 5);
        Assert.Equal(["items"], diagnostic.Arguments);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void A_part_that_only_contains_empty_parts_can_be_empty_too()
    {
        SchemaLoadResult result = Parts(
            "  Maybe:\n    - a: { line: label, optional: true }\n  Wrapper:\n    - inner: Maybe\n",
            "layout:\n  - items:\n      repeat: 0+\n      oneOf:\n        - w: Wrapper\n        - s: sentence\n");

        Single(result, "CD1012", 9, 5);
    }

    [Fact]
    public void Repeating_a_part_with_a_required_slot_is_fine()
    {
        Assert.Empty(Parts("  Some:\n    - a: { line: label, optional: true }\n    - b: sentence\n", "layout:\n  - items: { part: Some, repeat: 0+ }\n").Diagnostics);
    }

    [Fact]
    public void A_cycle_through_many_parts_is_reported_once_and_shortened()
    {
        string parts = string.Concat(Enumerable.Range(0, 30).Select(i => $"  P{i}:\n    - next: P{(i + 1) % 30}\n"));

        SchemaDiagnostic diagnostic = One(Parts(parts), "CD1011");

        Assert.Equal("P0 → P1 → P2 → P3 → P4 → … → P26 → P27 → P28 → P29 → P0", diagnostic.Arguments[1]);
    }
}
