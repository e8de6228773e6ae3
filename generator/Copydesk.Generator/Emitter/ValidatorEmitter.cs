using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Emits <c>Validate()</c>'s worker: walks the article in document order and runs the <c>check:</c>
/// rules of every slot through the runtime's <c>Checks</c>, skipping branches that hold no check.
/// </summary>
internal sealed class ValidatorEmitter
{
    private const string Validation = EmitContext.Runtime + ".Validation";

    private readonly EmitContext context;
    private readonly SourceWriter w;
    private readonly List<string> statics = new();
    private readonly SourceWriter body = new();
    private readonly Dictionary<(OwnerPlan Owner, string Slot, int Rule), string> patternFields = new();

    private ValidatorEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    public static void Emit(SourceWriter w, EmitContext context) => new ValidatorEmitter(context, w).Emit();

    private void Emit()
    {
        // Every member is named before any method is written, so no local of a method can take a member's name.
        IReadOnlyList<OwnerPlan> owners = context.Plan.Owners.Where(o => o.IsLayout || o.HasChecks).ToList();
        foreach (OwnerPlan owner in owners)
        {
            context.FixedMemberName(OwnerMethod(owner));
            foreach (SlotPlan slot in owner.Slots)
            {
                DeclarePatterns(owner, slot);
                if (slot.Read is OneOfRead && slot.Checks.HasChecks)
                {
                    UnionMethod(owner, slot);
                }
            }
        }

        // Methods go to a side writer first: the patterns they use are static fields above them.
        body.Indent();
        foreach (OwnerPlan owner in owners)
        {
            WriteOwner(owner);
        }

        foreach (var (owner, slot, oneOf) in context.UnionSlots().Where(x => x.Slot.Checks.HasChecks))
        {
            WriteUnion(owner, slot, oneOf);
        }

        body.Unindent();

        w.WriteLine($"/// <summary>Runs the checks of {context.Plan.TypeName}.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file static class {context.ValidatorClass}");
        w.OpenBlock();
        foreach (string line in statics)
        {
            w.WriteLine(line);
        }

        if (statics.Count > 0)
        {
            w.WriteLine();
        }

        w.WriteRaw(body.ToString());
        w.CloseBlock();
    }

    private static string OwnerMethod(OwnerPlan owner) => owner.IsLayout ? "Validate" : "Validate" + EmitContext.OwnerToken(owner);

    private string UnionMethod(OwnerPlan owner, SlotPlan slot) => context.MemberName("ValidateItem", owner, slot);

    private void DeclarePatterns(OwnerPlan owner, SlotPlan slot)
    {
        for (int i = 0; i < slot.Checks.ValueRules.Count; i++)
        {
            if (slot.Checks.ValueRules[i] is PatternRule pattern)
            {
                string candidate = "Pattern_" + (owner.IsLayout ? string.Empty : owner.Name + "_") + slot.Name;
                patternFields.Add((owner, slot.Name, i), ParserEmitter.AddPattern(context, statics, candidate, pattern.Pattern, pattern.Backtracking));
            }
        }
    }

    private void WriteOwner(OwnerPlan owner)
    {
        if (body.HasContent)
        {
            body.WriteLine();
        }

        // Pattern variables of an if statement share the method's scope: each is named once, the loop index and the
        // lambda parameter after them.
        var locals = new LocalNames(context, "context", "value");
        List<SlotPlan> slots = owner.Slots.Where(s => s.Checks.HasChecks).ToList();
        Dictionary<string, string> present = slots.Where(s => s.Repeat is null && s.IsNullable).ToDictionary(s => s.Name, s => locals.New(s.Name));
        string index = locals.New("i");
        string item = locals.New("item");
        body.WriteLine($"public static void {OwnerMethod(owner)}({Validation}.ValidationContext context, {context.OwnerType(owner)} value)");
        body.OpenBlock();
        if (owner.IsLayout && context.Plan.FrontMatter is not null)
        {
            body.WriteLine("// The front matter comes first: what its checks and unknown keys found while it was read.");
            body.WriteLine($"context.AddRange(value.{FrontMatterNames.Property}.Issues);");
        }

        foreach (SlotPlan slot in slots)
        {
            SlotChecks checks = slot.Checks;
            string property = "value." + EmitContext.Property(slot);
            body.WriteLine(context.SlotComment(slot));
            body.WriteLine($"context.Enter({CSharp.Literal(slot.Name)});");
            if (slot.Repeat is not null)
            {
                if (checks.Count is { } count)
                {
                    body.WriteLine(
                        $"{Validation}.Checks.Count(context, {property}, static {item} => {item}.Span, value.Span, " +
                        $"{ParserEmitter.Int(count.Min)}, {ParserEmitter.Int(count.Max)}, {Severity(checks)}, {CSharp.LiteralOrNull(checks.Message)});");
                }

                foreach (CaseCountRule caseCount in checks.CaseCounts)
                {
                    CasePlan @case = ((OneOfRead)slot.Read).Cases[caseCount.CaseIndex];
                    body.WriteLine(
                        $"{Validation}.Checks.CaseCount(context, {property}, static {item} => {item} is {context.CaseType(owner, slot, @case)}, static {item} => {item}.Span, value.Span, " +
                        $"{CSharp.Literal(caseCount.CaseName)}, {ParserEmitter.Int(caseCount.Min)}, {ParserEmitter.Int(caseCount.Max)}, {Severity(checks)}, {CSharp.LiteralOrNull(checks.Message)});");
                }

                if (checks.HasElementChecks)
                {
                    body.WriteLine($"for (int {index} = 0; {index} < {property}.Count; {index}++)");
                    body.OpenBlock();
                    body.WriteLine($"context.EnterIndex({index});");
                    WriteElement(owner, slot, $"{property}[{index}]");
                    body.WriteLine("context.Exit();");
                    body.CloseBlock();
                    body.WriteLine();
                }
            }
            else if (slot.IsNullable)
            {
                body.WriteLine($"if ({property} is {{ }} {present[slot.Name]})");
                body.OpenBlock();
                WriteElement(owner, slot, present[slot.Name]);
                body.CloseBlock();
                body.WriteLine();
            }
            else
            {
                WriteElement(owner, slot, property);
            }

            body.WriteLine("context.Exit();");
        }

        if (owner.IsLayout)
        {
            RuleEmitter.Write(body, context, item);
        }

        body.CloseBlock();
    }

    /// <summary>Checks one value of the slot: the parts it reads, then its own rules in plan order.</summary>
    private void WriteElement(OwnerPlan owner, SlotPlan slot, string value)
    {
        SlotChecks checks = slot.Checks;
        if (checks.HasNestedChecks)
        {
            switch (slot.Read)
            {
                case PartRead part:
                    body.WriteLine($"{OwnerMethod(context.Plan.GetPart(part.Part))}(context, {value});");
                    break;
                case OneOfRead:
                    body.WriteLine($"{UnionMethod(owner, slot)}(context, {value});");
                    break;
                default:
                    throw EmitContext.Unknown(slot.Read);
            }
        }

        string text = value + ".Text";
        string span = value + ".Span";
        string tail = $"{Severity(checks)}, {CSharp.LiteralOrNull(checks.Message)});";
        for (int i = 0; i < checks.ValueRules.Count; i++)
        {
            ValueRule rule = checks.ValueRules[i];
            body.WriteLine(rule switch
            {
                MinLengthRule r => $"{Validation}.Checks.MinLength(context, {text}, {span}, {ParserEmitter.Int(r.Min)}, {tail}",
                MaxLengthRule r => $"{Validation}.Checks.MaxLength(context, {text}, {span}, {ParserEmitter.Int(r.Max)}, {tail}",
                MinWordsRule r => $"{Validation}.Checks.MinWords(context, {text}, {span}, {ParserEmitter.Int(r.Min)}, {tail}",
                MaxWordsRule r => $"{Validation}.Checks.MaxWords(context, {text}, {span}, {ParserEmitter.Int(r.Max)}, {tail}",
                PatternRule => $"{Validation}.Checks.Pattern(context, {text}, {span}, {patternFields[(owner, slot.Name, i)]}, {tail}",
                NotEmptyRule => $"{Validation}.Checks.NotEmpty(context, {text}, {span}, {tail}",
                OneOfRule r => $"{Validation}.Checks.OneOf(context, {text}, {span}, [{string.Join(", ", r.Values.Select(CSharp.Literal))}], {tail}",
                SpeakerRequiredRule => $"{Validation}.Checks.SpeakerRequired(context, {value}, {tail}",
                QuoteSpeakerRequiredRule => $"{Validation}.QuoteChecks.SpeakerRequired(context, {value}, {tail}",
                AttributedWithinRule r => $"{Validation}.QuoteChecks.AttributedWithin(context, {value}, {r.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {tail}",
                TypedValueRule => TypedValueEmitter.ValidateStatement(((LineRead)slot.Read).Spec!, value),
                _ => throw EmitContext.Unknown(rule),
            });
        }
    }

    private void WriteUnion(OwnerPlan owner, SlotPlan slot, OneOfRead oneOf)
    {
        body.WriteLine();
        body.WriteLine($"private static void {UnionMethod(owner, slot)}({Validation}.ValidationContext context, {context.UnionType(owner, slot)} value)");
        body.OpenBlock();
        var locals = new LocalNames(context, "context", "value");
        foreach (CasePlan @case in oneOf.Cases)
        {
            if (@case.Read is PartRead part && context.Plan.GetPart(part.Part) is { HasChecks: true } checkedPart)
            {
                string item = locals.New(@case.Name);
                body.WriteLine($"if (value is {context.CaseType(owner, slot, @case)} {item})");
                body.OpenBlock();
                body.WriteLine($"{OwnerMethod(checkedPart)}(context, {item}.Value);");
                body.CloseBlock();
            }
            else if (@case.Read is LineRead { Spec: { } spec })
            {
                string item = locals.New(@case.Name);
                body.WriteLine($"if (value is {context.CaseType(owner, slot, @case)} {item})");
                body.OpenBlock();
                body.WriteLine(TypedValueEmitter.ValidateStatement(spec, item + ".Value"));
                body.CloseBlock();
            }
        }

        body.CloseBlock();
    }

    private static string Severity(SlotChecks checks) => checks.Severity switch
    {
        CheckSeverity.Info or CheckSeverity.Warning or CheckSeverity.Error => EmitContext.Runtime + ".IssueSeverity." + checks.Severity.ToString(),
        _ => throw EmitContext.Unknown(checks.Severity),
    };
}
