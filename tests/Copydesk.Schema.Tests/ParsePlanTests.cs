using System;
using System.IO;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The parse plan: every decision both back ends carry out, made once from the schema.</summary>
public sealed class ParsePlanTests
{
    private static readonly string DigestStory = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "digest-story.schema.yaml"));

    private static ParsePlan Plan(string text)
    {
        SchemaLoadResult result = LoadText(text);
        Assert.True(result.Schema is not null, Show(result));
        return ParsePlanBuilder.Build(result.Schema);
    }

    private static ParsePlan Layout(params string[] slots) =>
        Plan(Header + "lines:\n  heading: { not: sentence, maxWords: 6 }\nparts:\n  Quote:\n    - text: sentence\n    - by: { line: label, optional: true }\n" +
            "layout:\n" + string.Concat(slots.Select(s => s + "\n")));

    private static EquatableArray<T> Array<T>(params T[] items)
        where T : IEquatable<T> => new(items);

    [Fact]
    public void Built_in_line_classes_are_an_enum_and_declared_ones_a_checked_reference()
    {
        ParsePlan plan = Layout("  - title: label", "  - lead: heading", "  - body: { line: sentence, repeat: 0+ }", "  - rest: { line: any, repeat: 0+ }");

        Assert.Equal(
            [new BuiltInCondition(BuiltInLineClass.Label), new DeclaredClassCondition("heading"), new BuiltInCondition(BuiltInLineClass.Sentence), new BuiltInCondition(BuiltInLineClass.Any)],
            plan.Layout.Slots.Select(s => ((LineRead)s.Read).Test));
        Assert.Equal(
            new AllCondition(Array<LineCondition>(new NotCondition(new BuiltInCondition(BuiltInLineClass.Sentence)), new WordCountCondition(0, 6))),
            Assert.Single(plan.LineClasses).Condition);
    }

    [Fact]
    public void Operands_that_cannot_change_a_result_are_dropped_and_a_single_operand_stands_alone()
    {
        ParsePlan plan = Plan(Header + "lines:\n  every: { all: [any] }\n  short: { all: [any, { maxWords: 3 }] }\n" + MinimalLayout);

        Assert.Equal(
            [new LineClassPlan("every", new ConstantCondition(true)), new LineClassPlan("short", new WordCountCondition(0, 3))],
            plan.LineClasses);
    }

    [Fact]
    public void Repeats_are_sized_for_the_lines_left_in_the_layout_and_cached_in_a_part_unless_their_bound_is_small()
    {
        ParsePlan plan = Plan(Header + "parts:\n  Box:\n    - lines: { line: sentence, repeat: 1+ }\n    - few: { line: label, repeat: 0..2 }\n    - more: { line: label, repeat: 0+ }\n" +
            "    - upTo16: { line: sentence, repeat: 0..16 }\n    - upTo17: { line: label, repeat: 1..17 }\n    - many: { line: sentence, repeat: 0..1000000 }\n" +
            "layout:\n  - boxes: { part: Box, repeat: 0+ }\n  - tail: { line: label, repeat: 0..3 }\n");

        Assert.Equal(
            [new RepeatPlan(0, int.MaxValue, RunStrategy.SizedForLinesLeft, -1), new RepeatPlan(0, 3, RunStrategy.SizedForLinesLeft, -1)],
            plan.Layout.Slots.Select(s => s.Repeat));
        Assert.Equal(
            [
                new RepeatPlan(1, int.MaxValue, RunStrategy.Cached, 0), new RepeatPlan(0, 2, RunStrategy.Growing, -1), new RepeatPlan(0, int.MaxValue, RunStrategy.Cached, 1),
                new RepeatPlan(0, RepeatPlan.LargestUncachedBound, RunStrategy.Growing, -1), new RepeatPlan(1, 17, RunStrategy.Cached, 2), new RepeatPlan(0, 1_000_000, RunStrategy.Cached, 3),
            ],
            plan.GetPart("Box").Slots.Select(s => s.Repeat));
        Assert.Equal(4, plan.CacheCount);
    }

    [Fact]
    public void Checks_are_listed_in_the_documented_rule_order_with_the_check_severity()
    {
        ParsePlan plan = Layout(
            "  - title: { line: label, check: { oneOf: [A, B], notEmpty: true, pattern: x, maxWords: 4, minWords: 1, maxLength: 9, minLength: 2, severity: info, message: Bad } }",
            "  - lines: { line: sentence, repeat: 0+, check: { count: 1..3 } }");

        SlotChecks title = plan.Layout.Slots[0].Checks;
        Assert.Equal(
            [new MinLengthRule(2), new MaxLengthRule(9), new MinWordsRule(1), new MaxWordsRule(4), new PatternRule("x", Backtracking: false), new NotEmptyRule(), new OneOfRule(Array("A", "B"))],
            title.ValueRules);
        Assert.Equal((CheckSeverity.Info, "Bad", true), (title.Severity, title.Message, title.HasChecks));
        SlotChecks lines = plan.Layout.Slots[1].Checks;
        Assert.Equal((new CountRule(1, 3), 0, false), (lines.Count, lines.ValueRules.Count, lines.HasElementChecks));
    }

    [Fact]
    public void Checks_in_a_part_make_every_slot_that_reads_it_a_branch_worth_walking()
    {
        ParsePlan plan = Plan(Header + "parts:\n  Quote:\n    - text: { line: sentence, check: { maxLength: 10 } }\n  Plain:\n    - text: sentence\n" +
            "layout:\n  - quoted: Quote\n  - plainText: Plain\n  - items: { repeat: 0+, oneOf: [ { q: Quote }, { p: Plain } ] }\n");

        Assert.Equal([true, false, true], plan.Layout.Slots.Select(s => s.Checks.HasNestedChecks));
        Assert.Equal([true, false], plan.Parts.Select(p => p.HasChecks));
        Assert.True(plan.Layout.HasChecks);
    }

    [Fact]
    public void The_digest_story_plan_names_its_expectations_markers_sections_and_JSON_members()
    {
        ParsePlan plan = Plan(DigestStory);

        SlotPlan summarizedBy = plan.Layout.Slots[3];
        Assert.Equal(new MarkerRead(0, new ExpectationPlan("summarizedBy", "marker \"Summarized by\"")), summarizedBy.Read);
        Assert.Equal(new MarkerDefinition("Summarized by", true), plan.Markers[0]);
        Assert.Equal(("summarizedBy", "summarizedBy", true), (summarizedBy.Section, summarizedBy.JsonName, summarizedBy.IsNullable));
        SlotPlan inDepth = plan.Layout.Slots[5];
        Assert.Equal(new AfterMarkerPlan(1, new ExpectationPlan("inDepth", "marker \"Topic in-depth\"")), inDepth.After);
        Assert.False(inDepth.IsNullable);
        OneOfRead body = Assert.IsType<OneOfRead>(plan.Layout.Slots[2].Read);
        Assert.Equal(
            [new CasePlan("quote", "quote", new PartRead("Quote")), new CasePlan("paragraph", "paragraph", new LineRead("sentence", new BuiltInCondition(BuiltInLineClass.Sentence), ValueKind.Text, new ExpectationPlan("body.paragraph", "sentence")))],
            body.Cases);
        SlotPlan attribution = plan.GetPart("Quote").Slots[1];
        Assert.Equal((null, 22), (attribution.Section, attribution.SourceLine));
        Assert.Equal(new ExpectationPlan("Quote.attribution", "attribution"), ((LineRead)attribution.Read).Expectation);
        Assert.Equal([new SpeakerRequiredRule()], attribution.Checks.ValueRules);
        Assert.Equal(CheckSeverity.Warning, attribution.Checks.Severity);
    }

    [Fact]
    public void Plans_of_equal_schemas_are_equal_values()
    {
        ParsePlan first = Plan(DigestStory);
        ParsePlan second = Plan(DigestStory);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Plan(DigestStory.Replace("maxLength: 120", "maxLength: 100", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_comment_that_moves_no_slot_leaves_the_plan_equal()
    {
        Assert.Equal(Plan(DigestStory), Plan(DigestStory.Replace("type: DigestStory", "type: DigestStory   # the article type", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_predicate_the_language_does_not_have_is_refused_not_planned_as_false()
    {
        var schema = new ArticleSchema(
            1,
            "Story",
            null,
            null,
            Array(new LineClass("odd", new UnknownPredicate(), null, default)),
            EquatableArray<Part>.Empty,
            Array<Slot>(new LineSlot { Name = "body", LineClass = "odd" }),
            EquatableArray<MarkerDefinition>.Empty);

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => ParsePlanBuilder.Build(schema));
        Assert.Contains(nameof(UnknownPredicate), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a class that refers to itself", "loop")]
    [InlineData("an undeclared line class", "missing")]
    [InlineData("an undeclared marker", "End")]
    public void A_schema_the_loader_would_reject_is_refused(string problem, string name)
    {
        EquatableArray<LineClass> classes = problem == "a class that refers to itself"
            ? Array(new LineClass("loop", new NotPredicate(new ClassPredicate("loop")), null, default))
            : EquatableArray<LineClass>.Empty;
        Slot slot = problem == "an undeclared marker" ? new MarkerSlot { Name = "end", Text = name } : new LineSlot { Name = "body", LineClass = name };
        var schema = new ArticleSchema(1, "Story", null, null, classes, EquatableArray<Part>.Empty, Array(slot), EquatableArray<MarkerDefinition>.Empty);

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => ParsePlanBuilder.Build(schema));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    private sealed record UnknownPredicate : Predicate;
}
