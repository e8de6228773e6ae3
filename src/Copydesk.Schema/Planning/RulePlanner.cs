using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Planning;

/// <summary>
/// Resolves the <c>rules:</c> of a schema against its layout and front matter and decides what each rule reads and
/// compares: the one place that knows which fields a rule may relate. The loader runs it to report mistakes (CD1090
/// to CD1096); the plan builder runs it to plan, and refuses rules with a mistake.
/// </summary>
public static class RulePlanner
{
    /// <summary>The prefix of a path that names a top-level front-matter field: <c>frontMatter.date</c>.</summary>
    public const string FrontMatterPrefix = FrontMatterNames.JsonName + ".";

    /// <summary>Reports one mistake in a rule, at the range it concerns.</summary>
    public delegate void Report(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments);

    /// <summary>Plans the rules of <paramref name="schema"/>, reporting every mistake; a rule with an error is left out.</summary>
    /// <param name="schema">The schema, whose layout and front matter the rules name.</param>
    /// <param name="report">Told about each mistake.</param>
    public static EquatableArray<RulePlan> Plan(ArticleSchema schema, Report report)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var plans = new List<RulePlan>(schema.Rules.Count);
        foreach (FieldRule rule in schema.Rules)
        {
            if (Rule(schema, rule, report) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans.ToEquatableArray();
    }

    private static RulePlan? Rule(ArticleSchema schema, FieldRule rule, Report report)
    {
        Resolved? field = Resolve(schema, rule.Field, rule.FieldRange, report);
        Resolved? other = Resolve(schema, rule.Other, rule.OtherRange, report);
        if (field is null || other is null)
        {
            return null;
        }

        if (field.Operand.Path == other.Operand.Path)
        {
            report(DiagnosticCatalog.RuleRelatesFieldToItself, rule.OtherRange, rule.Other, RelationKey(rule.Relation));
            return null;
        }

        switch (rule.Relation)
        {
            case RuleRelation.CountEquals:
                if (!field.Operand.IsList)
                {
                    report(DiagnosticCatalog.RuleCountNotList, rule.FieldRange, rule.Field, field.Description);
                    return null;
                }

                if (other.Operand.IsList || other.Operand.Kind != RuleValueKind.Integer)
                {
                    report(DiagnosticCatalog.RuleTypeMismatch, rule.OtherRange, "count: " + rule.Field, rule.Other, $"'{rule.Other}' is {other.Description}; the number of items equals an integer: a slot with 'value: integer' or a front-matter 'integer'");
                    return null;
                }

                return Planned(rule, RuleCheck.CountEquals, field.Operand, other.Operand);
            case RuleRelation.Before or RuleRelation.NotBefore or RuleRelation.After or RuleRelation.NotAfter:
                Resolved? notDate = !IsDate(field.Operand) ? field : !IsDate(other.Operand) ? other : null;
                if (notDate is not null)
                {
                    report(
                        DiagnosticCatalog.RuleTypeMismatch,
                        notDate == field ? rule.FieldRange : rule.OtherRange,
                        rule.Field,
                        rule.Other,
                        $"'{notDate.Operand.Path}' is {notDate.Description}; '{RelationKey(rule.Relation)}' compares two dates or dates and times: slots with 'value: date' or 'value: date-time', or front-matter 'date' or 'date-time' fields");
                    return null;
                }

                return Ordered(rule, field.Operand, other.Operand);
            case RuleRelation.RequiredWith:
                if (field.Operand.IsAlwaysPresent)
                {
                    report(DiagnosticCatalog.RuleNeverReports, rule.FieldRange, rule.Field, field.AlwaysPresentBecause!);
                }

                return Planned(rule, RuleCheck.RequiredWith, field.Operand, other.Operand);
            case RuleRelation.ForbiddenWith:
                return Planned(rule, RuleCheck.ForbiddenWith, field.Operand, other.Operand);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Relation, "The rule states a relation the language does not have.");
        }
    }

    private static RulePlan Planned(FieldRule rule, RuleCheck check, RuleOperand field, RuleOperand other) =>
        new(rule.Relation, field, other, check, rule.Severity, rule.Message, rule.Range.StartLine);

    // Two dates and times compare as instants; any other pair as calendar dates, a date and time among them read as
    // its date where it was written.
    private static RulePlan Ordered(FieldRule rule, RuleOperand field, RuleOperand other)
    {
        RuleOrder order = rule.Relation switch
        {
            RuleRelation.Before => RuleOrder.Before,
            RuleRelation.NotBefore => RuleOrder.NotBefore,
            RuleRelation.After => RuleOrder.After,
            RuleRelation.NotAfter => RuleOrder.NotAfter,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Relation, "The rule orders no dates."),
        };
        if (field.Kind == RuleValueKind.DateTime && other.Kind == RuleValueKind.DateTime)
        {
            return Planned(rule, RuleCheck.InstantOrder, field, other) with { Order = order };
        }

        return Planned(rule, RuleCheck.DateOrder, AsCalendarDate(field), AsCalendarDate(other)) with { Order = order };
    }

    private static RuleOperand AsCalendarDate(RuleOperand operand) =>
        operand.Kind == RuleValueKind.DateTime ? operand with { ReadsCalendarDate = true } : operand;

    private static bool IsDate(RuleOperand operand) => !operand.IsList && operand.Kind is RuleValueKind.Date or RuleValueKind.DateTime;

    /// <summary>The key that states <paramref name="relation"/>.</summary>
    public static string RelationKey(RuleRelation relation) => relation switch
    {
        RuleRelation.CountEquals => "equals",
        RuleRelation.Before => "before",
        RuleRelation.NotBefore => "notBefore",
        RuleRelation.After => "after",
        RuleRelation.NotAfter => "notAfter",
        RuleRelation.RequiredWith => "requiredWith",
        RuleRelation.ForbiddenWith => "forbiddenWith",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    /// <param name="Operand">The field as the plan reads it.</param>
    /// <param name="Description">What the field is, for messages: "a front-matter 'string'".</param>
    /// <param name="AlwaysPresentBecause">Why the field is never absent, for CD1096; <see langword="null"/> when it may be.</param>
    private sealed record Resolved(RuleOperand Operand, string Description, string? AlwaysPresentBecause);

    private static Resolved? Resolve(ArticleSchema schema, string path, TextRange range, Report report)
    {
        for (int i = 0; i < schema.Layout.Count; i++)
        {
            if (schema.Layout[i].Name == path)
            {
                return SlotOperand(schema.Layout[i], i);
            }
        }

        string reach = "a layout slot, or 'frontMatter.' and a top-level front-matter key";
        if (path.StartsWith(FrontMatterPrefix, StringComparison.Ordinal))
        {
            string key = path.Substring(FrontMatterPrefix.Length);
            if (schema.FrontMatter is not { } frontMatter)
            {
                report(DiagnosticCatalog.UnknownRuleField, range, path, "the schema declares no 'frontMatter:'; declare the field there, or name a layout slot");
                return null;
            }

            for (int i = 0; i < frontMatter.Fields.Count; i++)
            {
                if (frontMatter.Fields[i].Name == key)
                {
                    return FrontMatterOperand(frontMatter.Fields[i], i, path);
                }
            }

            int dot = key.IndexOf('.');
            if (dot > 0 && frontMatter.Fields.FirstOrDefault(f => f.Name == key.Substring(0, dot)) is { } outer)
            {
                report(DiagnosticCatalog.RuleFieldNotAtArticleLevel, range, path, $"inside the front-matter {(outer.IsList ? "list" : "mapping")} '{outer.Name}'", reach);
                return null;
            }
        }
        else if (path.IndexOf('.') is var dot and > 0 && schema.Layout.FirstOrDefault(s => s.Name == path.Substring(0, dot)) is { } outer)
        {
            report(DiagnosticCatalog.RuleFieldNotAtArticleLevel, range, path, "inside " + Inside(outer), reach);
            return null;
        }
        else if (Nested(schema, path) is { } where)
        {
            report(DiagnosticCatalog.RuleFieldNotAtArticleLevel, range, path, where, reach);
            return null;
        }

        IEnumerable<string> candidates = schema.Layout.Select(s => s.Name)
            .Concat(schema.FrontMatter?.Fields.Select(f => FrontMatterPrefix + f.Name) ?? Enumerable.Empty<string>());
        string? closest = NameSuggester.Suggest(path, candidates);
        report(DiagnosticCatalog.UnknownRuleField, range, path, closest is null ? "name " + reach : $"did you mean '{closest}'? Name " + reach);
        return null;
    }

    // What a slot that is not a layout slot belongs to, for CD1091: a slot of a part, or a case of a layout oneOf.
    private static string? Nested(ArticleSchema schema, string name)
    {
        foreach (Part part in schema.Parts)
        {
            if (part.Slots.Any(s => s.Name == name))
            {
                return $"a slot of the part '{part.Name}'";
            }
        }

        foreach (Slot slot in schema.Layout)
        {
            if (slot is OneOfSlot oneOf && oneOf.Cases.Any(c => c.Name == name))
            {
                return $"a case of the 'oneOf' slot '{slot.Name}'";
            }
        }

        return null;
    }

    private static string Inside(Slot slot) => slot switch
    {
        _ when slot.Cardinality == Cardinality.Repeat => $"the repeated slot '{slot.Name}'",
        PartSlot part => $"the part '{part.Part}' that '{slot.Name}' reads",
        OneOfSlot => $"the 'oneOf' slot '{slot.Name}'",
        _ => $"'{slot.Name}', which holds one line",
    };

    private static Resolved SlotOperand(Slot slot, int index)
    {
        bool isList = slot.Cardinality == Cardinality.Repeat;
        RuleValueKind kind = KindOf(slot is LineSlot { Value: ValueKind.Typed, Spec: { } spec } ? spec.Kind : null);
        string? always = isList
            ? slot.Min >= 1 ? $"a slot with 'repeat' of at least {slot.Min} item{(slot.Min == 1 ? string.Empty : "s")}" : null
            : !Nullability.IsNullable(slot) ? "a slot read once, neither optional nor after a marker" : null;
        string what = slot switch
        {
            LineSlot { Value: ValueKind.Typed, Spec: { } typed } => $"a line read with 'value: {ValueSpecKeys.Word(typed.Kind)}'",
            LineSlot line => $"a line read as {(line.Value == ValueKind.Text ? "text" : "'" + line.Value.ToString().ToLowerInvariant() + "'")}",
            MarkerSlot => "a marker line",
            PartSlot part => $"the part '{part.Part}'",
            _ => "a 'oneOf' slot",
        };
        string description = isList ? $"a slot with 'repeat' (each item {what})" : what;
        return new Resolved(new RuleOperand(slot.Name, RuleFieldSource.Slot, index, kind, isList, always is not null), description, always);
    }

    private static Resolved FrontMatterOperand(FrontMatterField field, int index, string path)
    {
        RuleValueKind kind = KindOf(FrontMatterValueKinds.Of(field.Type));

        // A required list stops the parse when it is empty, so it always has an item, as a list with default items does.
        bool present = field.IsList ? field.IsRequired || field.DefaultItems is { Count: > 0 } : !Nullability.IsNullable(field);
        string? always = !present ? null : field.IsRequired ? "a required front-matter field" : "a front-matter field with a default";
        string type = FrontMatterKeys.Types[(int)field.Type];
        string description = field.IsList ? $"a front-matter list of '{type}'" : $"a front-matter '{type}'";
        return new Resolved(new RuleOperand(path, RuleFieldSource.FrontMatter, index, kind, field.IsList, always is not null), description, always);
    }

    // What a rule compares of a value read by a typed parser, or of none (null): dates, dates and times and integers.
    private static RuleValueKind KindOf(TypedValueKind? typed) => typed switch
    {
        TypedValueKind.Date => RuleValueKind.Date,
        TypedValueKind.DateTime => RuleValueKind.DateTime,
        TypedValueKind.Integer => RuleValueKind.Integer,
        _ => RuleValueKind.Other,
    };
}
