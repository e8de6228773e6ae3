using Copydesk.Schema.Model;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The file as a whole and the top-level keys: copydesk, type, namespace, description, input, lines, parts, layout.</summary>
public sealed class HeaderTests
{
    [Fact]
    public void A_minimal_schema_loads()
    {
        var result = Load("copydesk: 1", "type: Story", "layout:", "  - headline: label");

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Schema);
        Assert.Null(result.Schema.Namespace);
        Assert.Null(result.Schema.Description);
        Assert.Empty(result.Schema.LineClasses);
        Assert.Empty(result.Schema.Parts);
    }

    [Fact]
    public void YAML_syntax_error_is_CD1001_at_the_parser_position_without_the_mark_prefix()
    {
        var result = Load("copydesk: 1", "type: Story", "layout: [headline, \"body\" x]");

        SchemaDiagnostic diagnostic = Single(result, "CD1001", 3, 27);
        Assert.Null(result.Schema);
        Assert.Equal(["While parsing a flow sequence, did not find expected ',' or ']'."], diagnostic.Arguments);
        Assert.Equal("The schema is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'.", diagnostic.Message);
    }

    [Fact]
    public void A_bad_indentation_is_CD1001_at_the_misindented_key_with_the_indentation_to_use()
    {
        Assert.Equal(
            "The schema is not valid YAML: line 3 is indented deeper than line 2, which already has its value, so it cannot be nested there; indent it like line 2 (no spaces) to make it a sibling",
            Single(Load("copydesk: 1", "type: Story", " description: x"), "CD1001", 3, 2).Message);
    }

    [Fact]
    public void Text_that_crashes_the_YAML_scanner_is_still_CD1001_at_the_bracket_never_closed()
    {
        // YamlDotNet throws InvalidOperationException rather than YamlException for this one.
        var result = Load("copydesk: 1", "type: Story", "layout: [headline", "description: x");

        Assert.Contains("this '[' is never closed; end it with ']'", Single(result, "CD1001", 3, 9).Message, System.StringComparison.Ordinal);
    }


    [Fact]
    public void Unterminated_quote_is_CD1001()
    {
        Assert.Equal("CD1001", Assert.Single(Load("copydesk: 1", "type: \"Story").Diagnostics).Id);
    }

    [Fact]
    public void Unknown_top_level_key_is_CD1002_at_the_key_with_a_suggestion()
    {
        var result = Load("copydesk: 1", "tpye: Story", MinimalLayout);

        SchemaDiagnostic unknown = One(result, "CD1002");
        AssertAt(unknown, "CD1002", 2, 1);
        Assert.Equal(["tpye", "the schema", " Did you mean 'type'?"], unknown.Arguments);
        Assert.Matches(@"^Unknown key 'tpye' in the schema\.? Did you mean 'type'\?$", unknown.Message);
    }

    [Fact]
    public void Unknown_key_far_from_every_known_key_has_no_suggestion()
    {
        var result = Load(Header + "colour: red", MinimalLayout);

        SchemaDiagnostic unknown = Single(result, "CD1002", 3, 1);
        Assert.Equal("", unknown.Arguments[2]);
    }

    [Fact]
    public void Keys_are_case_sensitive_but_the_suggestion_ignores_case()
    {
        var result = Load(Header + "Layout:", "  - headline: label");

        // The misspelt key stands in for 'layout', so the missing 'layout' is not reported a second time.
        Assert.Equal(" Did you mean 'layout'?", Single(result, "CD1002", 3, 1).Arguments[2]);
    }

    [Theory]
    [InlineData("type: Story\nlayout:\n  - headline: label\n", "copydesk")]
    [InlineData("copydesk: 1\nlayout:\n  - headline: label\n", "type")]
    [InlineData("copydesk: 1\ntype: Story\n", "layout")]
    public void Missing_required_key_is_CD1003_at_the_start_of_the_top_mapping(string text, string key)
    {
        var result = LoadText("# leading comment\n" + text);

        SchemaDiagnostic missing = Single(result, "CD1003", 2, 1);
        Assert.Equal(["The schema", $"'{key}'"], missing.Arguments);
        Assert.Equal($"The schema needs the key '{key}'", missing.Message);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("1.0")]
    [InlineData("one")]
    public void Copydesk_version_other_than_1_is_CD1014_at_the_value(string version)
    {
        var result = LoadText($"copydesk: {version}\ntype: Story\n{MinimalLayout}");

        Single(result, "CD1014", 1, 11);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void A_quoted_version_is_CD1014_that_says_to_write_the_plain_number()
    {
        var result = LoadText($"copydesk: \"1\"\ntype: Story\n{MinimalLayout}");

        SchemaDiagnostic diagnostic = Single(result, "CD1014", 1, 11);
        Assert.Equal("The copydesk version must be the plain number 1, the only version this generator reads (found the string '1'); write 'copydesk: 1'", diagnostic.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored_and_offsets_still_count_it()
    {
        var result = LoadText("\uFEFFcopydesk: 1\ntype: Story\nlayout:\n  - headline: lable\n");

        SchemaDiagnostic diagnostic = Single(result, "CD1008", 4, 15);
        Assert.Equal("\uFEFFcopydesk: 1\ntype: Story\nlayout:\n  - headline: ".Length, diagnostic.Range.StartOffset);
    }

    [Fact]
    public void Offsets_are_zero_based_and_ends_are_exclusive()
    {
        var result = Load(Header + "colour: red", MinimalLayout);

        Assert.Equal(new Copydesk.Schema.Model.TextRange(3, 1, 3, 7, Header.Length, Header.Length + 6), result.Diagnostics[0].Range);
    }

    [Fact]
    public void Copydesk_version_that_is_not_a_scalar_is_CD1014()
    {
        Single(Load("copydesk: [1]", "type: Story", MinimalLayout), "CD1014", 1, 11);
    }

    [Theory]
    [InlineData("class", "it is a C# keyword")]
    [InlineData("__arglist", "it is a C# keyword")]
    [InlineData("story", "CS8981")]
    [InlineData("My-Story", "'-' is not allowed")]
    [InlineData("1Story", "must start with a letter")]
    [InlineData("\"\"", "it is empty")]
    public void Type_that_is_not_a_usable_CSharp_type_name_is_CD1005_at_the_value(string type, string reason)
    {
        var result = LoadText($"copydesk: 1\ntype: {type}\n{MinimalLayout}");

        SchemaDiagnostic diagnostic = Single(result, "CD1005", 2, 7);
        Assert.Equal("the article type name", diagnostic.Arguments[1]);
        Assert.Contains(reason, diagnostic.Arguments[2]);
    }

    [Theory]
    [InlineData("Copydesk..Samples")]
    [InlineData("Copydesk.Samples.")]
    [InlineData("Copy desk")]
    public void Namespace_that_is_not_dotted_identifiers_is_CD1005(string ns)
    {
        var result = Load(Header + "namespace: " + ns, MinimalLayout);

        Assert.Equal("a namespace", Single(result, "CD1005", 3, 12).Arguments[1]);
    }

    [Theory]
    [InlineData("Copydesk.class")]
    [InlineData("event.Copydesk")]
    [InlineData("__arglist")]
    public void Namespace_segments_may_be_keywords_which_the_generated_code_escapes(string ns)
    {
        var result = Load(Header + "namespace: " + ns, MinimalLayout);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(ns, result.Schema?.Namespace);
    }

    [Fact]
    public void Dotted_namespace_and_description_are_read()
    {
        var result = Load(Header + "namespace: Acme.News_2", "description: A story.", MinimalLayout);

        Assert.Equal(("Acme.News_2", "A story."), (result.Schema?.Namespace, result.Schema?.Description));
    }

    [Fact]
    public void An_unknown_input_is_CD1009_at_the_value()
    {
        Assert.Equal("Unknown input 'html': write one of 'lines', 'paragraphs' or 'markdown'", Single(Load(Header + "input: html", MinimalLayout), "CD1009", 3, 8).Message);
        Assert.Empty(Load(Header + "input: lines", MinimalLayout).Diagnostics);
    }

    [Theory]
    [InlineData("input: lines", InputKind.Lines, false)]
    [InlineData("input: paragraphs", InputKind.Paragraphs, false)]
    [InlineData("input: { kind: paragraphs }", InputKind.Paragraphs, false)]
    [InlineData("input: { kind: paragraphs, indentStartsParagraph: true }", InputKind.Paragraphs, true)]
    [InlineData("input:\n  kind: lines", InputKind.Lines, false)]
    public void The_input_model_is_a_kind_alone_or_a_mapping_with_its_options(string input, InputKind kind, bool indentStartsParagraph)
    {
        var result = Load(Header + input, MinimalLayout);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new InputModel(kind, indentStartsParagraph), result.Schema?.Input);
    }

    [Fact]
    public void Without_input_the_schema_reads_lines()
    {
        Assert.Equal(InputModel.Lines, Load(Header + MinimalLayout).Schema?.Input);
    }

    [Fact]
    public void An_option_of_another_input_kind_is_CD1038_at_the_key()
    {
        Assert.Equal(
            "'indentStartsParagraph' applies only to 'kind: paragraphs'; remove it, or read the text as paragraphs",
            Single(Load(Header + "input: { kind: lines, indentStartsParagraph: true }", MinimalLayout), "CD1038", 3, 23).Message);
    }

    [Fact]
    public void An_input_mapping_without_its_kind_is_CD1003()
    {
        Single(Load(Header + "input: { indentStartsParagraph: false }", MinimalLayout), "CD1003", 3, 8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("\n\n   \n")]
    public void Empty_file_is_CD1025_at_the_file_start(string text)
    {
        var result = LoadText(text);

        SchemaDiagnostic diagnostic = Single(result, "CD1025", 1, 1);
        Assert.Contains("empty", diagnostic.Message);
        Assert.Null(result.Schema);
    }

    [Theory]
    [InlineData("- copydesk: 1\n")]
    [InlineData("just text\n")]
    public void Top_level_value_that_is_not_a_mapping_is_CD1025(string text)
    {
        Single(LoadText(text), "CD1025", 1, 1);
    }

    [Fact]
    public void A_second_YAML_document_is_CD1023_at_its_separator()
    {
        var result = Load(Header + MinimalLayout + "---", "copydesk: 1");

        Single(result, "CD1023", 5, 1);
    }

    [Fact]
    public void Duplicate_top_level_key_is_CD1006_at_the_second_occurrence()
    {
        var result = Load(Header + "type: Other", MinimalLayout);

        SchemaDiagnostic duplicate = Single(result, "CD1006", 3, 1);
        Assert.Equal(["type", "the schema"], duplicate.Arguments);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void Non_scalar_key_is_CD1026_at_the_key()
    {
        Single(Load(Header + "? [a, b]", ": x", MinimalLayout), "CD1026", 3, 3);
    }

    [Theory]
    [InlineData("lines: [a]", 3, 8, "CD1027")]
    [InlineData("parts: text", 3, 8, "CD1027")]
    [InlineData("layout: text", 3, 9, "CD1028")]
    public void Sections_of_the_wrong_shape_are_reported_at_the_value(string section, int line, int column, string id)
    {
        string layout = section.StartsWith("layout", System.StringComparison.Ordinal) ? "" : MinimalLayout;

        Single(LoadText(Header + section + "\n" + layout), id, line, column);
    }

    [Fact]
    public void Empty_lines_and_parts_sections_are_allowed()
    {
        Assert.Empty(Load(Header + "lines:", "parts:", MinimalLayout).Diagnostics);
    }

    [Fact]
    public void Diagnostics_are_in_file_order_and_drop_the_model()
    {
        var result = Load("copydesk: 7", "type: story", "colour: red", "layout:", "  - head-line: lable");

        Assert.Equal(["CD1014", "CD1005", "CD1002", "CD1005", "CD1008"], result.Diagnostics.Select(d => d.Id));
        Assert.Null(result.Schema);
    }
}
