using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The 'lines' section: line classes as conjunctions of predicates, or references to other classes.</summary>
public sealed class LineClassTests
{
    private static Predicate ClassOf(string lines)
    {
        var result = LoadText(Header + "lines:\n" + lines + MinimalLayout);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return result.Schema!.LineClasses[0].Predicate;
    }

    private static EquatableArray<T> Array<T>(params T[] items)
        where T : System.IEquatable<T> => new(items);

    [Fact]
    public void A_single_predicate_stands_alone()
    {
        Assert.Equal(new StartsWithPredicate(Array("\"", "“")), ClassOf("  quoteLine: { startsWith: [\"\\\"\", \"“\"] }\n"));
    }

    [Fact]
    public void A_single_string_is_a_list_of_one()
    {
        Assert.Equal(new EndsWithPredicate(Array(":")), ClassOf("  lead: { endsWith: \":\" }\n"));
    }

    [Fact]
    public void Several_predicates_are_a_conjunction_in_written_order()
    {
        Assert.Equal(
            new AllPredicate(Array<Predicate>(new PatternPredicate("^[A-Z]"), new LengthPredicate(0, 80), new NotPredicate(new ClassPredicate("sentence")))),
            ClassOf("  title: { pattern: \"^[A-Z]\", maxLength: 80, not: sentence }\n"));
    }

    [Fact]
    public void MinWords_and_maxWords_make_one_predicate_where_the_first_stands()
    {
        Assert.Equal(
            new AllPredicate(Array<Predicate>(new WordCountPredicate(2, 5), new EndsWithPredicate(Array(".")))),
            ClassOf("  short: { minWords: 2, endsWith: \".\", maxWords: 5 }\n"));
        Assert.Equal(new LengthPredicate(3, int.MaxValue), ClassOf("  long: { minLength: 3 }\n"));
    }

    [Fact]
    public void Not_all_and_any_take_names_or_nested_predicates()
    {
        Assert.Equal(
            new AnyPredicate(Array<Predicate>(new ClassPredicate("label"), new AllPredicate(Array<Predicate>(new PatternPredicate("^\\d+$"), new NotPredicate(new EndsWithPredicate(Array(":"))))))),
            ClassOf("  mixed: { any: [label, { pattern: \"^\\\\d+$\", not: { endsWith: \":\" } }] }\n"));
        Assert.Equal(new AllPredicate(Array<Predicate>(new ClassPredicate("any"))), ClassOf("  every: { all: [any] }\n"));
    }

    [Fact]
    public void A_scalar_refers_to_another_class_declared_later()
    {
        var result = Load(Header + "lines:", "  title: heading", "  heading: { not: sentence }", MinimalLayout);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new ClassPredicate("heading"), result.Schema!.LineClasses[0].Predicate);
    }

    [Fact]
    public void Description_is_kept_and_is_not_a_predicate()
    {
        var result = Load(Header + "lines:", "  heading:", "    description: A title.", "    maxWords: 6", MinimalLayout);

        LineClass heading = result.Schema!.LineClasses[0];
        Assert.Equal(("A title.", (Predicate)new WordCountPredicate(0, 6)), (heading.Description, heading.Predicate));
    }

    [Fact]
    public void Unknown_predicate_is_CD1002_at_the_key_with_a_suggestion()
    {
        var result = Load(Header + "lines:", "  heading: { endWith: \".\" }", MinimalLayout);

        SchemaDiagnostic diagnostic = One(result, "CD1002");
        AssertAt(diagnostic, "CD1002", 4, 14);
        Assert.Equal(["endWith", "line class 'heading'", " Did you mean 'endsWith'?"], diagnostic.Arguments);
    }

    [Fact]
    public void Unknown_key_in_a_nested_predicate_says_where()
    {
        var result = Load(Header + "lines:", "  heading: { not: { maxWord: 3 } }", MinimalLayout);

        SchemaDiagnostic diagnostic = Single(result, "CD1002", 4, 21);
        Assert.Equal(["maxWord", "'not' of line class 'heading'", " Did you mean 'maxWords'?"], diagnostic.Arguments);
    }

    [Fact]
    public void A_class_with_only_a_description_is_CD1033_at_its_name()
    {
        Single(Load(Header + "lines:", "  heading: { description: A title. }", MinimalLayout), "CD1033", 4, 3);
    }

    [Theory]
    [InlineData("{ maxWords: -1 }", "-1", "CD1004")]
    [InlineData("{ maxWords: many }", "many", "CD1004")]
    [InlineData("{ maxWords: \"3\" }", "\"3\"", "CD1004")]
    [InlineData("{ maxWords: 99999999999 }", "99999999999", "CD1004")]
    [InlineData("{ endsWith: [] }", "[]", "CD1004")]
    [InlineData("{ endsWith: [\".\", [\"!\"]] }", "[\"!\"]", "CD1004")]
    [InlineData("{ not: [sentence] }", "[sentence]", "CD1032")]
    [InlineData("{ any: [] }", "[]", "CD1028")]
    [InlineData("{ any: sentence }", "sentence", "CD1028")]
    [InlineData("{ minWords: 5, maxWords: 2 }", "2", "CD1037")]
    [InlineData("[sentence]", "[sentence]", "CD1032")]
    public void Predicate_values_of_the_wrong_form_are_reported_at_the_value(string definition, string at, string id)
    {
        string line = "  heading: " + definition;

        Single(Load(Header + "lines:", line, MinimalLayout), id, 4, line.IndexOf(at, System.StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Invalid_pattern_is_CD1010_at_the_value_with_the_regex_error()
    {
        var result = Load(Header + "lines:", "  code: { pattern: \"([A-Z]\" }", MinimalLayout);

        SchemaDiagnostic diagnostic = Single(result, "CD1010", 4, 20);
        Assert.Equal("([A-Z]", diagnostic.Arguments[0]);
        Assert.Contains("Not enough )'s", diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("  heading: { not: sentense }", 19)]
    [InlineData("  heading: sentense", 12)]
    [InlineData("  heading: { any: [label, sentense] }", 27)]
    public void Unknown_class_reference_is_CD1007_at_the_name_with_a_suggestion(string definition, int column)
    {
        SchemaDiagnostic diagnostic = Single(Load(Header + "lines:", definition, MinimalLayout), "CD1007", 4, column);

        Assert.Equal(["sentense", " Did you mean 'sentence'?"], diagnostic.Arguments);
        Assert.Matches(@"^Unknown line class 'sentense'\.? Did you mean 'sentence'\?$", diagnostic.Message);
    }

    [Fact]
    public void Suggestions_include_declared_classes()
    {
        var result = Load(Header + "lines:", "  heading: { not: sentence }", "  title: headng", MinimalLayout);

        Assert.Equal(" Did you mean 'heading'?", Single(result, "CD1007", 5, 10).Arguments[1]);
    }

    [Theory]
    [InlineData("sentence")]
    [InlineData("label")]
    [InlineData("any")]
    public void Redeclaring_a_built_in_class_is_CD1006(string name)
    {
        Single(Load(Header + "lines:", $"  {name}: {{ endsWith: \".\" }}", MinimalLayout), "CD1006", 4, 3);
    }

    [Fact]
    public void Declaring_a_class_twice_is_CD1006_at_the_second()
    {
        var result = Load(Header + "lines:", "  heading: label", "  heading: sentence", MinimalLayout);

        Assert.Equal(["heading", "'lines'"], Single(result, "CD1006", 5, 3).Arguments);
    }

    [Fact]
    public void Invalid_class_name_is_CD1005()
    {
        var result = Load(Header + "lines:", "  short-line: { maxWords: 3 }", MinimalLayout);

        Assert.Equal("a line class name", Single(result, "CD1005", 4, 3).Arguments[1]);
    }

    [Fact]
    public void A_class_that_refers_to_itself_is_CD1018_at_the_closing_reference()
    {
        var result = Load(Header + "lines:", "  first: { not: second }", "  second: { all: [label, first] }", MinimalLayout);

        SchemaDiagnostic diagnostic = Single(result, "CD1018", 5, 26);
        Assert.Equal(["first", "first → second → first"], diagnostic.Arguments);
        Assert.Equal("Line class 'first' refers to itself: first → second → first", diagnostic.Message);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void A_class_that_names_itself_is_CD1018()
    {
        Assert.Contains("loop → loop", Single(Load(Header + "lines:", "  loop: loop", MinimalLayout), "CD1018", 4, 9).Message);
    }
}
