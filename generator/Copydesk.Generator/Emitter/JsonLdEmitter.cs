using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Emits the JSON-LD writer of a schema with a <c>jsonLd:</c> mapping: per property, loops that walk its path in
/// document order and collect its values, then one call to the runtime's <c>JsonLdWriter</c>, which the interpreter
/// calls with the same values.
/// </summary>
internal sealed class JsonLdEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Writer = EmitContext.Runtime + ".Json.JsonLdWriter";

    private readonly EmitContext context;
    private readonly SourceWriter w;
    private readonly List<(string Method, OwnerPlan Owner, JsonLdPropertyPlan Property)> objectMethods = new();

    private JsonLdEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    /// <summary>The file-local class that writes the document.</summary>
    public static string ClassName(EmitContext context) => context.TypeName + "JsonLd";

    public static void Emit(SourceWriter w, EmitContext context, JsonLdPlan plan) => new JsonLdEmitter(context, w).Emit(plan);

    private void Emit(JsonLdPlan plan)
    {
        w.WriteLine($"/// <summary>Writes {context.Plan.TypeName} articles as schema.org {plan.Type} JSON-LD documents.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file static class {ClassName(context)}");
        w.OpenBlock();
        w.WriteLine($"public static void Write({Json}.Utf8JsonWriter writer, {context.ArticleType} value)");
        w.OpenBlock();
        w.WriteLine($"{Writer}.WriteDocumentStart(writer, {CSharp.Literal(plan.Type)});");
        WriteProperties(context.Plan.Layout, plan.Properties);
        w.WriteLine();
        w.WriteLine("writer.WriteEndObject();");
        w.CloseBlock();

        // Each object's properties are a method, handed to WriteObjects; objects nested in it add theirs to the list.
        for (int i = 0; i < objectMethods.Count; i++)
        {
            var (method, owner, property) = objectMethods[i];
            w.WriteLine();
            w.WriteLine($"private static void {method}({Json}.Utf8JsonWriter writer, {context.OwnerType(owner)} value)");
            w.OpenBlock();
            WriteProperties(owner, property.Properties);
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private void WriteProperties(OwnerPlan owner, EquatableArray<JsonLdPropertyPlan> properties)
    {
        var locals = new LocalNames(context, "writer", "value", "values");
        for (int i = 0; i < properties.Count; i++)
        {
            JsonLdPropertyPlan property = properties[i];
            if (i > 0)
            {
                w.WriteLine();
            }

            w.WriteLine(context.SourceComment(property.Name + ": " + string.Join(", ", property.Paths.Select(path => path.Text)), property.SourceLine));
            w.OpenBlock();
            string name = CSharp.Literal(property.Name);
            switch (property.Form)
            {
                case JsonLdForm.Text or JsonLdForm.JoinedText:
                    w.WriteLine("var values = new global::System.Collections.Generic.List<string>();");
                    foreach (JsonLdPath path in property.Paths)
                    {
                        Walk(owner, path, locals, end => AddText(path, end));
                    }

                    w.WriteLine(property.Form == JsonLdForm.Text
                        ? $"{Writer}.WriteText(writer, {name}, values, {Bool(property.IsArray)});"
                        : $"{Writer}.WriteJoinedText(writer, {name}, values);");
                    break;
                case JsonLdForm.Agent or JsonLdForm.BylineAgents:
                    w.WriteLine("var values = new global::System.Collections.Generic.List<string>();");
                    foreach (JsonLdPath path in property.Paths)
                    {
                        Walk(owner, path, locals, end => AddAgent(property, path, end, locals));
                    }

                    w.WriteLine($"{Writer}.WriteAgents(writer, {name}, {CSharp.Literal(property.ObjectType!)}, values, {Bool(property.IsArray)});");
                    break;
                case JsonLdForm.Object:
                    OwnerPlan part = context.Plan.GetPart(property.Path.Part!);
                    string method = context.NewMemberName("WriteProperties_" + property.Name);
                    objectMethods.Add((method, part, property));
                    w.WriteLine($"var values = new global::System.Collections.Generic.List<{context.PartType(part.Name)}>();");
                    Walk(owner, property.Path, locals, end => $"values.Add({end});");
                    w.WriteLine($"{Writer}.WriteObjects(writer, {name}, {CSharp.Literal(property.ObjectType!)}, values, {Bool(property.IsArray)}, {method});");
                    break;
                case JsonLdForm.Quotations:
                    w.WriteLine($"var values = new global::System.Collections.Generic.List<{EmitContext.Runtime}.Text.Quotes.Quotation>();");
                    foreach (JsonLdPath path in property.Paths)
                    {
                        Walk(owner, path, locals, end => $"values.AddRange({end}.Quotes);");
                    }

                    w.WriteLine($"{Writer}.WriteQuotations(writer, {name}, values);");
                    break;
                default:
                    throw new InvalidOperationException("The emitter does not know the JSON-LD form " + property.Form + ".");
            }

            w.CloseBlock();
        }
    }

    // A date, a date-time or a URL, and every front-matter value, through the runtime's typed overloads; a line's text as it is.
    private static string AddText(JsonLdPath path, string end) =>
        path.IsFrontMatter ? $"{Writer}.AddValue(values, {end});"
        : path.KeepsDataType ? $"{Writer}.AddValue(values, {end}.Value);"
        : $"values.Add({TextOf(path, end)});";

    // The text a line value gives: a captured record's is its whole line's.
    private static string TextOf(JsonLdPath path, string end) =>
        path.Source == JsonLdSource.Captured ? end + ".Line.Text" : end + ".Text";

    // A path to a field of a captured line adds the field's value, when the line captured one.
    private static Func<string, string> ThroughCapture(JsonLdPath path, LocalNames locals, Func<string, string> add)
    {
        if (path.CaptureField is not { } field)
        {
            return add;
        }

        return end =>
        {
            string present = locals.New(field.Field);
            return $"if ({end}.{CSharp.Identifier(field.PropertyName)} is {{ }} {present}) {{ {add(present)} }}";
        };
    }

    private static string AddAgent(JsonLdPropertyPlan property, JsonLdPath path, string end, LocalNames locals)
    {
        if (path.IsFrontMatter)
        {
            // A front-matter value is added as text first, so a field not given adds no name.
            string names = locals.New("texts");
            string name = locals.New("text");
            string add = property.Form == JsonLdForm.BylineAgents ? $"{Writer}.AddBylineNames(values, {name});" : $"values.Add({name});";
            return $"var {names} = new global::System.Collections.Generic.List<string>(); {Writer}.AddValue({names}, {end}); foreach (var {name} in {names}) {add}";
        }

        return property.Form == JsonLdForm.BylineAgents
            ? $"{Writer}.AddBylineNames(values, {TextOf(path, end)});"
            : path.Source == JsonLdSource.Attribution ? $"values.Add({Writer}.AgentName({end}));" : $"values.Add({TextOf(path, end)});";
    }

    private void Walk(OwnerPlan owner, JsonLdPath path, LocalNames locals, Func<string, string> add)
    {
        if (path.IsFrontMatter)
        {
            WalkFields(context.Plan.FrontMatter!.Fields, path, 0, "value." + FrontMatterNames.Property, locals, add);
        }
        else
        {
            Walk(owner, path, 0, "value", locals, ThroughCapture(path, locals, add));
        }
    }

    // Into the front-matter record as the interpreter walks its values: a loop for a list, a test for a mapping that
    // may be absent, the value itself at the end (the runtime adds nothing for a field not given).
    private void WalkFields(EquatableArray<FrontMatterFieldPlan> fields, JsonLdPath path, int index, string record, LocalNames locals, Func<string, string> add)
    {
        FrontMatterFieldPlan field = fields[path.FrontMatter[index].FieldIndex];
        string property = record + "." + field.PropertyName;
        bool last = index + 1 == path.FrontMatter.Count;
        if (field.IsList || (!last && field.IsNullable))
        {
            string item = locals.New(field.PropertyName);
            w.WriteLine(field.IsList ? $"foreach (var {item} in {property})" : $"if ({property} is {{ }} {item})");
            w.OpenBlock();
            NextField(field, path, index, item, locals, add);
            w.CloseBlock();
        }
        else
        {
            NextField(field, path, index, property, locals, add);
        }
    }

    private void NextField(FrontMatterFieldPlan field, JsonLdPath path, int index, string value, LocalNames locals, Func<string, string> add)
    {
        if (index + 1 == path.FrontMatter.Count)
        {
            w.WriteLine(add(value));
        }
        else
        {
            WalkFields(field.Fields, path, index + 1, value, locals, add);
        }
    }

    // Depth-first over the steps, as the interpreter walks them: a loop for a repeat, a test for an optional slot or
    // a case, nothing for a slot read once.
    private void Walk(OwnerPlan owner, JsonLdPath path, int index, string record, LocalNames locals, Func<string, string> add)
    {
        JsonLdStep step = path.Steps[index];
        SlotPlan slot = owner.Slots[step.SlotIndex];
        string property = record + "." + EmitContext.Property(slot);
        if (slot.Repeat is not null)
        {
            string item = locals.New(step.Slot);
            w.WriteLine($"foreach (var {item} in {property})");
            w.OpenBlock();
            Case(owner, slot, path, index, item, locals, add);
            w.CloseBlock();
        }
        else if (slot.IsNullable)
        {
            string present = locals.New(step.Slot);
            w.WriteLine($"if ({property} is {{ }} {present})");
            w.OpenBlock();
            Case(owner, slot, path, index, present, locals, add);
            w.CloseBlock();
        }
        else
        {
            Case(owner, slot, path, index, property, locals, add);
        }
    }

    private void Case(OwnerPlan owner, SlotPlan slot, JsonLdPath path, int index, string value, LocalNames locals, Func<string, string> add)
    {
        JsonLdStep step = path.Steps[index];
        if (step.CaseIndex >= 0 && slot.Read is OneOfRead oneOf)
        {
            CasePlan @case = oneOf.Cases[step.CaseIndex];
            string item = locals.New(@case.Name);
            w.WriteLine($"if ({value} is {context.CaseType(owner, slot, @case)} {item})");
            w.OpenBlock();
            Next(@case.Read, path, index, item + ".Value", locals, add);
            w.CloseBlock();
        }
        else
        {
            Next(slot.Read, path, index, value, locals, add);
        }
    }

    private void Next(SlotRead read, JsonLdPath path, int index, string value, LocalNames locals, Func<string, string> add)
    {
        if (index + 1 == path.Steps.Count)
        {
            w.WriteLine(add(value));
        }
        else if (read is PartRead part)
        {
            Walk(context.Plan.GetPart(part.Part), path, index + 1, value, locals, add);
        }
        else
        {
            throw EmitContext.Unknown(read);
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
