using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Emits the contract JSON writer: slot names as written, lists as arrays, absent optionals as
/// <c>null</c>, <c>oneOf</c> items as objects led by <c>"$type"</c>. Property names are encoded once.
/// </summary>
internal sealed class JsonEmitter
{
    private const string Json = "global::System.Text.Json";

    private readonly EmitContext context;
    private readonly SourceWriter w;
    private readonly HashSet<string> names = new();

    private JsonEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    public static void Emit(SourceWriter w, EmitContext context) => new JsonEmitter(context, w).Emit();

    private void Emit()
    {
        w.WriteLine($"/// <summary>Writes {context.Schema.TypeName} articles as contract JSON.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file static class {context.JsonClass}");
        w.OpenBlock();
        WriteName("$type");
        WriteName("text");
        foreach (var (owner, slot) in AllSlots())
        {
            WriteName(slot.Name);
            foreach (OneOfCase @case in slot.Cases)
            {
                WriteName(@case.Name);
            }
        }

        w.WriteLine();
        w.WriteLine($"public static void Write({Json}.Utf8JsonWriter writer, {context.ArticleType} value)");
        w.OpenBlock();
        w.WriteLine("writer.WriteStartObject();");
        w.WriteLine("WriteFields_Layout(writer, value);");
        w.WriteLine("writer.WriteEndObject();");
        w.CloseBlock();
        WriteFields(null);
        foreach (Part part in context.Schema.Parts)
        {
            w.WriteLine();
            w.WriteLine($"private static void Write{EmitContext.OwnerToken(part)}({Json}.Utf8JsonWriter writer, {context.PartType(part.Name)} value)");
            w.OpenBlock();
            w.WriteLine("writer.WriteStartObject();");
            w.WriteLine($"WriteFields_{EmitContext.OwnerToken(part)}(writer, value);");
            w.WriteLine("writer.WriteEndObject();");
            w.CloseBlock();
            WriteFields(part);
        }

        foreach (var (owner, slot) in TypesEmitter.UnionSlots(context))
        {
            WriteUnion(owner, slot);
        }

        w.CloseBlock();
    }

    private IEnumerable<(Part? Owner, Slot Slot)> AllSlots()
    {
        foreach (Slot slot in context.Schema.Layout)
        {
            yield return (null, slot);
        }

        foreach (Part part in context.Schema.Parts)
        {
            foreach (Slot slot in part.Slots)
            {
                yield return (part, slot);
            }
        }
    }

    // "$type" cannot be a slot name, so its field cannot collide with a slot's.
    private static string NameField(string name) => name == "$type" ? "Discriminator" : "Name_" + name;

    private void WriteName(string name)
    {
        if (names.Add(name))
        {
            w.WriteLine($"private static readonly {Json}.JsonEncodedText {NameField(name)} = {Json}.JsonEncodedText.Encode({CSharp.Literal(name)}, global::Copydesk.Json.ContractJsonEncoder.Instance);");
        }
    }

    private void WriteFields(Part? owner)
    {
        w.WriteLine();
        w.WriteLine($"private static void WriteFields_{EmitContext.OwnerToken(owner)}({Json}.Utf8JsonWriter writer, {context.OwnerType(owner)} value)");
        w.OpenBlock();
        foreach (Slot slot in context.SlotsOf(owner))
        {
            string property = "value." + EmitContext.Property(slot);
            w.WriteLine($"writer.WritePropertyName({NameField(slot.Name)});");
            if (slot.Cardinality == Cardinality.Repeat)
            {
                w.WriteLine("writer.WriteStartArray();");
                w.WriteLine($"foreach (var item in {property})");
                w.OpenBlock();
                w.WriteLine(ElementStatement(owner, slot, "item"));
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine("writer.WriteEndArray();");
            }
            else if (slot.Cardinality == Cardinality.Optional || slot.After is not null)
            {
                w.WriteLine($"if ({property} is {{ }} {slot.Name}Value)");
                w.OpenBlock();
                w.WriteLine(ElementStatement(owner, slot, slot.Name + "Value"));
                w.CloseBlock();
                w.WriteLine("else");
                w.OpenBlock();
                w.WriteLine("writer.WriteNullValue();");
                w.CloseBlock();
                w.WriteLine();
            }
            else
            {
                w.WriteLine(ElementStatement(owner, slot, property));
            }
        }

        w.CloseBlock();
    }

    private string ElementStatement(Part? owner, Slot slot, string value) => slot.Kind switch
    {
        SlotKind.Part => $"Write{EmitContext.OwnerToken(context.GetPart(slot.Target))}(writer, {value});",
        SlotKind.OneOf => $"{context.MemberName("WriteItem", owner, slot)}(writer, {value});",
        _ => LineStatement(slot.Kind == SlotKind.Line ? slot.Value : ValueKind.Text, value),
    };

    private static string LineStatement(ValueKind value, string expression) => value == ValueKind.Attribution
        ? $"global::Copydesk.Json.ContractJson.WriteAttribution(writer, {expression});"
        : $"writer.WriteStringValue({expression}.Text);";

    private void WriteUnion(Part? owner, Slot slot)
    {
        w.WriteLine();
        w.WriteLine($"private static void {context.MemberName("WriteItem", owner, slot)}({Json}.Utf8JsonWriter writer, {context.UnionType(owner, slot)} value)");
        w.OpenBlock();
        w.WriteLine("writer.WriteStartObject();");
        w.WriteLine("switch (value)");
        w.OpenBlock();
        for (int c = 0; c < slot.Cases.Count; c++)
        {
            OneOfCase @case = slot.Cases[c];
            w.WriteLine($"case {context.CaseType(owner, slot, @case)} case{c}:");
            w.Indent();
            w.WriteLine($"writer.WriteString({NameField("$type")}, {NameField(@case.Name)});");
            if (@case.Kind == SlotKind.Part)
            {
                w.WriteLine($"WriteFields_{EmitContext.OwnerToken(context.GetPart(@case.Target))}(writer, case{c}.Value);");
            }
            else
            {
                w.WriteLine($"writer.WritePropertyName({NameField("text")});");
                w.WriteLine(LineStatement(@case.Value, $"case{c}.Value"));
            }

            w.WriteLine("break;");
            w.Unindent();
        }

        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("writer.WriteEndObject();");
        w.CloseBlock();
    }
}
