using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Generator.Emitter;

/// <summary>Emits the records: the article, one per part, and one closed hierarchy per <c>oneOf</c> slot.</summary>
internal static class TypesEmitter
{
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"Copydesk.Generator\", \"" + typeof(TypesEmitter).Assembly.GetName().Version + "\")]";

    /// <summary>Writes the article record and everything nested in it.</summary>
    public static void EmitArticle(SourceWriter w, EmitContext context, string schemaFileName)
    {
        ArticleSchema schema = context.Schema;
        WriteSummary(w, schema.Description ?? $"An article read with the schema {schemaFileName}.");
        WriteParameterDocs(w, null, schema.Layout, "The span of the article, from its first line to its last.");
        w.WriteLine(GeneratedCodeAttribute);
        w.WriteLine($"public sealed partial record {context.TypeName}(");
        WriteParameters(w, context, null, schema.Layout, string.Empty);
        w.WriteLine($"    : {EmitContext.Runtime}.IArticle<{context.ArticleType}>");
        w.OpenBlock();
        WriteArticleMembers(w, context);

        foreach (Part part in schema.Parts)
        {
            w.WriteLine();
            WriteSummary(w, part.Description ?? $"The part {part.Name} of {schema.TypeName}.");
            WriteParameterDocs(w, part, part.Slots, "The span of the part, from its first line to its last.");
            w.WriteLine(GeneratedCodeAttribute);
            w.WriteLine($"public sealed partial record {context.PartTypeName(part.Name)}(");
            WriteParameters(w, context, part, part.Slots, ";");
        }

        foreach (var (owner, slot) in UnionSlots(context))
        {
            w.WriteLine();
            WriteUnion(w, context, owner, slot);
        }

        w.CloseBlock();
    }

    /// <summary>Every <c>oneOf</c> slot with its owner, layout first.</summary>
    public static IEnumerable<(Part? Owner, Slot Slot)> UnionSlots(EmitContext context) =>
        context.Schema.Layout.Where(s => s.Kind == SlotKind.OneOf).Select(s => ((Part?)null, s))
            .Concat(context.Schema.Parts.SelectMany(p => p.Slots.Where(s => s.Kind == SlotKind.OneOf).Select(s => ((Part?)p, s))));

    private static void WriteArticleMembers(SourceWriter w, EmitContext context)
    {
        string article = context.ArticleType;
        string parser = context.QualifiedParserClass;
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Parses raw article text. Never throws for bad text: when the text does not fit the layout, the");
        w.WriteLine("/// result carries a located parse error instead of a document.");
        w.WriteLine("/// </summary>");
        w.WriteLine("/// <param name=\"text\">The article text: one paragraph per line; blank lines are ignored.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"text\"/> is <see langword=\"null\"/>.</exception>");
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text)");
        w.OpenBlock();
        w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(text);");
        w.WriteLine($"return {parser}.Parse(text);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Tries to parse raw article text; never throws.</summary>");
        w.WriteLine("/// <param name=\"text\">The article text.</param>");
        w.WriteLine("/// <param name=\"article\">The article, when the text parsed.</param>");
        w.WriteLine("/// <returns><see langword=\"true\"/> when the text parsed.</returns>");
        w.WriteLine($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {article}? article)");
        w.OpenBlock();
        w.WriteLine("article = text is null ? null : Parse(text).Document;");
        w.WriteLine("return article is not null;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Runs every check of the schema and returns every issue found, in document order.</summary>");
        w.WriteLine($"public global::System.Collections.Generic.IReadOnlyList<{EmitContext.Runtime}.ArticleIssue> Validate()");
        w.OpenBlock();
        w.WriteLine($"var context = new {EmitContext.Runtime}.Validation.ValidationContext();");
        w.WriteLine($"{context.QualifiedValidatorClass}.Validate(context, this);");
        w.WriteLine("return context.Issues;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Writes the article as its contract JSON object.</summary>");
        w.WriteLine("/// <param name=\"writer\">The writer; use <see cref=\"global::Copydesk.Json.ContractJson.IndentedOptions\"/> or <see cref=\"global::Copydesk.Json.ContractJson.CompactOptions\"/> for the contract's escaping.</param>");
        w.WriteLine("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        w.OpenBlock();
        w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
        w.WriteLine($"{context.QualifiedJsonClass}.Write(writer, this);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Returns the article as contract JSON.</summary>");
        w.WriteLine("/// <param name=\"indented\">Whether to indent the JSON.</param>");
        w.WriteLine("public string ToJson(bool indented = false) => global::Copydesk.Json.ContractJson.Serialize(this, indented);");
    }

    private static void WriteUnion(SourceWriter w, EmitContext context, Part? owner, Slot slot)
    {
        string union = SchemaNames.UnionTypeName(owner?.Name, slot);
        WriteSummary(w, $"One item of {(owner is null ? string.Empty : owner.Name + ".")}{slot.Name}: " + string.Join(" or ", slot.Cases.Select(c => c.Name)) + ".");
        w.WriteLine(GeneratedCodeAttribute);
        w.WriteLine($"public abstract partial record {CSharp.Identifier(union)}");
        w.OpenBlock();
        w.WriteLine("// Only the cases below derive from this type: the private constructor closes the hierarchy.");
        w.WriteLine($"private {CSharp.Identifier(union)}()");
        w.OpenBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Where the item stands in the article.</summary>");
        w.WriteLine($"public abstract {EmitContext.Runtime}.SourceSpan Span {{ get; }}");
        foreach (OneOfCase @case in slot.Cases)
        {
            string valueType = @case.Kind == SlotKind.Part ? context.PartType(@case.Target) : EmitContext.LineValueType(@case.Value);
            string caseName = CSharp.Identifier(SchemaNames.Pascal(@case.Name));
            w.WriteLine();
            WriteSummary(w, $"The case {@case.Name}: {(@case.Kind == SlotKind.Part ? "a " + @case.Target : "a " + @case.Target + " line")}.");
            w.WriteLine("/// <param name=\"Value\">The value read.</param>");
            w.WriteLine(GeneratedCodeAttribute);
            w.WriteLine($"public sealed partial record {caseName}({valueType} Value) : {context.UnionType(owner, slot)}");
            w.OpenBlock();
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine($"public override {EmitContext.Runtime}.SourceSpan Span => Value.Span;");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private static void WriteParameters(SourceWriter w, EmitContext context, Part? owner, EquatableArray<Slot> slots, string closing)
    {
        w.Indent();
        foreach (Slot slot in slots)
        {
            w.WriteLine($"{context.PropertyType(owner, slot)} {EmitContext.Property(slot)},");
        }

        w.WriteLine($"{EmitContext.Runtime}.SourceSpan Span){closing}");
        w.Unindent();
    }

    private static void WriteParameterDocs(SourceWriter w, Part? owner, EquatableArray<Slot> slots, string spanDoc)
    {
        foreach (Slot slot in slots)
        {
            string doc = slot.Description ?? DefaultSlotDoc(owner, slot);
            List<string> lines = CSharp.DocLines(doc).ToList();
            string name = SchemaNames.Pascal(slot.Name);
            if (lines.Count == 1)
            {
                w.WriteLine($"/// <param name=\"{name}\">{lines[0]}</param>");
            }
            else
            {
                w.WriteLine($"/// <param name=\"{name}\">");
                foreach (string line in lines)
                {
                    w.WriteLine("/// " + line);
                }

                w.WriteLine("/// </param>");
            }
        }

        w.WriteLine($"/// <param name=\"Span\">{spanDoc}</param>");
    }

    private static string DefaultSlotDoc(Part? owner, Slot slot)
    {
        string what = slot.Kind switch
        {
            SlotKind.Line => $"a {slot.Target} line",
            SlotKind.Part => $"a {slot.Target}",
            SlotKind.Marker => $"the marker \"{slot.Target}\"",
            _ => "one of " + string.Join(", ", slot.Cases.Select(c => c.Name)),
        };
        return $"The slot {(owner is null ? string.Empty : owner.Name + ".")}{slot.Name}: {what}.";
    }

    private static void WriteSummary(SourceWriter w, string text)
    {
        w.WriteLine("/// <summary>");
        foreach (string line in CSharp.DocLines(text))
        {
            w.WriteLine("/// " + line);
        }

        w.WriteLine("/// </summary>");
    }
}
