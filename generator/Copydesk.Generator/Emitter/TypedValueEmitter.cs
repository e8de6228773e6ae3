using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Prints the plan's typed values (<c>value: date</c>, <c>value: { type: list, … }</c>) as C#: the property type, the
/// static parser with its options built once, the read, the JSON and the validation, all through the runtime's
/// <c>Copydesk.Values</c> parsers that the interpreter runs too.
/// </summary>
internal static class TypedValueEmitter
{
    private const string Values = EmitContext.Runtime + ".Values";

    /// <summary>The C# type of a line read with <paramref name="spec"/>: <c>TypedLine&lt;DateOnly?&gt;</c>, or a list of them.</summary>
    public static string LineType(ValueSpec spec) => spec.Kind == TypedValueKind.List
        ? $"{Values}.TypedLine<{EmitContext.Runtime}.NodeList<{Values}.TypedLine<{ClrType(spec.Item!.Kind)}?>>>"
        : $"{Values}.TypedLine<{ClrType(spec.Kind)}?>";

    /// <summary>
    /// Declares the static parser of <paramref name="spec"/> (and its options) in <paramref name="statics"/>, named
    /// after <paramref name="candidate"/>, and returns the expression that reads <paramref name="line"/> with it.
    /// </summary>
    public static string Reader(EmitContext context, List<string> statics, string candidate, ValueSpec spec, string line)
    {
        if (spec.Kind == TypedValueKind.List)
        {
            ValueSpec item = spec.Item!;
            string itemType = ClrType(item.Kind);
            string itemParser = Parser(context, statics, candidate + "_Item", item);
            string options = context.NewMemberName(candidate);
            statics.Add($"private static readonly {Values}.ListOptions<{itemType}> {options} = new({CSharp.Literal(spec.Separator!)}, {itemParser});");
            return $"{Values}.TypedLines.{(IsValueType(item.Kind) ? "ReadList" : "ReadObjectList")}({line}, {options})";
        }

        string parser = Parser(context, statics, candidate, spec);
        return $"{Values}.TypedLines.{(IsValueType(spec.Kind) ? "Read" : "ReadObject")}({line}, {parser})";
    }

    /// <summary>The statement that writes the typed line <paramref name="value"/> as contract JSON.</summary>
    public static string JsonStatement(ValueSpec spec, string value) => spec.Kind == TypedValueKind.List
        ? $"global::Copydesk.Json.ValueJson.WriteList(writer, {value}.Value);"
        : $"global::Copydesk.Json.ValueJson.Write(writer, {value}.Value);";

    /// <summary>The statement that reports the refusals of the typed line <paramref name="value"/>.</summary>
    public static string ValidateStatement(ValueSpec spec, string value) =>
        $"{EmitContext.Runtime}.Validation.ValueChecks.{(spec.Kind == TypedValueKind.List ? "ReadList" : "Read")}(context, {value});";

    private static string Parser(EmitContext context, List<string> statics, string candidate, ValueSpec spec)
    {
        string type = ClrType(spec.Kind);
        string call = spec.Kind switch
        {
            TypedValueKind.Text => "TextParser.Parse(text)",
            TypedValueKind.Date => $"DateParser.Parse(text, {Options(context, statics, candidate, "DateOptions", spec.Formats.Count == 0 ? null : $"[{Strings(spec.Formats)}]", "Iso")})",
            TypedValueKind.DateTime => $"DateTimeParser.Parse(text, {Options(context, statics, candidate, "DateTimeOptions", DateTimeArguments(spec), "Iso")})",
            TypedValueKind.Integer => $"IntegerParser.Parse(text, {NumberOptions(context, statics, candidate, spec)})",
            TypedValueKind.Number => $"NumberParser.Parse(text, {NumberOptions(context, statics, candidate, spec)})",
            TypedValueKind.Boolean => "BooleanParser.Parse(text)",
            TypedValueKind.Url => $"UrlParser.Parse(text, {Options(context, statics, candidate, "UrlOptions", spec.Schemes.Count == 0 ? null : $"[{Strings(spec.Schemes)}]", "Web")})",
            TypedValueKind.Email => "EmailParser.Parse(text)",
            TypedValueKind.Phone => "PhoneParser.Parse(text)",
            TypedValueKind.Byline => $"BylineParser.Parse(text, {Options(context, statics, candidate, "BylineOptions", spec.Agencies.Count == 0 ? null : $"[{Strings(spec.Agencies)}]", "Default")})",
            _ => throw EmitContext.Unknown(spec),
        };
        string name = context.NewMemberName(candidate);
        statics.Add($"private static readonly {Values}.ValueParser<{type}> {name} = static text => {Values}.{call};");
        return name;
    }

    /// <summary>
    /// A new-expression of the options of a date or date-time parser declared outside a line (a front-matter field),
    /// or <see langword="null"/> for the parser's ISO 8601 defaults.
    /// </summary>
    public static string? NewDateOptions(ValueSpec? spec) => spec switch
    {
        { Kind: TypedValueKind.Date, Formats.Count: > 0 } => $"new {Values}.DateOptions([{Strings(spec.Formats)}])",
        { Kind: TypedValueKind.DateTime } when DateTimeArguments(spec) is { } arguments => $"new {Values}.DateTimeOptions({arguments})",
        _ => null,
    };

    private static string? DateTimeArguments(ValueSpec spec)
    {
        if (spec.Formats.Count == 0 && spec.AssumedOffsetMinutes is null)
        {
            return null;
        }

        string offset = spec.AssumedOffsetMinutes is { } minutes
            ? $"global::System.TimeSpan.FromMinutes({minutes.ToString(CultureInfo.InvariantCulture)})"
            : "null";
        return $"[{Strings(spec.Formats)}], {offset}";
    }

    private static string NumberOptions(EmitContext context, List<string> statics, string candidate, ValueSpec spec)
    {
        string? arguments = spec.GroupSeparator is null && spec.DecimalSeparator == '.'
            ? null
            : $"{(spec.GroupSeparator is { } group ? Char(group) : "null")}, {Char(spec.DecimalSeparator)}";
        return Options(context, statics, candidate, "NumberOptions", arguments, "Invariant");
    }

    // The options of a parser: its default instance, or a static field built once from the declared arguments.
    private static string Options(EmitContext context, List<string> statics, string candidate, string type, string? arguments, string defaultInstance)
    {
        if (arguments is null)
        {
            return $"{Values}.{type}.{defaultInstance}";
        }

        string name = context.NewMemberName(candidate + "_Options");
        statics.Add($"private static readonly {Values}.{type} {name} = new({arguments});");
        return name;
    }

    private static string Strings(EquatableArray<string> values) => string.Join(", ", values.Select(CSharp.Literal));

    // Printable ASCII as written (',', '.', ' '); anything else, and the quote and backslash, as a \u escape.
    private static string Char(char c) => c is >= ' ' and <= '~' and not '\'' and not '\\'
        ? "'" + c + "'"
        : "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'";

    private static bool IsValueType(TypedValueKind kind) =>
        kind is TypedValueKind.Date or TypedValueKind.DateTime or TypedValueKind.Integer or TypedValueKind.Number or TypedValueKind.Boolean;

    private static string ClrType(TypedValueKind kind) => kind switch
    {
        TypedValueKind.Text or TypedValueKind.Email => "string",
        TypedValueKind.Date => "global::System.DateOnly",
        TypedValueKind.DateTime => "global::System.DateTimeOffset",
        TypedValueKind.Integer => "long",
        TypedValueKind.Number => "decimal",
        TypedValueKind.Boolean => "bool",
        TypedValueKind.Url => "global::System.Uri",
        TypedValueKind.Phone => Values + ".PhoneNumber",
        TypedValueKind.Byline => Values + ".Byline",
        _ => throw EmitContext.Unknown(kind),
    };
}
