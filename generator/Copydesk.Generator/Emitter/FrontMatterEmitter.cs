using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Prints a schema's <see cref="FrontMatterPlan"/>: the typed records, the field table the runtime's front-matter
/// reader executes, the record built from what it read, and the contract JSON of the records. Decides nothing.
/// </summary>
internal static class FrontMatterEmitter
{
    private const string Markup = "global::Copydesk.Markup.FrontMatter";
    private const string Json = "global::System.Text.Json";

    /// <summary>The field of the parser class that holds the field table.</summary>
    public const string SpecField = "FrontMatterSpec";

    /// <summary>The type of the article's front-matter property.</summary>
    public static string PropertyType(EmitContext context, FrontMatterPlan plan) => RecordType(context, plan.RecordName);

    /// <summary>Writes the records, nested in the article record.</summary>
    public static void EmitRecords(SourceWriter w, EmitContext context, FrontMatterPlan plan)
    {
        w.WriteLine();
        WriteRecord(w, context, plan.RecordName, "The front matter of " + context.Plan.TypeName + ": the YAML between the '---' lines at the top of the article.", plan.Fields, isTop: true);
        foreach (FrontMatterFieldPlan mapping in plan.NestedMappings)
        {
            w.WriteLine();
            WriteRecord(w, context, mapping.RecordName!, mapping.Description ?? $"The front-matter mapping '{mapping.Name}'.", mapping.Fields, isTop: false);
        }
    }

    /// <summary>Writes the field table and the methods that build the records, in the parser class.</summary>
    public static void EmitReader(SourceWriter w, EmitContext context, FrontMatterPlan plan)
    {
        w.WriteLine($"private static readonly {Markup}.FrontMatterSpec {SpecField} = new(");
        w.Indent();
        WriteFieldTable(w, plan.Fields);
        w.WriteLine($"{Policy(plan.UnknownKeys)});");
        w.Unindent();
        w.WriteLine();
        WriteBuild(w, context, plan.RecordName, plan.Fields, isTop: true);
        foreach (FrontMatterFieldPlan mapping in plan.NestedMappings)
        {
            w.WriteLine();
            WriteBuild(w, context, mapping.RecordName!, mapping.Fields, isTop: false);
        }
    }

    /// <summary>The expression that builds the top record from the reader's values.</summary>
    public static string Build(FrontMatterPlan plan, string values) => BuildMethod(plan.RecordName) + "(" + values + ")";

    /// <summary>Writes the methods that write the records as contract JSON, in the JSON class.</summary>
    public static void EmitJson(SourceWriter w, EmitContext context, FrontMatterPlan plan)
    {
        WriteJson(w, context, plan.RecordName, plan.Fields);
        foreach (FrontMatterFieldPlan mapping in plan.NestedMappings)
        {
            w.WriteLine();
            WriteJson(w, context, mapping.RecordName!, mapping.Fields);
        }
    }

    /// <summary>The statement that writes the article's front matter as contract JSON.</summary>
    public static string JsonStatement(FrontMatterPlan plan, string value) => $"{JsonMethod(plan.RecordName)}(writer, {value});";

    /// <summary>Claims the member names the front matter uses in the parser and JSON classes.</summary>
    public static void ClaimNames(EmitContext context, FrontMatterPlan plan)
    {
        context.FixedMemberName(SpecField);
        context.FixedMemberName(BuildMethod(plan.RecordName));
        context.FixedMemberName(JsonMethod(plan.RecordName));
        foreach (FrontMatterFieldPlan mapping in plan.NestedMappings)
        {
            context.FixedMemberName(BuildMethod(mapping.RecordName!));
            context.FixedMemberName(JsonMethod(mapping.RecordName!));
        }
    }

    private static void WriteRecord(SourceWriter w, EmitContext context, string record, string summary, EquatableArray<FrontMatterFieldPlan> fields, bool isTop)
    {
        w.WriteLine("/// <summary>");
        foreach (string line in CSharp.DocLines(summary))
        {
            w.WriteLine("/// " + line);
        }

        w.WriteLine("/// </summary>");
        foreach (FrontMatterFieldPlan field in fields)
        {
            string doc = field.Description ?? $"The front-matter key '{field.Name}'.";
            w.WriteLine($"/// <param name=\"{field.PropertyName}\">{string.Join(" ", CSharp.DocLines(doc))}</param>");
        }

        w.WriteLine("/// <param name=\"Span\">Where the mapping stands in the article.</param>");
        if (isTop)
        {
            w.WriteLine("/// <param name=\"Issues\">What the front matter's checks and unknown keys found: <c>Validate()</c> reports it first.</param>");
        }

        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"public sealed partial record {CSharp.Identifier(record)}(");
        w.Indent();
        foreach (FrontMatterFieldPlan field in fields)
        {
            w.WriteLine($"{FieldType(context, field)} {CSharp.Identifier(field.PropertyName)},");
        }

        if (isTop)
        {
            w.WriteLine($"{EmitContext.Runtime}.SourceSpan Span,");
            w.WriteLine($"{EmitContext.Runtime}.NodeList<{EmitContext.Runtime}.ArticleIssue> Issues);");
        }
        else
        {
            w.WriteLine($"{EmitContext.Runtime}.SourceSpan Span);");
        }

        w.Unindent();
    }

    private static void WriteFieldTable(SourceWriter w, EquatableArray<FrontMatterFieldPlan> fields)
    {
        w.WriteLine("[");
        w.Indent();
        foreach (FrontMatterFieldPlan field in fields)
        {
            w.WriteLine($"new {Markup}.FrontMatterField({CSharp.Literal(field.Name)}, {Markup}.FrontMatterKind.{Kind(field.Type)}, isList: {Bool(field.IsList)})");
            w.OpenBlock();
            FrontMatterChecks checks = field.Checks;
            WriteSetting(w, "IsRequired", field.IsRequired ? "true" : null);
            WriteSetting(w, "Default", field.Default is { } text ? CSharp.Literal(text) : null);
            WriteSetting(w, "DefaultItems", field.DefaultItems is { } items ? "[" + string.Join(", ", items.Select(CSharp.Literal)) + "]" : null);
            WriteSetting(w, "MinLength", Number(checks.MinLength));
            WriteSetting(w, "MaxLength", Number(checks.MaxLength));
            WriteSetting(w, "Pattern", checks.Pattern is { } pattern ? $"{EmitContext.Runtime}.Text.TextRules.CreatePattern({CSharp.Literal(pattern.Pattern)}, backtracking: {Bool(pattern.Backtracking)})" : null);
            WriteSetting(w, "OneOf", checks.OneOf is { } allowed ? "[" + string.Join(", ", allowed.Select(CSharp.Literal)) + "]" : null);
            WriteSetting(w, "Minimum", checks.Minimum is { } minimum ? CSharp.Literal(minimum) : null);
            WriteSetting(w, "Maximum", checks.Maximum is { } maximum ? CSharp.Literal(maximum) : null);
            WriteSetting(w, "MinCount", checks.MinCount != 0 ? Number(checks.MinCount) : null);
            WriteSetting(w, "MaxCount", checks.MaxCount != int.MaxValue ? Number(checks.MaxCount) : null);
            WriteSetting(w, "Severity", checks.Severity != CheckSeverity.Error ? $"{EmitContext.Runtime}.IssueSeverity.{checks.Severity}" : null);
            WriteSetting(w, field.Type == FrontMatterType.Date ? "DateOptions" : "DateTimeOptions", TypedValueEmitter.NewDateOptions(field.Parser));
            if (field.Type == FrontMatterType.Mapping)
            {
                w.WriteLine("Fields =");
                WriteFieldTable(w, field.Fields);
                WriteSetting(w, "UnknownKeys", Policy(field.UnknownKeys));
            }

            w.Unindent();
            w.WriteLine("},");
        }

        w.Unindent();
        w.WriteLine("],");
    }

    private static void WriteSetting(SourceWriter w, string property, string? value)
    {
        if (value is not null)
        {
            w.WriteLine($"{property} = {value},");
        }
    }

    private static void WriteBuild(SourceWriter w, EmitContext context, string record, EquatableArray<FrontMatterFieldPlan> fields, bool isTop)
    {
        w.WriteLine($"private static {RecordType(context, record)} {BuildMethod(record)}({Markup}.FrontMatterValues values) => new(");
        w.Indent();
        for (int i = 0; i < fields.Count; i++)
        {
            w.WriteLine(Read(context, fields[i], i) + ",");
        }

        w.WriteLine(isTop ? "values.Span," : "values.Span);");
        if (isTop)
        {
            w.WriteLine("values.Issues);");
        }

        w.Unindent();
    }

    private static string Read(EmitContext context, FrontMatterFieldPlan field, int index)
    {
        string i = index.ToString(CultureInfo.InvariantCulture);
        if (field.Type == FrontMatterType.Mapping)
        {
            string build = BuildMethod(field.RecordName!);
            return field.IsList ? $"values.Map({i}, static item => {build}(({Markup}.FrontMatterValues)item))"
                : field.IsNullable ? $"values[{i}] is {Markup}.FrontMatterValues ? {build}(({Markup}.FrontMatterValues)values[{i}]!) : null"
                : $"{build}(({Markup}.FrontMatterValues)values[{i}]!)";
        }

        string type = ScalarType(field.Type);
        return field.IsList ? $"values.GetList<{type}>({i})"
            : !field.IsNullable ? $"values.Get<{type}>({i})"
            : IsValueType(field.Type) ? $"values.GetOptional<{type}>({i})"
            : $"({type}?)values[{i}]";
    }

    private static void WriteJson(SourceWriter w, EmitContext context, string record, EquatableArray<FrontMatterFieldPlan> fields)
    {
        w.WriteLine($"private static void {JsonMethod(record)}({Json}.Utf8JsonWriter writer, {RecordType(context, record)}? value)");
        w.OpenBlock();
        w.WriteLine("if (value is null)");
        w.OpenBlock();
        w.WriteLine("writer.WriteNullValue();");
        w.WriteLine("return;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("writer.WriteStartObject();");
        foreach (FrontMatterFieldPlan field in fields)
        {
            string property = "value." + CSharp.Identifier(field.PropertyName);
            w.WriteLine($"writer.WritePropertyName({CSharp.Literal(field.Name)});");
            if (field.IsList)
            {
                w.WriteLine("writer.WriteStartArray();");
                w.WriteLine($"foreach (var item in {property})");
                w.OpenBlock();
                w.WriteLine(WriteValue(field, "item"));
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine("writer.WriteEndArray();");
            }
            else if (field.IsNullable && IsValueType(field.Type))
            {
                JsonEmitter.WriteValueOrNull(w, $"{property}.HasValue", WriteValue(field, property + ".GetValueOrDefault()"));
            }
            else
            {
                w.WriteLine(WriteValue(field, property));
            }
        }

        w.WriteLine("writer.WriteEndObject();");
        w.CloseBlock();
    }

    private static string WriteValue(FrontMatterFieldPlan field, string value) =>
        field.Type == FrontMatterType.Mapping ? $"{JsonMethod(field.RecordName!)}(writer, {value});" : $"{Markup}.FrontMatterJson.Write(writer, {value});";

    private static string FieldType(EmitContext context, FrontMatterFieldPlan field)
    {
        string type = field.Type == FrontMatterType.Mapping ? RecordType(context, field.RecordName!) : ScalarType(field.Type);
        return field.IsList ? $"{EmitContext.Runtime}.NodeList<{type}>" : field.IsNullable ? type + "?" : type;
    }

    private static string RecordType(EmitContext context, string record) => context.ArticleType + "." + CSharp.Identifier(record);

    private static string ScalarType(FrontMatterType type) => type switch
    {
        FrontMatterType.Integer => "long",
        FrontMatterType.Number => "decimal",
        FrontMatterType.Boolean => "bool",
        FrontMatterType.Date => "global::System.DateOnly",
        FrontMatterType.DateTime => "global::System.DateTimeOffset",
        FrontMatterType.Url => "global::System.Uri",
        _ => "string",
    };

    private static bool IsValueType(FrontMatterType type) => type is FrontMatterType.Integer or FrontMatterType.Number or FrontMatterType.Boolean or FrontMatterType.Date or FrontMatterType.DateTime;

    private static string Kind(FrontMatterType type) => type switch
    {
        FrontMatterType.Integer => "Integer",
        FrontMatterType.Number => "Number",
        FrontMatterType.Boolean => "Boolean",
        FrontMatterType.Date => "Date",
        FrontMatterType.DateTime => "DateTime",
        FrontMatterType.Url => "Url",
        FrontMatterType.Email => "Email",
        FrontMatterType.Mapping => "Mapping",
        _ => "String",
    };

    private static string Policy(UnknownKeyPolicy policy) => $"{Markup}.FrontMatterUnknownKeys.{policy switch { UnknownKeyPolicy.Warn => "Warn", UnknownKeyPolicy.Error => "Error", _ => "Allow" }}";

    private static string BuildMethod(string record) => "Read" + record;

    private static string JsonMethod(string record) => "Write" + record;

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
