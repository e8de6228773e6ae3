using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// The predicates on a unit rather than its text: <c>block:</c>, <c>level:</c> and <c>indent:</c>. A kind or level the
/// schema's input never makes is an error where it is written, since the class could never match.
/// </summary>
public sealed class UnitPredicateTests
{
    private const string Markdown = "copydesk: 1\ntype: Post\ninput: markdown\n";

    [Fact]
    public void Block_level_and_indent_are_read_and_planned()
    {
        var result = Load(Markdown + "lines:\n  section: { block: [heading], level: 2..3, indent: 0 }\n  item: { block: [listItem, quote] }", "layout:\n  - s: section\n  - i: item\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new AllPredicate(new EquatableArray<Predicate>([new BlockPredicate(new(["heading"])), new LevelPredicate(2, 3), new IndentPredicate(0, 0)])),
            result.Schema!.LineClasses[0].Predicate);
        ParsePlan plan = ParsePlanBuilder.Build(result.Schema);
        Assert.Equal(new BlockCondition(new(["listItem", "quote"])), plan.LineClasses[1].Condition);
        Assert.True(plan.NeedsMarkup);
        Assert.Equal(new InputModel(InputKind.Markdown, false), plan.Input);
    }

    [Fact]
    public void A_block_kind_the_input_never_makes_is_CD1060_at_the_value()
    {
        var diagnostic = Single(Load(Header + "lines:\n  title: { block: heading }", MinimalLayout), "CD1060", 4, 19);

        Assert.Equal("'block: heading' can never match: 'input: lines' makes only 'line' units; read the text with 'input: markdown' to test Markdown blocks", diagnostic.Message);
        Single(Load(Markdown + "lines:\n  title: { block: line }", MinimalLayout), "CD1060", 5, 19);
        Assert.Empty(Load(Header + "input: paragraphs\nlines:\n  para: { block: paragraph, indent: 1+ }", MinimalLayout).Diagnostics);
    }

    [Fact]
    public void A_level_outside_markdown_is_CD1061_at_the_key()
    {
        Single(Load(Header + "input: paragraphs\nlines:\n  title: { level: 1 }", MinimalLayout), "CD1061", 5, 12);
    }

    [Fact]
    public void An_unknown_block_kind_is_CD1009_with_a_suggestion()
    {
        Assert.Contains("'heading'", Single(Load(Markdown + "lines:\n  title: { block: headng }", MinimalLayout), "CD1009", 5, 19).Message, System.StringComparison.Ordinal);
    }
}
