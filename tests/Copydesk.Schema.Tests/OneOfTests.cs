using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>oneOf slots: an ordered choice of named cases, each a line class or a part.</summary>
public sealed class OneOfTests
{
    // Header (2 lines), a Quote part (3 lines), then "layout:" on line 6 and "  - body:" on line 7,
    // "      oneOf:" on line 8 and the cases from line 9 (a block sequence may sit at its key's indentation).
    private static SchemaLoadResult Body(params string[] cases) =>
        LoadText(Header + "parts:\n  Quote:\n    - text: sentence\nlayout:\n  - body:\n      oneOf:\n" + string.Join("\n", cases) + "\n");

    [Fact]
    public void Bare_case_targets_resolve_to_parts_first_then_line_classes()
    {
        SchemaLoadResult result = Body("      - quote: Quote", "      - paragraph: sentence");

        Assert.Empty(result.Diagnostics);
        OneOfSlot body = Assert.IsType<OneOfSlot>(Assert.Single(result.Schema!.Layout));
        Assert.Equal(
            [new PartCase
             {
                 Name = "quote",
                 Part = "Quote",
                 Range = new TextRange(9, 9, 9, 14, body.Cases[0].Range.StartOffset, body.Cases[0].Range.StartOffset + 5),
                 TargetRange = new TextRange(9, 16, 9, 21, body.Cases[0].Range.StartOffset + 7, body.Cases[0].Range.StartOffset + 12),
             },
             new LineCase { Name = "paragraph", LineClass = "sentence", Range = body.Cases[1].Range, TargetRange = body.Cases[1].TargetRange }],
            body.Cases);
        Assert.Equal((10, 9), (body.Cases[1].Range.StartLine, body.Cases[1].Range.StartColumn));
        Assert.Equal((10, 20, 10, 28), (body.Cases[1].TargetRange.StartLine, body.Cases[1].TargetRange.StartColumn, body.Cases[1].TargetRange.EndLine, body.Cases[1].TargetRange.EndColumn));
    }

    [Fact]
    public void Mapping_cases_name_a_line_with_a_value_parser_or_a_part()
    {
        SchemaLoadResult result = Body("      - said: { line: sentence, value: quoted }", "      - quote: { part: Quote }");

        Assert.Empty(result.Diagnostics);
        EquatableArray<OneOfCase> cases = Assert.IsType<OneOfSlot>(result.Schema!.Layout[0]).Cases;
        LineCase said = Assert.IsType<LineCase>(cases[0]);
        Assert.Equal(("sentence", ValueKind.Quoted), (said.LineClass, said.Value));
        Assert.Equal("Quote", Assert.IsType<PartCase>(cases[1]).Part);
    }

    [Fact]
    public void Empty_oneOf_is_CD1028_at_the_value()
    {
        Single(LoadText(Header + "layout:\n  - body: { oneOf: [] }\n"), "CD1028", 4, 20);
    }

    [Fact]
    public void Unknown_case_target_is_CD1008_with_a_suggestion()
    {
        SchemaDiagnostic diagnostic = Single(Body("      - quote: Quotes"), "CD1008", 9, 16);

        Assert.Equal(["Quotes", " Did you mean 'Quote'?"], diagnostic.Arguments);
    }

    [Fact]
    public void Duplicate_case_name_is_CD1006_at_the_second()
    {
        SchemaDiagnostic diagnostic = Single(Body("      - text: sentence", "      - text: label"), "CD1006", 10, 9);

        Assert.Equal(["text", "'oneOf' of slot 'body'"], diagnostic.Arguments);
    }

    [Fact]
    public void Invalid_case_name_is_CD1005()
    {
        Assert.Equal("a case name", Single(Body("      - a-case: sentence"), "CD1005", 9, 9).Arguments[1]);
    }

    [Fact]
    public void A_case_mapping_without_line_or_part_is_CD1003_at_the_case_name()
    {
        SchemaDiagnostic diagnostic = Single(Body("      - said: { value: quoted }"), "CD1003", 9, 9);

        Assert.Equal("Case 'said' needs the key 'line' or 'part'", diagnostic.Message);
    }

    [Fact]
    public void A_case_mapping_with_line_and_part_is_CD1034_at_the_second()
    {
        Single(Body("      - said: { line: sentence, part: Quote }"), "CD1034", 9, 33);
    }

    [Fact]
    public void A_value_parser_on_a_part_case_is_CD1038_at_the_key()
    {
        Single(Body("      - quote: { part: Quote, value: quoted }"), "CD1038", 9, 31);
    }

    [Fact]
    public void Unknown_case_key_is_CD1002()
    {
        SchemaDiagnostic diagnostic = Single(Body("      - quote: { part: Quote, optional: true }"), "CD1002", 9, 31);

        Assert.Equal(["optional", "case 'quote'", ""], diagnostic.Arguments);
    }

    [Fact]
    public void A_case_that_is_not_a_single_key_mapping_is_CD1029()
    {
        Single(Body("      - sentence"), "CD1029", 9, 9);
    }

    [Fact]
    public void A_value_parser_on_the_oneOf_slot_itself_is_CD1038_at_the_key()
    {
        Single(LoadText(Header + "layout:\n  - body: { oneOf: [ p: sentence ], value: quoted }\n"), "CD1038", 4, 37);
    }
}
