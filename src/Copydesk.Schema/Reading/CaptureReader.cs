using System.Collections.Generic;
using System.Text.RegularExpressions;
using Copydesk.Schema.Analysis;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads <c>capture: { pattern, fields, rest }</c> on a line slot or line case, and checks it at build time: the pattern
/// compiles (CD1010); each named group is a field that can be a property (CD1083) colliding with no other (CD1084);
/// every field reads a group of the pattern (CD1085, with a did-you-mean); every named group is read by a field, so a
/// group meant to capture nothing is written <c>(?:…)</c> (CD1086); a field is text or a typed parser but a list
/// (CD1088); the rest is read as text or as quotes (CD1097); the capture reads something (CD1089).
/// </summary>
internal sealed class CaptureReader
{
    private readonly LoadContext context;
    private readonly ValueSpecReader valueSpecs;

    public CaptureReader(LoadContext context, ValueSpecReader valueSpecs)
    {
        this.context = context;
        this.valueSpecs = valueSpecs;
    }

    /// <summary>Reads a <c>capture</c> entry of the line slot or case <paramref name="owner"/>; <see langword="null"/> after a reported mistake.</summary>
    public CaptureSpec? Read(KeyedEntry entry, string owner)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping such as '{ pattern: \"^(?<place>[A-Z]+) — \", fields: { place: text }, rest: text }' on a line slot, or 'rest' on a marker slot");
            return null;
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, "'capture'", SchemaKeys.CaptureOptions, context);
        if (keys.Find(SchemaKeys.Pattern) is not { } patternEntry)
        {
            context.Report(DiagnosticCatalog.MissingKey, entry.KeyNode.Range, "'capture'", "'pattern', a regular expression with named groups such as '(?<place>[A-Z]+)'");
            return null;
        }

        (string Text, Regex Compiled)? pattern = context.Values.CompiledPattern(patternEntry);
        List<(CaptureField Field, TextRange Range)>? fields = keys.Find(SchemaKeys.CaptureFields) is { } fieldsEntry ? ReadFields(fieldsEntry) : new();
        KeyedEntry? restEntry = keys.Find(SchemaKeys.CaptureRest);
        (KeyedEntry Name, string Text, ValueKind Value)? rest = restEntry is null ? null : ReadRest(restEntry);
        if (fields is { Count: 0 } && restEntry is null)
        {
            context.Report(DiagnosticCatalog.CaptureReadsNothing, entry.KeyNode.Range, owner);
            return null;
        }

        if (pattern is null || fields is null || (restEntry is not null && rest is null))
        {
            return null;
        }

        bool valid = Check(patternEntry, pattern.Value, fields);
        if (rest is { } named)
        {
            valid &= CheckRest(named.Name, named.Text, fields);
        }

        return valid ? new CaptureSpec(pattern.Value.Text, ToFields(fields)) { Rest = rest?.Text, RestValue = rest?.Value ?? ValueKind.Text, RestRange = rest?.Name.Value.Range ?? default } : null;
    }

    // 'rest: text' names a text field; 'rest: { name: text, value: quotes }' names it and says how it is read: as text,
    // or as a paragraph with its quotations. The entry that holds the name locates the name's mistakes.
    private (KeyedEntry Name, string Text, ValueKind Value)? ReadRest(KeyedEntry restEntry)
    {
        if (restEntry.Value is not YamlMapping mapping)
        {
            return context.Values.String(restEntry) is { } word ? (restEntry, word, ValueKind.Text) : null;
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, "'rest'", SchemaKeys.CaptureRestOptions, context);
        if (keys.Find(SchemaKeys.CaptureRestName) is not { } nameEntry)
        {
            context.Report(DiagnosticCatalog.MissingKey, restEntry.KeyNode.Range, "'rest'", "'name', the field that holds the text after the match, such as 'name: text'");
            return null;
        }

        string? name = context.Values.String(nameEntry);
        ValueKind value = ValueKind.Text;
        if (keys.Find(SchemaKeys.Value) is { } valueEntry)
        {
            switch (valueSpecs.Read(valueEntry))
            {
                case null:
                    return null;
                case (ValueKind.Text or ValueKind.Quotes, _) and var (kind, _):
                    value = kind;
                    break;
                case (_, { } typed):
                    context.Report(DiagnosticCatalog.InvalidCaptureRestParser, valueEntry.Value.Range, ValueSpecKeys.Word(typed.Kind));
                    return null;
                default:
                    context.Report(DiagnosticCatalog.InvalidCaptureRestParser, valueEntry.Value.Range, ((YamlScalar)valueEntry.Value).Value);
                    return null;
            }
        }

        return name is null ? null : (nameEntry, name, value);
    }

    private static EquatableArray<CaptureField> ToFields(List<(CaptureField Field, TextRange Range)> fields)
    {
        var result = new CaptureField[fields.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = fields[i].Field;
        }

        return result.ToEquatableArray();
    }

    // 'fields: { place: text, date: { type: date, formats: [...] } }': each a value parser as 'value:' names it.
    private List<(CaptureField Field, TextRange Range)>? ReadFields(KeyedEntry entry)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping from the pattern's group names to value parsers, such as '{ place: text, date: date }'");
            return null;
        }

        var fields = new List<(CaptureField, TextRange)>(mapping.Entries.Count);
        bool valid = true;
        foreach (KeyedEntry field in KeyedMapping.Read(mapping, "'fields'", null, context).Entries)
        {
            switch (valueSpecs.Read(field))
            {
                case null:
                    valid = false;
                    break;
                case (ValueKind.Text, _):
                    fields.Add((new CaptureField(field.Key, null) { Range = field.KeyNode.Range }, field.KeyNode.Range));
                    break;
                case (ValueKind.Typed, { Kind: not TypedValueKind.List } spec):
                    fields.Add((new CaptureField(field.Key, spec) { Range = field.KeyNode.Range }, field.KeyNode.Range));
                    break;
                default:
                    string written = field.Value is YamlScalar word ? word.Value : ValueSpecKeys.List;
                    context.Report(DiagnosticCatalog.InvalidCaptureFieldParser, field.Value.Range, field.Key, written);
                    valid = false;
                    break;
            }
        }

        return valid ? fields : null;
    }

    // The pattern as compiled once, by the check that it compiles.
    private bool Check(KeyedEntry patternEntry, (string Text, Regex Compiled) pattern, List<(CaptureField Field, TextRange Range)> fields)
    {
        List<CaptureGroup> groups = CaptureGroups.Find(pattern.Compiled, pattern.Text);
        var names = new List<string>(fields.Count);
        foreach (var (field, _) in fields)
        {
            names.Add(field.Name);
        }

        List<CaptureProblem> problems = CaptureGroups.Check(groups, names);
        foreach (CaptureProblem problem in problems)
        {
            switch (problem.Kind)
            {
                case CaptureProblemKind.InvalidGroupName:
                    context.Report(DiagnosticCatalog.InvalidCaptureName, GroupRange(patternEntry, groups, problem.Name), problem.Name, problem.Detail);
                    break;
                case CaptureProblemKind.CollidingGroupNames:
                    context.Report(DiagnosticCatalog.CaptureNameCollision, GroupRange(patternEntry, groups, problem.Name), problem.Name, SchemaNames.Pascal(problem.Name), problem.Detail);
                    break;
                case CaptureProblemKind.UnknownGroup:
                    context.Report(DiagnosticCatalog.UnknownCaptureGroup, fields[names.IndexOf(problem.Name)].Range, problem.Name, problem.Detail);
                    break;
                default:
                    context.Report(DiagnosticCatalog.UndeclaredCaptureGroup, GroupRange(patternEntry, groups, problem.Name), problem.Name);
                    break;
            }
        }

        return problems.Count == 0;
    }

    private bool CheckRest(KeyedEntry restEntry, string rest, List<(CaptureField Field, TextRange Range)> fields)
    {
        if (CaptureGroups.NameProblem(rest) is { } reason)
        {
            context.Report(DiagnosticCatalog.InvalidCaptureName, restEntry.Value.Range, rest, reason);
            return false;
        }

        string property = SchemaNames.Pascal(rest);
        foreach (var (field, _) in fields)
        {
            if (SchemaNames.Pascal(field.Name) == property)
            {
                context.Report(DiagnosticCatalog.CaptureNameCollision, restEntry.Value.Range, rest, property, field.Name);
                return false;
            }
        }

        return true;
    }

    // Where the group is named inside the pattern, when the scalar stands on one line as written (plain, or quoted
    // without escapes); otherwise the whole pattern.
    private static TextRange GroupRange(KeyedEntry patternEntry, List<CaptureGroup> groups, string name)
    {
        YamlNode node = patternEntry.Value;
        if (node is not YamlScalar scalar || scalar.Range.StartLine != scalar.Range.EndLine)
        {
            return node.Range;
        }

        int written = scalar.Range.EndOffset - scalar.Range.StartOffset;
        int quote = written == scalar.Value.Length ? 0 : written == scalar.Value.Length + 2 ? 1 : -1;
        CaptureGroup? group = groups.Find(g => g.Name == name);
        if (quote < 0 || group is null)
        {
            return node.Range;
        }

        // '(?<' + name + '>'
        int start = quote + group.Value.Offset;
        int length = name.Length + 4;
        TextRange r = scalar.Range;
        return new TextRange(r.StartLine, r.StartColumn + start, r.StartLine, r.StartColumn + start + length, r.StartOffset + start, r.StartOffset + start + length);
    }
}
