using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Naming;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// CD1016: names that would collide with members or types the generator emits. The article record has
/// <c>Span</c>, <c>Parse</c>, <c>TryParse</c>, <c>Validate</c>, <c>WriteJson</c>, <c>ToJson</c>, the layout's properties and,
/// nested in it, the part records and one union type per <c>oneOf</c> slot (<c>BodyItem</c>, <c>QuoteTextItem</c>).
/// </summary>
public sealed class GeneratedNameTests
{
    private const string QuotePart = "parts:\n  Quote:\n    - text: sentence\n";

    [Theory]
    [InlineData("span")]
    [InlineData("Parse")]
    [InlineData("tryParse")]
    [InlineData("validate")]
    [InlineData("writeJson")]
    [InlineData("toJson")]
    public void A_layout_slot_named_like_an_article_member_is_CD1016(string name)
    {
        SchemaDiagnostic diagnostic = Single(LoadText(Header + $"layout:\n  - {name}: label\n"), "CD1016", 4, 5);

        Assert.Contains("that every generated article type has", diagnostic.Message);
    }

    [Fact]
    public void A_part_slot_named_span_is_CD1016_but_article_members_are_fine_in_parts()
    {
        Single(LoadText(Header + "parts:\n  Box:\n    - span: label\n" + "layout:\n  - first: Box\n"), "CD1016", 5, 7);
        Assert.Empty(LoadText(Header + "parts:\n  Box:\n    - parse: label\n    - validate: sentence\n" + "layout:\n  - first: Box\n").Diagnostics);
    }

    [Theory]
    [InlineData("span", "Span")]
    [InlineData("value", "Value")]
    [InlineData("bodyItem", "BodyItem")]
    [InlineData("toString", "ToString")]
    public void A_case_named_like_a_member_of_its_case_type_or_its_union_is_CD1016(string name, string member)
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - body:\n      oneOf:\n        - text: sentence\n        - " + name + ": label\n");

        Assert.Contains("'" + member + "'", Single(result, "CD1016", 7, 11).Message);
    }

    [Theory]
    [InlineData("Parse")]
    [InlineData("Span")]
    [InlineData("Equals")]
    [InlineData("EqualityContract")]
    public void A_part_named_like_an_article_member_is_CD1016_at_the_part(string name)
    {
        SchemaLoadResult result = LoadText(Header + $"parts:\n  {name}:\n    - text: sentence\nlayout:\n  - first: {name}\n");

        Assert.Contains("parts are generated as records nested in the article type", Single(result, "CD1016", 4, 3).Message);
    }

    [Fact]
    public void A_layout_slot_named_like_a_part_it_does_not_read_is_CD1016_at_the_slot()
    {
        SchemaDiagnostic diagnostic = Single(LoadText(Header + QuotePart + "layout:\n  - other: Quote\n  - quote: label\n"), "CD1016", 8, 5);

        Assert.Equal(
            "'quote' collides with the part 'Quote': layout slots become properties of the article type, which cannot also have a nested type named 'Quote'; rename it",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("  - quote: Quote")]
    [InlineData("  - quote: { part: Quote, optional: true }")]
    [InlineData("  - quote: { part: Quote, repeat: 1+ }")]
    [InlineData("  - Quote: Quote")]
    public void A_layout_slot_that_reads_the_part_of_its_name_is_fine_and_the_part_type_takes_a_suffix(string slot)
    {
        var result = LoadText(Header + QuotePart + "layout:\n" + slot + "\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Equal("QuotePart", SchemaNames.PartTypeName("Quote", result.Schema!.Layout));
    }

    [Fact]
    public void A_part_read_by_a_slot_of_another_name_keeps_its_name()
    {
        var result = LoadText(Header + QuotePart + "layout:\n  - quotes: { part: Quote, repeat: 1+ }\n");

        Assert.Equal("Quote", SchemaNames.PartTypeName("Quote", result.Schema!.Layout));
    }

    [Theory]
    [InlineData("parts:\n  Quote:\n    - text: sentence\n  QuotePart:\n    - text: label\nlayout:\n  - quote: Quote\n  - other: QuotePart\n", 9, "the part 'QuotePart': the part 'Quote' is generated as 'QuotePart' so that the slot can have its name")]
    [InlineData("parts:\n  Quote:\n    - text: sentence\nlayout:\n  - quote: Quote\n  - quotePart: label\n", 8, "the type 'QuotePart' of the part 'Quote'")]
    public void The_suffixed_part_type_name_must_be_free_too(string text, int line, string collision)
    {
        Assert.Contains(collision, Single(LoadText(Header + text), "CD1016", line, 5).Message);
    }

    [Fact]
    public void A_layout_slot_named_like_a_union_type_is_CD1016()
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - body:\n      oneOf:\n        - text: sentence\n  - bodyItem: label\n");

        Assert.Contains("the type 'BodyItem' of the 'oneOf' slot 'body'", Single(result, "CD1016", 7, 5).Message);
    }

    [Fact]
    public void A_oneOf_slot_whose_union_type_is_a_part_name_is_CD1016_at_the_slot()
    {
        SchemaLoadResult result = LoadText(Header + "parts:\n  BodyItem:\n    - text: sentence\nlayout:\n  - body:\n      oneOf:\n        - item: BodyItem\n");

        Assert.Contains("the part 'BodyItem': the items of this 'oneOf' slot are generated as the type 'BodyItem'", Single(result, "CD1016", 7, 5).Message);
    }

    [Fact]
    public void Two_oneOf_slots_with_the_same_union_type_are_CD1016_at_the_second()
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Quote:\n    - text:\n        oneOf:\n          - plain: sentence\n" +
            "layout:\n  - quoteText:\n      oneOf:\n        - plain: sentence\n");

        Assert.Contains("the type 'QuoteTextItem' of the 'oneOf' slot 'Quote.text'", Single(result, "CD1016", 9, 5).Message);
    }

    [Fact]
    public void A_oneOf_slot_whose_union_type_is_the_article_type_is_CD1016()
    {
        SchemaLoadResult result = LoadText("copydesk: 1\ntype: BodyItem\nlayout:\n  - body:\n      oneOf:\n        - text: sentence\n");

        Assert.Contains("the article type 'BodyItem'", Single(result, "CD1016", 4, 5).Message);
    }

    [Fact]
    public void Slots_in_different_parts_and_cases_in_different_slots_may_share_names()
    {
        SchemaLoadResult result = LoadText(
            Header + "parts:\n  Quote:\n    - text: sentence\n    - body:\n        oneOf:\n          - text: sentence\n" +
            "  Box:\n    - text: label\nlayout:\n  - body:\n      oneOf:\n        - text: sentence\n        - quote: Quote\n  - aside: { part: Box, optional: true }\n");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }
}
