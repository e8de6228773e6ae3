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
            switch (rule.Check)
            {
                case RuleCheck.CountEquals:
                    FieldRules.CountEquals(context, field.Path, field.Count, field.Span, other.Path, (long?)other.Value, severity, rule.Message);
                    break;
                case RuleCheck.DateOrder:
                    FieldRules.Order(context, Order(rule), field.Path, field.Date, field.Span, other.Path, other.Date, severity, rule.Message);
                    break;
                case RuleCheck.InstantOrder:
                    FieldRules.Order(context, Order(rule), field.Path, (DateTimeOffset?)field.Value, field.Span, other.Path, (DateTimeOffset?)other.Value, severity, rule.Message);
                    break;
                case RuleCheck.RequiredWith:
                    FieldRules.RequiredWith(context, field.Path, field.IsPresent, other.Path, other.IsPresent, other.Span, severity, rule.Message);
                    break;
                case RuleCheck.ForbiddenWith:
                    FieldRules.ForbiddenWith(context, field.Path, field.IsPresent, field.Span, other.Path, other.IsPresent, severity, rule.Message);
                    break;
                default:
                    throw new InvalidOperationException($"The interpreter does not know the rule check {rule.Check}.");
            }
        }
    }

    // The plan's order as the runtime names it: the same members.
    private static DateOrder Order(RulePlan rule) => rule.Order switch
    {
        RuleOrder.Before => DateOrder.Before,
        RuleOrder.NotBefore => DateOrder.NotBefore,
        RuleOrder.After => DateOrder.After,
        RuleOrder.NotAfter => DateOrder.NotAfter,
        _ => throw new InvalidOperationException($"The rule {rule.Relation} by {rule.Check} states no order of dates."),
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

        /// <summary>The value as a calendar date: a date, or a date and time the plan reads as its calendar date.</summary>
        public DateOnly? Date => operand.ReadsCalendarDate ? FieldRules.CalendarDate((DateTimeOffset?)Value) : (DateOnly?)Value;

        public int Count => operand.Source == RuleFieldSource.Slot ? slot.Items.Count : frontMatterValue is NodeList<object> items ? items.Count : 0;

        public bool IsPresent => operand.IsList ? Count > 0 : operand.Source == RuleFieldSource.Slot ? slot.Value is not null : frontMatterValue is not null;
    }
}
