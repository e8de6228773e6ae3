using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Prints the plan's captures (<c>capture: { pattern, fields, rest }</c>) as C#: one record per capture nested in the
/// article type, the read that matches the pattern once and reads each field through the runtime's
/// <c>Copydesk.Values.LineCaptures</c> (which the interpreter calls too), its JSON object and its validation.
/// </summary>
internal static class CaptureEmitter
{
    private const string Values = EmitContext.Runtime + ".Values";

    /// <summary>Every capture of the plan, in slot and case order, layout first.</summary>
    public static IEnumerable<CapturePlan> All(ParsePlan plan)
    {
        foreach (OwnerPlan owner in plan.Owners)
        {
            foreach (SlotPlan slot in owner.Slots)
            {
                if (slot.Read is LineRead { Capture: { } capture })
                {
                    yield return capture;
                }
                else if (slot.Read is OneOfRead oneOf)
                {
                    foreach (CasePlan @case in oneOf.Cases)
                    {
                        if (@case.Read is LineRead { Capture: { } caseCapture })
                        {
                            yield return caseCapture;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The C# type of a line read with <paramref name="capture"/>: its record, nested in the article type.</summary>
    public static string RecordType(EmitContext context, CapturePlan capture) => context.ArticleType + "." + CSharp.Identifier(capture.RecordName);

    /// <summary>Writes the record of every capture, with <paramref name="accessibility"/>.</summary>
    public static void EmitRecords(SourceWriter w, EmitContext context, string accessibility)
    {
        foreach (CapturePlan capture in All(context.Plan))
        {
            w.WriteLine();
            w.WriteLine("/// <summary>");
            w.WriteLine("/// What a capture read from one line: " + string.Join(", ", capture.Fields.Select(f => f.Name)) + ".");
            w.WriteLine("/// </summary>");
            w.WriteLine("/// <param name=\"Line\">The line read, whole.</param>");
            w.WriteLine("/// <param name=\"IsMatch\">Whether the capture pattern matched the line; when it did not, every group is <see langword=\"null\"/> and <c>Validate()</c> reports CD3040.</param>");
            foreach (CaptureFieldPlan field in capture.Fields)
            {
                string source = field switch
                {
                    { IsRest: true, Value: ValueKind.Quotes } => "The text after the match (the whole line when the pattern did not match) with the quotations in it",
                    { IsRest: true } => "The text after the match (the whole line when the pattern did not match)",
                    _ => $"The group '{string.Join(" ", CSharp.DocLines(field.Name))}'",
                };
                w.WriteLine($"/// <param name=\"{field.PropertyName}\">{source}; <see langword=\"null\"/> when it captured nothing.</param>");
            }

            w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
            w.WriteLine($"{accessibility} sealed partial record {CSharp.Identifier(capture.RecordName)}(");
            w.Indent();
            w.WriteLine($"{EmitContext.TextLineType} Line,");
            w.WriteLine("bool IsMatch" + (capture.Fields.Count > 0 ? "," : ")"));
            for (int i = 0; i < capture.Fields.Count; i++)
            {
                CaptureFieldPlan field = capture.Fields[i];
                w.WriteLine($"{FieldType(field)} {CSharp.Identifier(field.PropertyName)}" + (i < capture.Fields.Count - 1 ? "," : ")"));
            }

            w.Unindent();
            w.OpenBlock();
            w.WriteLine("/// <summary>Where the line stands in the article.</summary>");
            w.WriteLine($"public {EmitContext.Runtime}.SourceSpan Span => Line.Span;");
            w.CloseBlock();
        }
    }

    /// <summary>
    /// Declares, in <paramref name="statics"/>, the pattern, the field parsers and the method that reads a line with
    /// <paramref name="capture"/>, named after <paramref name="candidate"/>; returns the call that reads <paramref name="line"/>.
    /// A rest read as quotes is handed to the parse state <paramref name="state"/> with the unit's <c>position</c>, so
    /// its quotations are found with the article's.
    /// </summary>
    public static string Reader(EmitContext context, List<string> statics, string candidate, CapturePlan capture, string line, string state)
    {
        string pattern = ParserEmitter.AddPattern(context, statics, candidate + "_Pattern", capture.Pattern, capture.Backtracking);
        var arguments = new List<string> { "line", "match.Success" };
        foreach (CaptureFieldPlan field in capture.Fields)
        {
            arguments.Add(field switch
            {
                { IsRest: true, Value: ValueKind.Quotes } => $"state.ReadQuotes(position, {Values}.LineCaptures.Rest(line, match))",
                { IsRest: true } => $"{Values}.LineCaptures.Rest(line, match)",
                { Spec: { } spec } => TypedValueEmitter.GroupReader(context, statics, candidate + "_" + field.Name, spec, "line", "match", field.Name),
                _ => $"{Values}.LineCaptures.Group(line, match, {CSharp.Literal(field.Name)})",
            });
        }

        string method = context.NewMemberName(candidate);
        string record = RecordType(context, capture);
        string parameters = capture.ReadsQuotes ? $"{EmitContext.Runtime}.Parsing.ParseState state, int position, {EmitContext.TextLineType} line" : $"{EmitContext.TextLineType} line";
        statics.Add($"private static {record} {method}({parameters})");
        statics.Add("{");
        statics.Add($"    var match = {pattern}.Match(line.Text);");
        statics.Add($"    return new {record}({string.Join(", ", arguments)});");
        statics.Add("}");
        return capture.ReadsQuotes ? $"{method}({state}, position, {line})" : $"{method}({line})";
    }

    /// <summary>Names the JSON writer of every capture, before any method of the JSON class is written.</summary>
    public static Dictionary<string, string> JsonWriterNames(EmitContext context) =>
        All(context.Plan).ToDictionary(capture => capture.RecordName, capture => context.NewMemberName("WriteCapture_" + capture.RecordName));

    /// <summary>Writes the JSON writer of every capture: an object of its fields, absent ones <c>null</c>.</summary>
    /// <param name="w">The JSON class.</param>
    /// <param name="context">The file's names.</param>
    /// <param name="writers">The writers' names, from <see cref="JsonWriterNames"/>.</param>
    /// <param name="nameField">The encoded-name field of a JSON property name.</param>
    public static void EmitJsonWriters(SourceWriter w, EmitContext context, Dictionary<string, string> writers, System.Func<string, string> nameField)
    {
        foreach (CapturePlan capture in All(context.Plan))
        {
            w.WriteLine();
            w.WriteLine($"private static void {writers[capture.RecordName]}(global::System.Text.Json.Utf8JsonWriter writer, {RecordType(context, capture)} value)");
            w.OpenBlock();
            w.WriteLine("writer.WriteStartObject();");
            var locals = new LocalNames(context, "writer", "value");
            foreach (CaptureFieldPlan field in capture.Fields)
            {
                string present = locals.New(field.Name);
                w.WriteLine($"writer.WritePropertyName({nameField(field.Name)});");
                JsonEmitter.WriteValueOrNull(
                    w,
                    $"value.{CSharp.Identifier(field.PropertyName)} is {{ }} {present}",
                    field switch
                    {
                        { Spec: { } spec } => TypedValueEmitter.JsonStatement(spec, present),
                        { Value: ValueKind.Quotes } => $"{EmitContext.Runtime}.Json.QuoteJson.WriteQuotedParagraph(writer, {present});",
                        _ => $"writer.WriteStringValue({present}.Text);",
                    });
            }

            w.WriteLine("writer.WriteEndObject();");
            w.CloseBlock();
        }
    }

    /// <summary>The statements that report what the capture <paramref name="value"/> could not read: no match, then each refused field.</summary>
    public static IEnumerable<string> ValidateStatements(CapturePlan capture, string value)
    {
        yield return $"{EmitContext.Runtime}.Validation.CaptureChecks.Match(context, {value}.IsMatch, {value}.Line);";
        foreach (CaptureFieldPlan field in capture.Fields.Where(f => f.Spec is not null))
        {
            yield return $"{EmitContext.Runtime}.Validation.CaptureChecks.Field(context, {CSharp.Literal(field.Name)}, {value}.{CSharp.Identifier(field.PropertyName)});";
        }
    }

    private static string FieldType(CaptureFieldPlan field) => field switch
    {
        { Spec: { } spec } => TypedValueEmitter.LineType(spec) + "?",
        { Value: ValueKind.Quotes } => EmitContext.QuotedParagraphType + "?",
        _ => EmitContext.TextLineType + "?",
    };
}
