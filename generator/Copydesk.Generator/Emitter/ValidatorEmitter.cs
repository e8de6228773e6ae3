using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;

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

    private ValidatorEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    public static void Emit(SourceWriter w, EmitContext context) => new ValidatorEmitter(context, w).Emit();

    private void Emit()
    {
        // Methods go to a side writer first: patterns met while writing them become static fields above.
        body.Indent();
        WriteOwner(null);
        foreach (Part part in context.Schema.Parts.Where(context.PartHasChecks))
        {
            WriteOwner(part);
        }

        foreach (var (owner, slot) in TypesEmitter.UnionSlots(context).Where(x => context.HasChecks(x.Slot)))
        {
            WriteUnion(owner, slot);
        }

        body.Unindent();

        w.WriteLine($"/// <summary>Runs the checks of {context.Schema.TypeName}.</summary>");
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

    private static string OwnerMethod(Part? owner) => owner is null ? "Validate" : "Validate" + EmitContext.OwnerToken(owner);

    private string UnionMethod(Part? owner, Slot slot) => context.MemberName("ValidateItem", owner, slot);

    private void WriteOwner(Part? owner)
    {
        if (body.HasContent)
        {
            body.WriteLine();
        }

        body.WriteLine($"public static void {OwnerMethod(owner)}({Validation}.ValidationContext context, {context.OwnerType(owner)} value)");
        body.OpenBlock();
        foreach (Slot slot in context.SlotsOf(owner).Where(context.HasChecks))
        {
            string property = "value." + EmitContext.Property(slot);
            body.WriteLine($"context.Enter({CSharp.Literal(slot.Name)});");
            if (slot.Cardinality == Cardinality.Repeat)
            {
                if (slot.Check is { CountMin: not null } check)
                {
                    body.WriteLine(
                        $"{Validation}.Checks.Count(context, {property}.Count, {property}.Count > 0 ? {EmitContext.Runtime}.SourceSpan.Cover({property}[0].Span, {property}[{property}.Count - 1].Span) : value.Span, " +
                        $"{ParserEmitter.Int(check.CountMin.Value)}, {ParserEmitter.Int(check.CountMax ?? int.MaxValue)}, {Severity(check)}, {CSharp.LiteralOrNull(check.Message)});");
                }

                if (HasElementChecks(slot))
                {
                    body.WriteLine($"for (int i = 0; i < {property}.Count; i++)");
                    body.OpenBlock();
                    body.WriteLine("context.EnterIndex(i);");
                    WriteElement(owner, slot, $"{property}[i]");
                    body.WriteLine("context.Exit();");
                    body.CloseBlock();
                    body.WriteLine();
                }
            }
            else if (slot.Cardinality == Cardinality.Optional || slot.After is not null)
            {
                // Pattern variables of an if statement share the method's scope: name each after its slot.
                string present = slot.Name + "Value";
                body.WriteLine($"if ({property} is {{ }} {present})");
                body.OpenBlock();
                WriteElement(owner, slot, present);
                body.CloseBlock();
                body.WriteLine();
            }
            else
            {
                WriteElement(owner, slot, property);
            }

            body.WriteLine("context.Exit();");
        }

        body.CloseBlock();
    }

    private bool HasElementChecks(Slot slot) =>
        HasValueChecks(slot.Check) || slot.Kind switch
        {
            SlotKind.Part => context.PartHasChecks(context.GetPart(slot.Target)),
            SlotKind.OneOf => context.HasNestedChecks(slot),
            _ => false,
        };

    private static bool HasValueChecks(Check? check) =>
        check is not null && (check.MinLength is not null || check.MaxLength is not null || check.MinWords is not null
            || check.MaxWords is not null || check.Pattern is not null || check.NotEmpty || check.OneOf.Count > 0 || check.SpeakerRequired);

    /// <summary>Checks one value of the slot, in the rule order the language documents.</summary>
    private void WriteElement(Part? owner, Slot slot, string value)
    {
        switch (slot.Kind)
        {
            case SlotKind.Part when context.PartHasChecks(context.GetPart(slot.Target)):
                body.WriteLine($"{OwnerMethod(context.GetPart(slot.Target))}(context, {value});");
                break;
            case SlotKind.OneOf when context.HasNestedChecks(slot):
                body.WriteLine($"{UnionMethod(owner, slot)}(context, {value});");
                break;
        }

        if (slot.Check is not { } check || !HasValueChecks(check) || slot.Kind is SlotKind.Part or SlotKind.OneOf)
        {
            return;
        }

        string text = value + ".Text";
        string span = value + ".Span";
        string tail = $"{Severity(check)}, {CSharp.LiteralOrNull(check.Message)});";
        if (check.MinLength is { } minLength)
        {
            body.WriteLine($"{Validation}.Checks.MinLength(context, {text}, {span}, {ParserEmitter.Int(minLength)}, {tail}");
        }

        if (check.MaxLength is { } maxLength)
        {
            body.WriteLine($"{Validation}.Checks.MaxLength(context, {text}, {span}, {ParserEmitter.Int(maxLength)}, {tail}");
        }

        if (check.MinWords is { } minWords)
        {
            body.WriteLine($"{Validation}.Checks.MinWords(context, {text}, {span}, {ParserEmitter.Int(minWords)}, {tail}");
        }

        if (check.MaxWords is { } maxWords)
        {
            body.WriteLine($"{Validation}.Checks.MaxWords(context, {text}, {span}, {ParserEmitter.Int(maxWords)}, {tail}");
        }

        if (check.Pattern is { } pattern)
        {
            body.WriteLine($"{Validation}.Checks.Pattern(context, {text}, {span}, {ParserEmitter.AddPattern(statics, pattern)}, {tail}");
        }

        if (check.NotEmpty)
        {
            body.WriteLine($"{Validation}.Checks.NotEmpty(context, {text}, {span}, {tail}");
        }

        if (check.OneOf.Count > 0)
        {
            string values = "[" + string.Join(", ", check.OneOf.Select(CSharp.Literal)) + "]";
            body.WriteLine($"{Validation}.Checks.OneOf(context, {text}, {span}, {values}, {tail}");
        }

        if (check.SpeakerRequired && slot.Kind == SlotKind.Line && slot.Value == ValueKind.Attribution)
        {
            body.WriteLine($"{Validation}.Checks.SpeakerRequired(context, {value}, {tail}");
        }
    }

    private void WriteUnion(Part? owner, Slot slot)
    {
        body.WriteLine();
        body.WriteLine($"private static void {UnionMethod(owner, slot)}({Validation}.ValidationContext context, {context.UnionType(owner, slot)} value)");
        body.OpenBlock();
        foreach (OneOfCase @case in slot.Cases.Where(c => c.Kind == SlotKind.Part && context.PartHasChecks(context.GetPart(c.Target))))
        {
            body.WriteLine($"if (value is {context.CaseType(owner, slot, @case)} {CSharp.Identifier(@case.Name)}Case)");
            body.OpenBlock();
            body.WriteLine($"{OwnerMethod(context.GetPart(@case.Target))}(context, {CSharp.Identifier(@case.Name)}Case.Value);");
            body.CloseBlock();
        }

        body.CloseBlock();
    }

    private static string Severity(Check check) => EmitContext.Runtime + ".IssueSeverity." + check.Severity.ToString();
}
