using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// The <c>rules:</c> section: each rule read as written, resolved once against the layout and the front matter into
/// a <see cref="RulePlan"/>, and every mistake a located diagnostic (CD1090 to CD1096).
/// </summary>
public sealed class FieldRuleTests
{
    // Lines 1-27: front matter of every kind a rule reads, then a layout with typed lines, a repeat and a part.
    private const string Schema = """
        copydesk: 1
        type: Recipe
        frontMatter:
          fields:
            title: { type: string, required: true }
            date: { type: date, required: true }
            updated: date-time
            servings: integer
            tags: { type: string, list: true }
            image: url
            imageAlt: string
            author: { type: mapping, fields: { name: string } }
        parts:
          Note:
            - heading: label
            - text: sentence
        layout:
          - headline: label
          - published: { after: "Published", line: any, value: date }
          - embargo: { after: "Embargo", line: any, value: date-time }
          - stepCount: { after: "Steps", line: any, value: integer }
          - steps: { line: sentence, repeat: 1+ }
          - tips: { line: sentence, repeat: 0+ }
          - note: { part: Note, optional: true }
          - sections: { part: Note, repeat: 0+ }
          - body: { repeat: 0+, oneOf: [ { quote: label }, { paragraph: sentence } ] }
        rules:

        """;

    // Lines 1-13: front matter with defaults and a required list, a layout with a slot read once, an optional one and one after a marker.
    private const string Defaults = """
        copydesk: 1
        type: Post
        frontMatter:
          fields:
            title: { type: string, required: true }
            lang: { type: string, default: en }
            updated: date-time
            author: { type: mapping, fields: { name: string } }
            kinds: { type: string, list: true, default: [news] }
            authors: { type: string, list: true, required: true }
            tags: { type: string, list: true }
        layout: [ { headline: label }, { note: { line: sentence, optional: true } }, { tested: { after: "Tested", line: any, value: date } } ]
        rules:

        """;

    private static SchemaLoadResult Rules(params string[] rules) => LoadText(Schema + string.Concat(rules.Select(rule => "  - " + rule + "\n")));

    private static RulePlan Planned(string rule) => Planned(Rules(rule));

    private static RulePlan Planned(SchemaLoadResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        return Assert.Single(ParsePlanBuilder.Build(result.Schema!).Rules);
    }

    [Fact]
    public void Rules_are_read_in_written_order_with_their_severity_and_message()
    {
        SchemaLoadResult result = Rules(
            "{ count: steps, equals: stepCount }",
            "{ field: frontMatter.updated, notBefore: frontMatter.date, severity: warning, message: \"Updated before published.\" }",
            "{ field: frontMatter.imageAlt, requiredWith: frontMatter.image }",
            "{ field: tips, forbiddenWith: note, severity: info }");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.Equal(
            [
                (RuleRelation.CountEquals, "steps", "stepCount", CheckSeverity.Error, (string?)null, 28),
                (RuleRelation.NotBefore, "frontMatter.updated", "frontMatter.date", CheckSeverity.Warning, "Updated before published.", 29),
                (RuleRelation.RequiredWith, "frontMatter.imageAlt", "frontMatter.image", CheckSeverity.Error, null, 30),
                (RuleRelation.ForbiddenWith, "tips", "note", CheckSeverity.Info, null, 31),
            ],
            result.Schema!.Rules.Select(r => (r.Relation, r.Field, r.Other, r.Severity, r.Message, r.Range.StartLine)));
    }

    [Fact]
    public void A_count_rule_reads_the_items_of_a_repeat_and_an_integer()
    {
        RulePlan plan = Planned("{ count: steps, equals: stepCount }");

        Assert.Equal((RuleCheck.CountEquals, (RuleOrder?)null), (plan.Check, plan.Order));
        Assert.Equal(new RuleOperand("steps", RuleFieldSource.Slot, 4, RuleValueKind.Other, IsList: true, IsAlwaysPresent: true), plan.Field);
        Assert.Equal(new RuleOperand("stepCount", RuleFieldSource.Slot, 3, RuleValueKind.Integer, IsList: false, IsAlwaysPresent: false), plan.Other);
    }

    [Fact]
    public void A_count_rule_reads_front_matter_lists_and_integers_too()
    {
        RulePlan plan = Planned("{ count: frontMatter.tags, equals: frontMatter.servings }");

        Assert.Equal(new RuleOperand("frontMatter.tags", RuleFieldSource.FrontMatter, 4, RuleValueKind.Other, IsList: true, IsAlwaysPresent: false), plan.Field);
        Assert.Equal(new RuleOperand("frontMatter.servings", RuleFieldSource.FrontMatter, 3, RuleValueKind.Integer, IsList: false, IsAlwaysPresent: false), plan.Other);
    }

    [Theory]
    [InlineData("{ field: published, before: frontMatter.date }", RuleCheck.DateOrder, RuleOrder.Before, false, false)]
    [InlineData("{ field: frontMatter.updated, notBefore: frontMatter.date }", RuleCheck.DateOrder, RuleOrder.NotBefore, true, false)]
    [InlineData("{ field: embargo, after: frontMatter.updated }", RuleCheck.InstantOrder, RuleOrder.After, false, false)]
    [InlineData("{ field: embargo, notAfter: published }", RuleCheck.DateOrder, RuleOrder.NotAfter, true, false)]
    [InlineData("{ field: published, notAfter: embargo }", RuleCheck.DateOrder, RuleOrder.NotAfter, false, true)]
    public void Two_dates_and_times_compare_as_instants_and_any_other_pair_of_dates_as_calendar_dates(string rule, RuleCheck check, RuleOrder order, bool fieldAsDate, bool otherAsDate)
    {
        RulePlan plan = Planned(rule);

        Assert.Equal((check, order), (plan.Check, plan.Order));
        Assert.Equal((fieldAsDate, otherAsDate), (plan.Field.ReadsCalendarDate, plan.Other.ReadsCalendarDate));
    }

    [Fact]
    public void A_presence_rule_may_relate_any_two_article_level_fields()
    {
        RulePlan plan = Planned("{ field: note, requiredWith: body }");

        Assert.Equal((RuleCheck.RequiredWith, (RuleOrder?)null, false, true), (plan.Check, plan.Order, plan.Field.IsList, plan.Other.IsList));
    }

    [Fact]
    public void Equal_rules_plan_equally_so_the_generator_caches_on_them()
    {
        Assert.Equal(ParsePlanBuilder.Build(Rules("{ field: tips, forbiddenWith: note }").Schema!), ParsePlanBuilder.Build(Rules("{ field: tips, forbiddenWith: note }").Schema!));
        Assert.NotEqual(ParsePlanBuilder.Build(Rules("{ field: tips, forbiddenWith: note }").Schema!), ParsePlanBuilder.Build(Rules("{ field: tips, requiredWith: note }").Schema!));
    }

    [Fact]
    public void An_unknown_field_is_CD1090_at_the_name_with_the_closest_field()
    {
        SchemaDiagnostic diagnostic = Single(Rules("{ count: step, equals: stepCount }"), "CD1090", 28, 14);

        Assert.Equal("The rule names 'step', which is no field of the article: did you mean 'steps'? Name a layout slot, or 'frontMatter.' and a top-level front-matter key", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_front_matter_key_suggests_the_closest_key()
    {
        SchemaDiagnostic diagnostic = Single(Rules("{ field: frontMatter.update, notBefore: frontMatter.date }"), "CD1090", 28, 14);

        Assert.Contains("did you mean 'frontMatter.updated'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_field_without_front_matter_is_CD1090()
    {
        SchemaDiagnostic diagnostic = Single(LoadText(Header + MinimalLayout + "rules:\n  - { field: frontMatter.date, requiredWith: headline }\n"), "CD1090", 6, 14);

        Assert.Contains("the schema declares no 'frontMatter:'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ field: heading, requiredWith: note }", 14, "'heading' is a slot of the part 'Note'")]
    [InlineData("{ field: note.heading, requiredWith: tips }", 14, "'note.heading' is inside the part 'Note' that 'note' reads")]
    [InlineData("{ field: sections.text, requiredWith: tips }", 14, "'sections.text' is inside the repeated slot 'sections'")]
    [InlineData("{ field: tips, forbiddenWith: quote }", 35, "'quote' is a case of the 'oneOf' slot 'body'")]
    [InlineData("{ field: tips, forbiddenWith: frontMatter.author.name }", 35, "'frontMatter.author.name' is inside the front-matter mapping 'author'")]
    public void A_field_below_article_level_is_CD1091_saying_what_rules_relate(string rule, int column, string start)
    {
        SchemaDiagnostic diagnostic = Single(Rules(rule), "CD1091", 28, column);

        Assert.Equal(start + "; rules relate fields of the article itself: name a layout slot, or 'frontMatter.' and a top-level front-matter key", diagnostic.Message);
    }

    [Theory]
    [InlineData("{ field: published, before: headline }", 33, "'headline' is a line read as text")]
    [InlineData("{ field: frontMatter.title, notAfter: published }", 14, "'frontMatter.title' is a front-matter 'string'")]
    [InlineData("{ field: steps, after: published }", 14, "'steps' is a slot with 'repeat' (each item a line read as text)")]
    [InlineData("{ count: steps, equals: published }", 29, "'published' is a line read with 'value: date'")]
    [InlineData("{ count: steps, equals: frontMatter.tags }", 29, "'frontMatter.tags' is a front-matter list of 'string'")]
    [InlineData("{ count: steps, equals: embargo }", 29, "'embargo' is a line read with 'value: date-time'")]
    [InlineData("{ count: steps, equals: frontMatter.updated }", 29, "'frontMatter.updated' is a front-matter 'date-time'")]
    public void Comparing_values_of_the_wrong_types_is_CD1092_at_the_field_of_the_wrong_type(string rule, int column, string reason)
    {
        SchemaDiagnostic diagnostic = Single(Rules(rule), "CD1092", 28, column);

        Assert.Contains(reason, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ count: stepCount, equals: frontMatter.servings }", "'count: stepCount' needs a list, but 'stepCount' is a line read with 'value: integer': count a slot with 'repeat' or a front-matter list")]
    [InlineData("{ count: note, equals: stepCount }", "'count: note' needs a list, but 'note' is the part 'Note': count a slot with 'repeat' or a front-matter list")]
    public void Counting_something_that_is_not_a_list_is_CD1093(string rule, string message)
    {
        Assert.Equal(message, Single(Rules(rule), "CD1093", 28, 14).Message);
    }

    [Theory]
    [InlineData("{ severity: warning }", 7, "it needs 'field', the field it is about, or 'count', the list whose items it counts")]
    [InlineData("{ field: note }", 7, "it states exactly one relation of 'equals', 'before', 'notBefore', 'after', 'notAfter', 'requiredWith' or 'forbiddenWith' (found none); write one rule per relation")]
    [InlineData("{ field: note, requiredWith: tips, forbiddenWith: body }", 40, "it states exactly one relation of 'equals', 'before', 'notBefore', 'after', 'notAfter', 'requiredWith' or 'forbiddenWith' (found 'requiredWith' and 'forbiddenWith'); write one rule per relation")]
    [InlineData("{ field: steps, count: steps, equals: stepCount }", 21, "it names its subject twice, with 'field' and with 'count'; keep one")]
    [InlineData("{ count: steps, before: published }", 21, "'count' pairs with 'equals' (the number of items equals a number); for 'before' write 'field'")]
    [InlineData("{ field: steps, equals: stepCount }", 21, "'equals' compares the number of items of a list with a number: write 'count: steps' instead of 'field'")]
    public void A_rule_without_one_subject_and_one_fitting_relation_is_CD1094(string rule, int column, string reason)
    {
        Assert.Equal("Invalid rule: " + reason, Single(Rules(rule), "CD1094", 28, column).Message);
    }

    [Fact]
    public void A_misspelt_relation_is_CD1002_with_the_closest_key()
    {
        SchemaDiagnostic diagnostic = One(Rules("{ field: note, requiredWth: tips }"), "CD1002");

        Assert.Contains("Did you mean 'requiredWith'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_relating_a_field_to_itself_is_CD1095()
    {
        Assert.Equal("The rule relates 'published' to itself: name another field after 'before'", Single(Rules("{ field: published, before: published }"), "CD1095", 28, 33).Message);
    }

    [Theory]
    [InlineData("{ field: headline, requiredWith: note }", "'headline' is a slot read once, neither optional nor after a marker")]
    [InlineData("{ field: steps, requiredWith: note }", "'steps' is a slot with 'repeat' of at least 1 item")]
    [InlineData("{ field: frontMatter.title, requiredWith: note }", "'frontMatter.title' is a required front-matter field")]
    public void Requiring_a_field_that_is_always_present_is_the_warning_CD1096_and_still_plans(string rule, string reason)
    {
        SchemaLoadResult result = Rules(rule);
        SchemaDiagnostic diagnostic = Single(result, "CD1096", 28, 14);

        Assert.Equal(SchemaSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal($"The rule can never report: {reason}, so it is always present; remove the rule, or make '{rule.Split(' ')[2].TrimEnd(',')}' optional", diagnostic.Message);
        Assert.Single(ParsePlanBuilder.Build(result.Schema!).Rules);
    }

    [Theory]
    [InlineData("{ field: frontMatter.lang, requiredWith: note }", "'frontMatter.lang' is a front-matter field with a default")]
    [InlineData("{ field: frontMatter.kinds, requiredWith: note }", "'frontMatter.kinds' is a front-matter field with a default")]
    [InlineData("{ field: frontMatter.authors, requiredWith: note }", "'frontMatter.authors' is a required front-matter field")]
    public void Front_matter_with_a_default_or_a_required_list_is_always_present_too(string rule, string reason)
    {
        SchemaDiagnostic diagnostic = Single(LoadText(Defaults + "  - " + rule + "\n"), "CD1096", 14, 14);

        Assert.StartsWith($"The rule can never report: {reason}, so it is always present", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_read_once_is_always_present_exactly_when_the_plan_never_holds_it_as_null()
    {
        SchemaLoadResult result = LoadText(Defaults + "  - { field: note, forbiddenWith: headline }\n");
        Assert.True(result.Diagnostics.Count == 0, Show(result));
        ParsePlan plan = ParsePlanBuilder.Build(result.Schema!);
        string[] singles = ["headline", "note", "tested", "frontMatter.title", "frontMatter.lang", "frontMatter.updated", "frontMatter.author"];

        foreach (string path in singles)
        {
            RulePlan rule = Planned(LoadText(Defaults + $"  - {{ field: {path}, forbiddenWith: frontMatter.tags }}\n"));
            bool nullable = rule.Field.Source == RuleFieldSource.Slot ? plan.Layout.Slots[rule.Field.Index].IsNullable : plan.FrontMatter!.Fields[rule.Field.Index].IsNullable;
            Assert.True(rule.Field.IsAlwaysPresent == !nullable, path);
        }
    }

    [Fact]
    public void Rules_that_are_not_a_sequence_are_CD1028()
    {
        Single(LoadText(Header + MinimalLayout + "rules:\n  field: headline\n"), "CD1028", 6, 3);
    }
}
