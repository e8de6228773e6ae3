using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Prints the plan's <c>rules:</c> at the end of the article's validator: one call of the runtime's
/// <c>FieldRules</c> per rule, in written order, with the two fields read as the plan decided.
/// </summary>
internal static class RuleEmitter
{
    private const string FieldRules = EmitContext.Runtime + ".Validation.FieldRules";

    /// <summary>Writes the rules; the article is <c>value</c>, the validation <c>context</c>.</summary>
    /// <param name="w">The body of the article's validator.</param>
    /// <param name="context">The schema's names.</param>
    /// <param name="item">A name no local of the validator takes, for the parameter of a lambda.</param>
    public static void Write(SourceWriter w, EmitContext context, string item)
    {
        if (context.Plan.Rules.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine("// The rules relating fields of the article, in the order written.");
        foreach (RulePlan rule in context.Plan.Rules)
        {
            var field = new Operand(context, rule.Field, item);
            var other = new Operand(context, rule.Other, item);
            string severity = EmitContext.Runtime + ".IssueSeverity." + rule.Severity.ToString();
            string tail = $"{severity}, {CSharp.LiteralOrNull(rule.Message)});";
            w.WriteLine(context.SourceComment($"{rule.Field.Path} {RulePlanner.RelationKey(rule.Relation)} {rule.Other.Path}", rule.SourceLine));
            w.WriteLine(rule.Check switch
            {
                RuleCheck.CountEquals =>
                    $"{FieldRules}.CountEquals(context, {field.Name}, {field.Count}, {field.Span}, {other.Name}, {other.Value}, {tail}",
                RuleCheck.DateOrder or RuleCheck.InstantOrder when rule.Order is { } order =>
                    $"{FieldRules}.Order(context, {EmitContext.Runtime}.Validation.DateOrder.{order}, {field.Name}, {field.Value}, {field.Span}, {other.Name}, {other.Value}, {tail}",
                RuleCheck.RequiredWith =>
                    $"{FieldRules}.RequiredWith(context, {field.Name}, {field.Present}, {other.Name}, {other.Present}, {other.Span}, {tail}",
                RuleCheck.ForbiddenWith =>
                    $"{FieldRules}.ForbiddenWith(context, {field.Name}, {field.Present}, {field.Span}, {other.Name}, {other.Present}, {tail}",
                _ => throw EmitContext.Unknown(rule),
            });
        }
    }

    /// <summary>How one field of a rule reads in C#, the article being <c>value</c>.</summary>
    private sealed class Operand
    {
        public Operand(EmitContext context, RuleOperand operand, string item)
        {
            Name = CSharp.Literal(operand.Path);
            string property;
            bool nullable;
            if (operand.Source == RuleFieldSource.Slot)
            {
                SlotPlan slot = context.Plan.Layout.Slots[operand.Index];
                property = "value." + EmitContext.Property(slot);
                nullable = slot.IsNullable;

                // A typed line holds its value beside its text; a refused text holds null.
                Value = nullable ? property + "?.Value" : property + ".Value";
                Span = operand.IsList ? $"{FieldRules}.ListSpan({property}, static {item} => {item}.Span, value.Span)"
                    : nullable ? property + "?.Span ?? value.Span"
                    : property + ".Span";
            }
            else
            {
                FrontMatterFieldPlan field = context.Plan.FrontMatter!.Fields[operand.Index];
                property = "value." + FrontMatterNames.Property + "." + CSharp.Identifier(field.PropertyName);
                nullable = field.IsNullable;
                Value = property;
                Span = "value." + FrontMatterNames.Property + ".Span";
            }

            if (operand.ReadsCalendarDate)
            {
                Value = $"{FieldRules}.CalendarDate({Value})";
            }

            Count = property + ".Count";
            Present = operand.IsList ? property + ".Count > 0" : nullable ? property + " is not null" : "true";
        }

        /// <summary>The path as a literal.</summary>
        public string Name { get; }

        /// <summary>The value a comparison reads.</summary>
        public string Value { get; }

        /// <summary>Where the field stands.</summary>
        public string Span { get; }

        /// <summary>How many items a list has.</summary>
        public string Count { get; }

        /// <summary>Whether the field is present.</summary>
        public string Present { get; }
    }
}
