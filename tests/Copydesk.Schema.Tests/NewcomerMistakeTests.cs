using System;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// The mistakes people make writing their first schema, replayed one at a time on a valid schema: each gives
/// exactly one diagnostic, on the node to change, and its message says what to write instead.
/// </summary>
public sealed class NewcomerMistakeTests
{
    // Line numbers, for reading the cases below:
    //  1 copydesk: 1
    //  2 type: Story
    //  3 lines:
    //  4   heading: { not: sentence, maxWords: 6 }
    //  5   byline: { not: sentence, minWords: 2 }
    //  6 parts:
    //  7   Quote:
    //  8     - text: { line: sentence, value: quoted }
    //  9     - by: { line: byline, value: attribution, check: { speaker: required } }
    // 10 layout:
    // 11   - headline: { line: label, check: { maxLength: 120 } }
    // 12   - body:
    // 13       repeat: 1+
    // 14       oneOf:
    // 15         - quote: Quote
    // 16         - paragraph: sentence
    // 17   - sections: { line: heading, repeat: 0+ }
    // 18   - end: { marker: "END", optional: true }
    private const string Valid = """
        copydesk: 1
        type: Story
        lines:
          heading: { not: sentence, maxWords: 6 }
          byline: { not: sentence, minWords: 2 }
        parts:
          Quote:
            - text: { line: sentence, value: quoted }
            - by: { line: byline, value: attribution, check: { speaker: required } }
        layout:
          - headline: { line: label, check: { maxLength: 120 } }
          - body:
              repeat: 1+
              oneOf:
                - quote: Quote
                - paragraph: sentence
          - sections: { line: heading, repeat: 0+ }
          - end: { marker: "END", optional: true }

        """;

    /// <summary>
    /// What the newcomer wrote (the valid text with one change), the id, the line and the text of the node
    /// the diagnostic must start at (its column is where that text stands on the line), and the fix the
    /// message must contain.
    /// </summary>
    public static TheoryData<string, string, string, int, string, string> Mistakes => new()
    {
        // YAML itself
        { "tab used for indentation", Change("  - headline:", "\t- headline:"), "CD1020", 11, "\t", "replace the tab with spaces" },
        { "tab inside a nested mapping", Change("      repeat: 1+", "\t    repeat: 1+"), "CD1020", 13, "\t", "replace the tab with spaces" },
        { "unquoted ### marker in a flow mapping", Change("marker: \"END\"", "marker: ###"), "CD1021", 18, "marker", "quote it: marker: '###'" },
        { "unquoted ### marker in a block mapping", Change("  - end: { marker: \"END\", optional: true }", "  - end:\n      marker: ###\n      optional: true"), "CD1021", 19, "marker", "quote it: marker: '###'" },
        { "regular expression in double quotes", Change("{ not: sentence, maxWords: 6 }", "{ pattern: \"^\\d+\\. \" }"), "CD1022", 4, "\"^", "single quotes" },
        { "missing colon after a key", Change("type: Story", "type Story"), "CD1001", 2, "type", "write 'type: Story'" },
        { "missing space after a colon", Change("  - headline: { line: label, check: { maxLength: 120 } }", "  - headline:label"), "CD1029", 11, "headline:label", "'- headline: label'" },
        { "key indented deeper than its sibling", Change("      oneOf:", "       oneOf:"), "CD1001", 14, "oneOf", "indent it like line 13 (6 spaces)" },
        { "list item indented deeper than the one before", Change("  - sections:", "   - sections:"), "CD1001", 17, "- sections", "indent it like line 12 (2 spaces)" },
        { "top-level key indented", Change("type: Story", " type: Story"), "CD1001", 2, "type", "indent it like line 1 (no spaces)" },
        { "flow mapping never closed", Change("{ not: sentence, maxWords: 6 }", "{ not: sentence, maxWords: 6"), "CD1001", 4, "{", "end it with '}'" },
        { "flow list never closed", Change("repeat: 0+ }", "repeat: 0+, check: { oneOf: [A, B } }"), "CD1001", 17, "[", "end it with ']'" },
        { "second document in the file", Valid + "---\ncopydesk: 1\n", "CD1023", 19, "---", "remove this '---'" },
        { "alias of another slot", Change("  - end: { marker: \"END\", optional: true }", "  - end: &end { marker: \"END\", optional: true }\n  - footer: *end"), "CD1024", 19, "*end", "write the value of '*end' out in full" },
        { "empty file", "", "CD1025", 1, "", "at least the keys 'copydesk', 'type' and 'layout'" },

        // Misspelt keys, at every level: one diagnostic, and what the key declares or sets still counts
        { "misspelt 'lines'", Change("lines:", "lnes:"), "CD1002", 3, "lnes", "Did you mean 'lines'?" },
        { "misspelt 'parts'", Change("parts:", "prats:"), "CD1002", 6, "prats", "Did you mean 'parts'?" },
        { "misspelt 'layout'", Change("layout:", "layuot:"), "CD1002", 10, "layuot", "Did you mean 'layout'?" },
        { "misspelt 'type'", Change("type: Story", "tpye: Story"), "CD1002", 2, "tpye", "Did you mean 'type'?" },
        { "misspelt 'copydesk'", Change("copydesk: 1", "copydeks: 1"), "CD1002", 1, "copydeks", "Did you mean 'copydesk'?" },
        { "misspelt predicate", Change("maxWords: 6", "maxWord: 6"), "CD1002", 4, "maxWord", "Did you mean 'maxWords'?" },
        { "misspelt slot kind", Change("{ line: label, check", "{ lien: label, check"), "CD1002", 11, "lien", "Did you mean 'line'?" },
        { "misspelt slot option", Change("repeat: 1+", "repaet: 1+"), "CD1002", 13, "repaet", "Did you mean 'repeat'?" },
        { "misspelt check rule", Change("maxLength: 120", "maxLenght: 120"), "CD1002", 11, "maxLenght", "Did you mean 'maxLength'?" },
        { "misspelt case key", Change("- quote: Quote", "- quote: { prat: Quote }"), "CD1002", 15, "prat", "Did you mean 'part'?" },

        // Lists and mappings confused
        { "lines written as a list", Change("  heading: { not", "  - heading: { not").Replace("  byline: {", "  - byline: {"), "CD1027", 4, "- heading", "each name indented under 'lines:'" },
        { "layout written as a mapping", Change("  - headline: { line: label, check: { maxLength: 120 } }\n  - body:\n      repeat: 1+\n      oneOf:\n        - quote: Quote\n        - paragraph: sentence\n  - sections: { line: heading, repeat: 0+ }\n  - end: { marker: \"END\", optional: true }", "  headline: label\n  sections: heading"), "CD1028", 11, "headline", "one '- ' item per line" },
        { "part written as a mapping", Change("    - text: { line: sentence, value: quoted }\n    - by:", "    text: { line: sentence, value: quoted }\n    by:"), "CD1028", 8, "text", "one '- ' item per line" },
        { "options beside the slot name", Change("  - headline: { line: label, check: { maxLength: 120 } }", "  - headline: label\n    optional: true"), "CD1030", 12, "optional", "'- headline: { line: label, optional: true }'" },
        { "slot options not indented under the slot", Change("      repeat: 1+\n      oneOf:", "    repeat: 1+\n    oneOf:"), "CD1030", 13, "repeat", "nest the options: '- body: { repeat: 1+, oneOf: … }'" },
        { "slot written as a bare word", Change("  - headline: { line: label, check: { maxLength: 120 } }", "  - headline"), "CD1029", 11, "headline", "'- headline: label'" },
        { "slot defined by a list", Change("{ line: heading, repeat: 0+ }", "[heading]"), "CD1031", 17, "[heading]", "or be a mapping with 'line', 'part', 'marker' or 'oneOf'" },
        { "line class written as a list", Change("{ not: sentence, maxWords: 6 }", "[label]"), "CD1032", 4, "[label]", "or a mapping of predicates" },

        // Counts and options
        { "range written with a dash", Change("repeat: 0+", "repeat: 1-3"), "CD1036", 17, "1-3", "write '1..3' for a range" },
        { "range written backwards", Change("repeat: 0+", "repeat: 3..1"), "CD1036", 17, "3..1", "'1..3'" },
        { "repeat of zero", Change("repeat: 0+", "repeat: 0"), "CD1036", 17, "0", "write 'optional: true' instead" },
        { "optional written yes", Change("optional: true", "optional: yes"), "CD1004", 18, "yes", "true or false" },
        { "optional and repeat together", Change("{ line: heading, repeat: 0+ }", "{ line: heading, repeat: 0+, optional: true }"), "CD1035", 17, "optional", "remove 'optional'" },
        { "a count in quotes", Change("maxWords: 6", "maxWords: \"6\""), "CD1004", 4, "\"6\"", "written without quotes" },
        { "minimum above maximum", Change("maxWords: 6", "minWords: 8, maxWords: 6"), "CD1037", 4, "6 }", "make the minimum at most the maximum" },
        { "marker with a trailing space", Change("marker: \"END\"", "marker: \"END \""), "CD1004", 18, "\"END \"", "with no spaces around it" },
        { "capture on a line slot", Change("{ line: heading, repeat: 0+ }", "{ line: heading, repeat: 0+, capture: rest }"), "CD1038", 17, "capture", "read the line with 'marker:'" },
        { "count on a slot that does not repeat", Change("check: { maxLength: 120 }", "check: { count: 1..2 }"), "CD1038", 11, "count", "add 'repeat' to the slot" },
        { "speaker on a slot without attributions", Change("check: { maxLength: 120 }", "check: { speaker: required }"), "CD1038", 11, "speaker", "add 'value: attribution'" },
        { "value parser on a part case", Change("- quote: Quote", "- quote: { part: Quote, value: quoted }"), "CD1038", 15, "value", "set the value parser on the line slot" },
        { "slot with no kind", Change("{ line: heading, repeat: 0+ }", "{ repeat: 0+ }"), "CD1003", 17, "sections", "needs the key 'line', 'part', 'marker' or 'oneOf'" },
        { "slot with two kinds", Change("{ line: heading, repeat: 0+ }", "{ line: heading, part: Quote, repeat: 0+ }"), "CD1034", 17, "part", "keep only one of them" },
        { "empty oneOf", Change("      oneOf:\n        - quote: Quote\n        - paragraph: sentence", "      oneOf: []"), "CD1028", 14, "[]", "non-empty sequence of cases" },
        { "line class with only a description", Change("{ not: sentence, maxWords: 6 }", "{ description: A title. }"), "CD1033", 4, "heading", "give it at least one of 'endsWith'" },

        // Names
        { "unknown line class", Change("{ line: label, check", "{ line: lable, check"), "CD1007", 11, "lable", "Did you mean 'label'?" },
        { "unknown part", Change("- quote: Quote", "- quote: Qoute"), "CD1008", 15, "Qoute", "Did you mean 'Quote'?" },
        { "part named after 'line:'", Change("{ line: heading, repeat: 0+ }", "{ line: Quote, repeat: 0+ }"), "CD1039", 17, "line", "write 'part: Quote' instead" },
        { "line class named after 'part:'", Change("{ line: heading, repeat: 0+ }", "{ part: heading, repeat: 0+ }"), "CD1039", 17, "part", "write 'line: heading' instead" },
        { "unknown value parser", Change("value: quoted", "value: quote"), "CD1009", 8, "quote", "did you mean 'quoted'? Write one of 'text', 'quoted', 'attribution', 'quotes', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone', 'byline' or 'list'" },
        { "unknown value parser, nothing close", Change("value: quoted", "value: speech"), "CD1009", 8, "speech", "write one of 'text', 'quoted', 'attribution', 'quotes', 'date', 'date-time', 'integer', 'number', 'boolean', 'url', 'email', 'phone', 'byline' or 'list'" },
        { "unknown severity", Change("check: { maxLength: 120 }", "check: { maxLength: 120, severity: fatal }"), "CD1009", 11, "fatal", "write one of 'error', 'warning' or 'info'" },
        { "type that is not a C# name", Change("type: Story", "type: My Story"), "CD1005", 2, "My Story", "use letters, digits and '_'" },
        { "the same slot twice", Change("  - end:", "  - headline: label\n  - end:"), "CD1006", 18, "headline", "rename or remove this one" },
        { "slot named like a generated member", Change("  - end:", "  - validate:"), "CD1016", 18, "validate", "rename it" },
        { "quoted version", Change("copydesk: 1", "copydesk: \"1\""), "CD1014", 1, "\"1\"", "write 'copydesk: 1'" },
        { "version 2", Change("copydesk: 1", "copydesk: 2"), "CD1014", 1, "2", "write 'copydesk: 1'" },

        // Regular expressions
        { "regular expression that does not compile", Change("{ not: sentence, maxWords: 6 }", "{ pattern: '^(Part|Chapter' }"), "CD1010", 4, "'^(Part", "Not enough )'s" },
        { "regular expression that may backtrack", Change("{ not: sentence, maxWords: 6 }", "{ pattern: '^(\\w+\\s?)*$' }"), "CD1017", 4, "'^(", "drop one of them or make each iteration start with something the previous one cannot take" },
    };

    [Fact]
    public void The_schema_the_mistakes_are_made_in_is_valid()
    {
        var result = LoadText(Valid);

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void At_least_forty_mistakes_are_replayed()
    {
        Assert.True(Mistakes.Count() >= 40);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_newcomer_mistake_gives_one_diagnostic_at_the_node_to_change_that_names_the_fix(
        string mistake, string text, string id, int line, string node, string fix)
    {
        var result = LoadText(text);

        SchemaDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        string[] lines = text.Split('\n');
        int column = line <= lines.Length ? lines[line - 1].IndexOf(node, StringComparison.Ordinal) + 1 : 1;
        Assert.True(column > 0, $"{mistake}: '{node}' is not on line {line}");
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Range.StartLine, diagnostic.Range.StartColumn));
        Assert.Contains(fix, diagnostic.Message, StringComparison.Ordinal);
    }

    private static string Change(string valid, string mistaken)
    {
        int at = Valid.IndexOf(valid, StringComparison.Ordinal);
        Assert.True(at >= 0 && Valid.IndexOf(valid, at + 1, StringComparison.Ordinal) < 0, $"'{valid}' must occur once in the valid schema");
        return Valid.Replace(valid, mistaken, StringComparison.Ordinal);
    }
}
