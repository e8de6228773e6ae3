using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>Emits the records: the article, one per part, and one closed hierarchy per <c>oneOf</c> slot.</summary>
internal static class TypesEmitter
{
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"Copydesk.Generator\", \"" + typeof(TypesEmitter).Assembly.GetName().Version + "\")]";

    /// <summary>Writes the article record and everything nested in it.</summary>
    public static void EmitArticle(SourceWriter w, EmitContext context, string schemaFileName)
    {
        ParsePlan plan = context.Plan;
        WriteSummary(w, plan.Description ?? $"An article read with the schema {schemaFileName}.");
        if (plan.FrontMatter is not null)
        {
            w.WriteLine($"/// <param name=\"{FrontMatterNames.Property}\">The front matter: the typed YAML between the '---' lines at the top of the article.</param>");
        }

        WriteParameterDocs(w, plan, plan.Layout, "The span of the article, from its first line to its last.");
        w.WriteLine(GeneratedCodeAttribute);
        w.WriteLine($"{Accessibility(context)} sealed partial record {context.TypeName}(");
        if (plan.FrontMatter is { } frontMatter)
        {
            w.WriteLine($"    {FrontMatterEmitter.PropertyType(context, frontMatter)} {FrontMatterNames.Property},");
        }

        WriteParameters(w, context, plan.Layout, string.Empty);
        w.WriteLine($"    : {EmitContext.Runtime}.IArticle<{context.ArticleType}>" + (plan.JsonLd is null ? string.Empty : $", {EmitContext.Runtime}.IJsonLdArticle"));
        w.OpenBlock();
        WriteArticleMembers(w, context);

        foreach (OwnerPlan part in plan.Parts)
        {
            w.WriteLine();
            WriteSummary(w, part.Description ?? $"The part {part.Name} of {plan.TypeName}.");
            WriteParameterDocs(w, plan, part, "The span of the part, from its first line to its last.");
            w.WriteLine(GeneratedCodeAttribute);
            w.WriteLine($"{Accessibility(context)} sealed partial record {context.PartTypeName(part.Name)}(");
            WriteParameters(w, context, part, ";");
        }

        foreach (var (owner, slot, oneOf) in context.UnionSlots())
        {
            w.WriteLine();
            WriteUnion(w, context, owner, slot, oneOf);
        }

        CaptureEmitter.EmitRecords(w, context, Accessibility(context));
        if (plan.FrontMatter is { } records)
        {
            FrontMatterEmitter.EmitRecords(w, context, records);
        }

        w.CloseBlock();
    }

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
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text) => Parse(text, global::System.Threading.CancellationToken.None);");
        w.WriteLine();
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Parses raw article text until <paramref name=\"cancellationToken\"/> is cancelled: it is looked at every 1,024");
        w.WriteLine("/// line reads, so a long parse stops within that many reads of the request.");
        w.WriteLine("/// </summary>");
        w.WriteLine("/// <param name=\"text\">The article text.</param>");
        w.WriteLine("/// <param name=\"cancellationToken\">Stops the parse.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"text\"/> is <see langword=\"null\"/>.</exception>");
        w.WriteLine("/// <exception cref=\"global::System.OperationCanceledException\"><paramref name=\"cancellationToken\"/> was cancelled.</exception>");
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text, global::System.Threading.CancellationToken cancellationToken)");
        w.OpenBlock();
        w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(text);");
        w.WriteLine($"return {parser}.Parse(text, cancellationToken);");
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
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Runs every check of the schema and returns every issue found, in document order, followed by the issues");
        w.WriteLine("/// <see cref=\"ValidateCustom\"/> adds, in the order it adds them.");
        w.WriteLine("/// </summary>");
        w.WriteLine($"public global::System.Collections.Generic.IReadOnlyList<{EmitContext.Runtime}.ArticleIssue> Validate()");
        w.OpenBlock();
        w.WriteLine($"var context = new {EmitContext.Runtime}.Validation.ValidationContext();");
        w.WriteLine($"{context.QualifiedValidatorClass}.Validate(context, this);");
        w.WriteLine($"var custom = new global::System.Collections.Generic.List<{EmitContext.Runtime}.ArticleIssue>();");
        w.WriteLine("ValidateCustom(custom);");
        w.WriteLine("if (custom.Count == 0)");
        w.OpenBlock();
        w.WriteLine("return context.Issues;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("custom.InsertRange(0, context.Issues);");
        w.WriteLine("return custom;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Rules of your own, in C#, run by <see cref=\"Validate\"/> after the schema's checks: implement this partial method");
        w.WriteLine("/// in a partial declaration of the type and add an issue (code, severity, path, message, span) for each problem.");
        w.WriteLine("/// Only compiled code runs it; the interpreter and the command-line tool run the schema's checks only.");
        w.WriteLine("/// </summary>");
        w.WriteLine("/// <param name=\"issues\">Where to add the issues found.</param>");
        w.WriteLine($"partial void ValidateCustom(global::System.Collections.Generic.ICollection<{EmitContext.Runtime}.ArticleIssue> issues);");
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
        if (context.Plan.JsonLd is { } jsonLd)
        {
            string jsonLdClass = "global::" + (context.Namespace is null ? string.Empty : context.Namespace + ".") + JsonLdEmitter.ClassName(context);
            w.WriteLine();
            w.WriteLine($"/// <summary>Writes the article as its schema.org {jsonLd.Type} JSON-LD document, as the schema's <c>jsonLd:</c> maps it.</summary>");
            w.WriteLine("/// <param name=\"writer\">The writer; use <see cref=\"global::Copydesk.Json.JsonLd.HtmlSafeOptions\"/> for a document embedded in HTML.</param>");
            w.WriteLine("public void WriteJsonLd(global::System.Text.Json.Utf8JsonWriter writer)");
            w.OpenBlock();
            w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            w.WriteLine($"{jsonLdClass}.Write(writer, this);");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("/// <summary>Returns the article's schema.org JSON-LD document.</summary>");
            w.WriteLine("/// <param name=\"indented\">Whether to indent the JSON.</param>");
            w.WriteLine("public string ToJsonLd(bool indented = false) => global::Copydesk.Json.JsonLd.Serialize(this, indented);");
        }
    }

    private static void WriteUnion(SourceWriter w, EmitContext context, OwnerPlan owner, SlotPlan slot, OneOfRead oneOf)
    {
        string union = SchemaNames.UnionTypeName(owner.IsLayout ? null : owner.Name, slot.Name);
        WriteSummary(w, $"One item of {OwnerPrefix(owner)}{slot.Name}: " + string.Join(" or ", oneOf.Cases.Select(c => c.Name)) + ".");
        w.WriteLine(GeneratedCodeAttribute);
        w.WriteLine($"{Accessibility(context)} abstract partial record {CSharp.Identifier(union)}");
        w.OpenBlock();
        w.WriteLine("// Only the cases below derive from this type: the private constructor closes the hierarchy.");
        w.WriteLine($"private {CSharp.Identifier(union)}()");
        w.OpenBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Where the item stands in the article.</summary>");
        w.WriteLine($"public abstract {EmitContext.Runtime}.SourceSpan Span {{ get; }}");
        foreach (CasePlan @case in oneOf.Cases)
        {
            string valueType = context.CaseValueType(@case);
            string caseName = CSharp.Identifier(SchemaNames.Pascal(@case.Name));
            w.WriteLine();
            WriteSummary(w, $"The case {@case.Name}: {Reads(context.Plan, @case.Read)}.");
            w.WriteLine("/// <param name=\"Value\">The value read.</param>");
            w.WriteLine(GeneratedCodeAttribute);
            w.WriteLine($"{Accessibility(context)} sealed partial record {caseName}({valueType} Value) : {context.UnionType(owner, slot)}");
            w.OpenBlock();
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine($"public override {EmitContext.Runtime}.SourceSpan Span => Value.Span;");
            w.CloseBlock();
        }

        w.CloseBlock();
    }

    private static void WriteParameters(SourceWriter w, EmitContext context, OwnerPlan owner, string closing)
    {
        w.Indent();
        foreach (SlotPlan slot in owner.Slots)
        {
            w.WriteLine($"{context.PropertyType(owner, slot)} {EmitContext.Property(slot)},");
        }

        w.WriteLine($"{EmitContext.Runtime}.SourceSpan Span){closing}");
        w.Unindent();
    }

    private static void WriteParameterDocs(SourceWriter w, ParsePlan plan, OwnerPlan owner, string spanDoc)
    {
        foreach (SlotPlan slot in owner.Slots)
        {
            string doc = slot.Description ?? $"The slot {OwnerPrefix(owner)}{slot.Name}: {Reads(plan, slot.Read)}.";
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

    private static string OwnerPrefix(OwnerPlan owner) => owner.IsLayout ? string.Empty : owner.Name + ".";

    /// <summary>What a slot or case reads, in words for documentation.</summary>
    private static string Reads(ParsePlan plan, SlotRead read) => read switch
    {
        LineRead line => $"a {line.ClassName} line",
        PartRead part => $"a {part.Part}",
        MarkerRead marker => $"the marker \"{plan.Markers[marker.MarkerIndex].Text}\"",
        OneOfRead oneOf => "one of " + string.Join(", ", oneOf.Cases.Select(c => c.Name)),
        _ => throw EmitContext.Unknown(read),
    };

    // Every generated type has the same accessibility, the one the plan carries.
    private static string Accessibility(EmitContext context) => context.Plan.Visibility == TypeVisibility.Internal ? "internal" : "public";

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
