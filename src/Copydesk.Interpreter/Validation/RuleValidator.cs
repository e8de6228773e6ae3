using System;
using Copydesk.Interpretation.Binding;
using Copydesk.Markup.FrontMatter;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Validation;

namespace Copydesk.Interpretation.Validation;

/// <summary>
/// Runs the plan's <c>rules:</c> over an interpreted article, after the slots' checks: the same calls of
/// <see cref="FieldRules"/>, with the same fields read the same way, as the generated validator prints.
/// </summary>
internal static class RuleValidator
{
    /// <summary>Runs every rule of <paramref name="plan"/>, in written order.</summary>
    public static void Validate(ValidationContext context, ParsePlan plan, InterpretedRecord root, FrontMatterValues? frontMatter)
    {
        foreach (RulePlan rule in plan.Rules)
        {
            var field = new Operand(rule.Field, root, frontMatter);
            var other = new Operand(rule.Other, root, frontMatter);
            IssueSeverity severity = PlanBinder.Severity(rule.Severity);
            switch (rule.Comparison)
            {
                case RuleComparison.Count:
                    FieldRules.CountEquals(context, field.Path, field.Count, field.Span, other.Path, (long?)other.Value, severity, rule.Message);
                    break;
                case RuleComparison.CalendarDates:
                    FieldRules.Order(context, Order(rule.Relation), field.Path, field.Date, field.Span, other.Path, other.Date, severity, rule.Message);
                    break;
                case RuleComparison.Instants:
                    FieldRules.Order(context, Order(rule.Relation), field.Path, (DateTimeOffset?)field.Value, field.Span, other.Path, (DateTimeOffset?)other.Value, severity, rule.Message);
                    break;
                case RuleComparison.Presence when rule.Relation == RuleRelation.RequiredWith:
                    FieldRules.RequiredWith(context, field.Path, field.IsPresent, other.Path, other.IsPresent, other.Span, severity, rule.Message);
                    break;
                case RuleComparison.Presence when rule.Relation == RuleRelation.ForbiddenWith:
                    FieldRules.ForbiddenWith(context, field.Path, field.IsPresent, field.Span, other.Path, other.IsPresent, severity, rule.Message);
                    break;
                default:
                    throw new InvalidOperationException($"The interpreter does not know the rule {rule.Relation} by {rule.Comparison}.");
            }
        }
    }

    private static DateOrder Order(RuleRelation relation) => relation switch
    {
        RuleRelation.Before => DateOrder.Before,
        RuleRelation.NotBefore => DateOrder.NotBefore,
        RuleRelation.After => DateOrder.After,
        RuleRelation.NotAfter => DateOrder.NotAfter,
        _ => throw new InvalidOperationException($"{relation} does not order dates."),
    };

    /// <summary>One field of a rule, read from the article as the generated code reads its property.</summary>
    private readonly struct Operand
    {
        private readonly RuleOperand operand;
        private readonly InterpretedField slot;
        private readonly object? frontMatterValue;

        public Operand(RuleOperand operand, InterpretedRecord root, FrontMatterValues? frontMatter)
        {
            this.operand = operand;
            if (operand.Source == RuleFieldSource.Slot)
            {
                slot = root.Fields[operand.Index];
                Span = operand.IsList ? FieldRules.ListSpan(slot.Items, static item => item.Span, root.Span) : slot.Value?.Span ?? root.Span;
            }
            else
            {
                FrontMatterValues values = frontMatter ?? throw new InvalidOperationException("A rule reads the front matter of an article that has none.");
                frontMatterValue = values[operand.Index];
                Span = values.Span;
            }
        }

        public string Path => operand.Path;

        public SourceSpan Span { get; }

        /// <summary>The value of a typed line (null when refused) or of a front-matter scalar.</summary>
        public object? Value => operand.Source == RuleFieldSource.Slot ? (slot.Value as InterpretedValue)?.Value.Value : frontMatterValue;

        /// <summary>The value as a calendar date; a date and time counts as its date where it was written.</summary>
        public DateOnly? Date => operand.Kind == RuleValueKind.DateTime ? FieldRules.CalendarDate((DateTimeOffset?)Value) : (DateOnly?)Value;

        public int Count => operand.Source == RuleFieldSource.Slot ? slot.Items.Count : frontMatterValue is NodeList<object> items ? items.Count : 0;

        public bool IsPresent => operand.IsList ? Count > 0 : operand.Source == RuleFieldSource.Slot ? slot.Value is not null : frontMatterValue is not null;
    }
}
