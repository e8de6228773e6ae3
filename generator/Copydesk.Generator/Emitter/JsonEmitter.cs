using System.Collections.Generic;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

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
    private Dictionary<string, string> captureWriters = new();

    private JsonEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    public static void Emit(SourceWriter w, EmitContext context) => new JsonEmitter(context, w).Emit();

    private void Emit()
    {
        w.WriteLine($"/// <summary>Writes {context.Plan.TypeName} articles as contract JSON.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file static class {context.JsonClass}");
        w.OpenBlock();
        WriteName(ContractJsonNames.Type);
        WriteName(ContractJsonNames.Text);
        foreach (var (_, slot) in context.AllSlots())
        {
            WriteName(slot.JsonName);
            if (slot.Read is OneOfRead oneOf)
            {
                foreach (CasePlan @case in oneOf.Cases)
                {
                    WriteName(@case.JsonName);
                }
            }
        }

        foreach (CapturePlan capture in CaptureEmitter.All(context.Plan))
        {
            foreach (CaptureFieldPlan field in capture.Fields)
            {
                WriteName(field.Name);
            }
        }

        // Every member is named before any method is written, so no local of a method can take a member's name.
        captureWriters = CaptureEmitter.JsonWriterNames(context);
        foreach (OwnerPlan owner in context.Plan.Owners)
        {
            context.FixedMemberName("WriteFields_" + EmitContext.OwnerToken(owner));
            context.FixedMemberName(owner.IsLayout ? "Write" : "Write" + EmitContext.OwnerToken(owner));
        }

        foreach (var (owner, slot, _) in context.UnionSlots())
        {
            context.MemberName("WriteItem", owner, slot);
        }

        w.WriteLine();
        w.WriteLine($"public static void Write({Json}.Utf8JsonWriter writer, {context.ArticleType} value)");
        w.OpenBlock();
        w.WriteLine("writer.WriteStartObject();");
        w.WriteLine("WriteFields_Layout(writer, value);");
        w.WriteLine("writer.WriteEndObject();");
        w.CloseBlock();
        foreach (OwnerPlan owner in context.Plan.Owners)
        {
            if (!owner.IsLayout)
            {
                w.WriteLine();
                w.WriteLine($"private static void Write{EmitContext.OwnerToken(owner)}({Json}.Utf8JsonWriter writer, {context.PartType(owner.Name)} value)");
                w.OpenBlock();
                w.WriteLine("writer.WriteStartObject();");
                w.WriteLine($"WriteFields_{EmitContext.OwnerToken(owner)}(writer, value);");
                w.WriteLine("writer.WriteEndObject();");
                w.CloseBlock();
            }

            WriteFields(owner);
        }

        foreach (var (owner, slot, oneOf) in context.UnionSlots())
        {
            WriteUnion(owner, slot, oneOf);
        }

        CaptureEmitter.EmitJsonWriters(w, context, captureWriters, NameField);

        if (context.Plan.FrontMatter is { } frontMatter)
        {
            w.WriteLine();
            FrontMatterEmitter.EmitJson(w, context, frontMatter);
        }

        w.CloseBlock();
    }

    /// <summary>Writes <paramref name="statement"/> when <paramref name="test"/> holds, and a JSON <c>null</c> otherwise.</summary>
    public static void WriteValueOrNull(SourceWriter w, string test, string statement)
    {
        w.WriteLine($"if ({test})");
        w.OpenBlock();
        w.WriteLine(statement);
        w.CloseBlock();
        w.WriteLine("else");
        w.OpenBlock();
        w.WriteLine("writer.WriteNullValue();");
        w.CloseBlock();
        w.WriteLine();
    }

    // "$type" cannot be a slot name, so its field cannot collide with a slot's.
    private static string NameField(string name) => name == ContractJsonNames.Type ? "Discriminator" : "Name_" + name;

    private void WriteName(string name)
    {
        if (names.Add(name))
        {
            w.WriteLine($"private static readonly {Json}.JsonEncodedText {context.FixedMemberName(NameField(name))} = {Json}.JsonEncodedText.Encode({CSharp.Literal(name)}, global::Copydesk.Json.ContractJsonEncoder.Instance);");
        }
    }

    private void WriteFields(OwnerPlan owner)
    {
        w.WriteLine();
        w.WriteLine($"private static void WriteFields_{EmitContext.OwnerToken(owner)}({Json}.Utf8JsonWriter writer, {context.OwnerType(owner)} value)");
        w.OpenBlock();
        var locals = new LocalNames(context, "writer", "value", "item");
        if (owner.IsLayout && context.Plan.FrontMatter is { } frontMatter)
        {
            w.WriteLine($"writer.WritePropertyName({CSharp.Literal(FrontMatterNames.JsonName)});");
            w.WriteLine(FrontMatterEmitter.JsonStatement(frontMatter, "value." + FrontMatterNames.Property));
        }

        foreach (SlotPlan slot in owner.Slots)
        {
            string property = "value." + EmitContext.Property(slot);
            w.WriteLine(context.SlotComment(slot));
            w.WriteLine($"writer.WritePropertyName({NameField(slot.JsonName)});");
            if (slot.Repeat is not null)
            {
                w.WriteLine("writer.WriteStartArray();");
                w.WriteLine($"foreach (var item in {property})");
                w.OpenBlock();
                w.WriteLine(ElementStatement(owner, slot, "item"));
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine("writer.WriteEndArray();");
            }
            else if (slot.IsNullable)
            {
                string present = locals.New(slot.Name);
                WriteValueOrNull(w, $"{property} is {{ }} {present}", ElementStatement(owner, slot, present));
            }
            else
            {
                w.WriteLine(ElementStatement(owner, slot, property));
            }
        }

        w.CloseBlock();
    }

    private string ElementStatement(OwnerPlan owner, SlotPlan slot, string value) => slot.Read switch
    {
        PartRead part => $"Write{EmitContext.OwnerToken(context.Plan.GetPart(part.Part))}(writer, {value});",
        OneOfRead => $"{context.MemberName("WriteItem", owner, slot)}(writer, {value});",
        LineRead line => LineStatement(line, value),
        MarkerRead => LineStatement(null, value),
        _ => throw EmitContext.Unknown(slot.Read),
    };

    // A marker's value is always text; a line slot's value parser decides between a string, an attribution, quotes, a
    // typed value and a captured record.
    private string LineStatement(LineRead? line, string expression) => line switch
    {
        { Spec: { } spec } => TypedValueEmitter.JsonStatement(spec, expression),
        { Capture: { } capture } => $"{captureWriters[capture.RecordName]}(writer, {expression});",
        { Value: ValueKind.Attribution } => $"global::Copydesk.Json.ContractJson.WriteAttribution(writer, {expression});",
        { Value: ValueKind.Quotes } => $"global::Copydesk.Json.QuoteJson.WriteQuotedParagraph(writer, {expression});",
        _ => $"writer.WriteStringValue({expression}.Text);",
    };

    private void WriteUnion(OwnerPlan owner, SlotPlan slot, OneOfRead oneOf)
    {
        w.WriteLine();
        w.WriteLine($"private static void {context.MemberName("WriteItem", owner, slot)}({Json}.Utf8JsonWriter writer, {context.UnionType(owner, slot)} value)");
        w.OpenBlock();
        w.WriteLine("writer.WriteStartObject();");
        w.WriteLine("switch (value)");
        w.OpenBlock();
        var locals = new LocalNames(context, "writer", "value");
        foreach (CasePlan @case in oneOf.Cases)
        {
            string item = locals.New(@case.Name);
            w.WriteLine($"case {context.CaseType(owner, slot, @case)} {item}:");
            w.Indent();
            w.WriteLine($"writer.WriteString({NameField(ContractJsonNames.Type)}, {NameField(@case.JsonName)});");
            switch (@case.Read)
            {
                case PartRead part:
                    w.WriteLine($"WriteFields_{EmitContext.OwnerToken(context.Plan.GetPart(part.Part))}(writer, {item}.Value);");
                    break;
                case LineRead line:
                    w.WriteLine($"writer.WritePropertyName({NameField(ContractJsonNames.Text)});");
                    w.WriteLine(LineStatement(line, $"{item}.Value"));
                    break;
                default:
                    throw EmitContext.Unknown(@case.Read);
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
