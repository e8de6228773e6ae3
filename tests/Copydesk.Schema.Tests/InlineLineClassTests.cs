using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>Line classes written on a slot or case: read like declared ones, named by their predicates as written.</summary>
public sealed class InlineLineClassTests
{
    // The layout starts at line 4.
    private static SchemaLoadResult Layout(params string[] slots) => LoadText(Header + "layout:\n" + string.Join("\n", slots) + "\n");

    [Fact]
    public void Predicates_on_a_slot_are_a_class_named_by_them_as_written()
    {
        SchemaLoadResult result = Layout("  - email: { line: { pattern: '@', maxWords: 1 } }", "  - phone:\n      line:\n        pattern: '^[0-9 ]+$'");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Equal(["{ pattern: '@', maxWords: 1 }", "{ pattern: '^[0-9 ]+$' }"], result.Schema!.Layout.Select(s => ((LineSlot)s).LineClass));
        Assert.Equal(
            [new LineClass("{ pattern: '@', maxWords: 1 }", new AllPredicate(new EquatableArray<Predicate>([new PatternPredicate("@"), new WordCountPredicate(0, 1)])), null, result.Schema.LineClasses[0].Range)],
            result.Schema.LineClasses.Take(1));
    }

    [Fact]
    public void Two_slots_with_the_same_predicates_share_one_class()
    {
        SchemaLoadResult result = Layout("  - a: { line: { maxWords: 3 } }", "  - b: { line: { maxWords: 3 } }", "  - c: { oneOf: [ { d: { line: { maxWords: 3 } } } ] }");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Single(result.Schema!.LineClasses);
    }

    [Fact]
    public void An_unknown_predicate_is_CD1002_with_a_suggestion()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - email: { line: { patern: '@' } }"), "CD1002", 4, 22);

        Assert.Contains("Did you mean 'pattern'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_mapping_is_CD1033()
    {
        Single(Layout("  - email: { line: {} }"), "CD1033", 4, 20);
    }

    [Fact]
    public void An_unknown_class_inside_is_CD1007()
    {
        Single(Layout("  - email: { line: { not: sentense } }"), "CD1007", 4, 27);
    }
}
