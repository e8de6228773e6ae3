using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the <c>frontMatter:</c> section: each field's type, whether it is a list, required or defaulted, and its
/// checks, reporting at its node every setting that does not fit the field's type.
/// </summary>
internal sealed class FrontMatterSectionReader
{
    private const string TextTypes = "text rules apply to string, url and email fields";
    private const string OrderedTypes = "'min' and 'max' apply to integer, number, date and date-time fields";

    private static readonly Regex CanonicalInteger = new(@"^-?[0-9]{1,18}$", RegexOptions.CultureInvariant);
    private static readonly Regex CanonicalNumber = new(@"^-?[0-9]{1,18}(?:\.[0-9]{1,10})?$", RegexOptions.CultureInvariant);
    private static readonly string[] DateTimeForms = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK"];

    private readonly LoadContext context;

    // The options of a date or date-time field are read and checked as those of 'value:' are.
    private readonly ValueSpecReader values;

    public FrontMatterSectionReader(LoadContext context)
    {
        this.context = context;
        values = new ValueSpecReader(context);
    }

    /// <summary>Reads the section; <see langword="null"/> when it cannot be read at all.</summary>
    public FrontMatterSchema? Read(KeyedEntry entry)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping with 'fields:' (and optionally 'unknownKeys:')");
            return null;
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, "'frontMatter'", FrontMatterKeys.Section, context);
        UnknownKeyPolicy policy = Policy(keys);
        KeyedEntry? fields = keys.Find(FrontMatterKeys.Fields);
        if (fields is null)
        {
            context.Report(DiagnosticCatalog.MissingKey, entry.KeyNode.Range, "'frontMatter'", $"'{FrontMatterKeys.Fields}'");
            return null;
        }

        return new FrontMatterSchema(Fields(fields, FrontMatterNames.RecordMembers), policy, entry.KeyNode.Range);
    }

    private UnknownKeyPolicy Policy(KeyedMapping keys) =>
        keys.Find(FrontMatterKeys.UnknownKeys) is { } entry && context.Values.Choice(entry, FrontMatterKeys.Policies, "unknown-key policy") is { } word
            ? (UnknownKeyPolicy)Array.IndexOf(FrontMatterKeys.Policies, word)
            : UnknownKeyPolicy.Allow;

    private EquatableArray<FrontMatterField> Fields(KeyedEntry entry, string[] reserved)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping of front-matter keys to their types, such as '{ title: string }'");
            return EquatableArray<FrontMatterField>.Empty;
        }

        var fields = new List<FrontMatterField>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyedEntry declaration in KeyedMapping.Read(mapping, "'fields'", null, context).Entries)
        {
            context.ThrowIfCancellationRequested();
            string key = declaration.Key;
            if (FrontMatterNames.CheckKey(key) is { } reason)
            {
                context.Report(DiagnosticCatalog.InvalidFrontMatterKey, declaration.KeyNode.Range, key, reason);
            }
            else
            {
                string property = FrontMatterNames.PropertyName(key);
                if (properties.TryGetValue(property, out string? other))
                {
                    context.Report(DiagnosticCatalog.FrontMatterNameCollision, declaration.KeyNode.Range, key, property, $"field '{other}' already becomes");
                }
                else if (Array.IndexOf(reserved, property) >= 0 || Identifiers.IsRecordMember(property))
                {
                    context.Report(DiagnosticCatalog.FrontMatterNameCollision, declaration.KeyNode.Range, key, property, "every front-matter record already has");
                }
                else
                {
                    properties.Add(property, key);
                }
            }

            if (Field(declaration) is { } field)
            {
                fields.Add(field);
            }
        }

        return fields.ToEquatableArray();
    }

    private FrontMatterField? Field(KeyedEntry declaration)
    {
        string name = declaration.Key;
        TextRange range = declaration.KeyNode.Range;
        if (declaration.Value is YamlScalar { IsNull: false } shorthand)
        {
            // 'title: string' is 'title: { type: string }'.
            return Type(name, shorthand) switch
            {
                null => null,
                FrontMatterType.Mapping => MappingWithoutFields(name, shorthand),
                FrontMatterType simple => new FrontMatterField(name, simple, false, range),
            };
        }

        if (declaration.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(declaration.Value, name, "a type such as 'string', or a mapping such as '{ type: date, required: true }'");
            return null;
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, $"front-matter field '{name}'", FrontMatterKeys.Field, context);
        KeyedEntry? fieldsEntry = keys.Find(FrontMatterKeys.Fields);
        FrontMatterType? type = keys.Find(FrontMatterKeys.Type) is { } typeEntry
            ? (typeEntry.Value is YamlScalar { IsNull: false } typeName ? Type(name, typeName) : WrongType(typeEntry))
            : fieldsEntry is not null ? FrontMatterType.Mapping : Missing(name, range);
        if (type is not { } kind)
        {
            return null;
        }

        bool isList = keys.Find(FrontMatterKeys.List) is { } listEntry && context.Values.Bool(listEntry) == true;
        var field = new FrontMatterField(name, kind, isList, range);
        string typeWord = FrontMatterKeys.Types[(int)kind] + (isList ? " list" : string.Empty);
        foreach (KeyedEntry option in keys.Entries)
        {
            field = Option(field, option, typeWord);
        }

        if (kind == FrontMatterType.Mapping && fieldsEntry is null)
        {
            return MappingWithoutFields(name, declaration.KeyNode);
        }

        if (field.IsRequired && (field.Default is not null || field.DefaultItems is not null))
        {
            context.Report(DiagnosticCatalog.RequiredWithDefault, range, name);
        }

        return field;
    }

    private FrontMatterField Option(FrontMatterField field, KeyedEntry option, string typeWord)
    {
        FrontMatterType kind = field.Type;
        bool isText = kind is FrontMatterType.String or FrontMatterType.Url or FrontMatterType.Email;
        bool isOrdered = kind is FrontMatterType.Integer or FrontMatterType.Number or FrontMatterType.Date or FrontMatterType.DateTime;
        switch (option.Key)
        {
            case FrontMatterKeys.Required:
                return field with { IsRequired = context.Values.Bool(option) == true };
            case SchemaKeys.Description:
                return field with { Description = context.Values.String(option, nullAllowed: true) };
            case FrontMatterKeys.Default:
                return Default(field, option, typeWord);
            case SchemaKeys.MinLength or SchemaKeys.MaxLength or SchemaKeys.Pattern or SchemaKeys.OneOf when !isText:
                return NotApplicable(field, option, typeWord, TextTypes);
            case SchemaKeys.MinLength:
                return field with { MinLength = context.Values.Count(option) };
            case SchemaKeys.MaxLength:
                return field with { MaxLength = context.Values.Count(option) };
            case SchemaKeys.Pattern:
                return field with { Pattern = context.Values.Pattern(option) };
            case SchemaKeys.OneOf:
                return context.Values.Strings(option) is { } allowed ? field with { OneOf = allowed.ToEquatableArray() } : field;
            case FrontMatterKeys.Min or FrontMatterKeys.Max when !isOrdered:
                return NotApplicable(field, option, typeWord, OrderedTypes);
            case FrontMatterKeys.Min:
                return field with { Minimum = Canonical(field, option, "minimum") };
            case FrontMatterKeys.Max:
                return field with { Maximum = Canonical(field, option, "maximum") };
            case SchemaKeys.Count when !field.IsList:
                return NotApplicable(field, option, typeWord, "'count' applies to fields with 'list: true'");
            case SchemaKeys.Count:
                return context.Values.Range(option, forRepeat: false) is { } range ? field with { MinCount = range.Min, MaxCount = range.Max } : field;
            case SchemaKeys.Severity:
                return context.Values.Choice(option, SchemaKeys.Severities, "severity") is { } severity
                    ? field with { Severity = severity switch { "warning" => CheckSeverity.Warning, "info" => CheckSeverity.Info, _ => CheckSeverity.Error } }
                    : field;
            case ValueSpecKeys.Formats when kind is not (FrontMatterType.Date or FrontMatterType.DateTime):
                return NotApplicable(field, option, typeWord, "'formats' applies to date and date-time fields");
            case ValueSpecKeys.Formats:
                return values.DateFormats(option, $"front-matter field '{field.Name}'") is { } formats ? field with { Formats = formats } : field;
            case ValueSpecKeys.Offset when kind != FrontMatterType.DateTime:
                return NotApplicable(field, option, typeWord, "'offset' applies to date-time fields");
            case ValueSpecKeys.Offset:
                return values.AssumedOffset(option, $"front-matter field '{field.Name}'") is { } minutes ? field with { AssumedOffsetMinutes = minutes } : field;
            case FrontMatterKeys.Fields or FrontMatterKeys.UnknownKeys when kind != FrontMatterType.Mapping:
                return NotApplicable(field, option, typeWord, $"'{option.Key}' applies to mapping fields");
            case FrontMatterKeys.Fields:
                return field with { Fields = Fields(option, FrontMatterNames.RecordMembers) };
            case FrontMatterKeys.UnknownKeys:
                return context.Values.Choice(option, FrontMatterKeys.Policies, "unknown-key policy") is { } word
                    ? field with { UnknownKeys = (UnknownKeyPolicy)Array.IndexOf(FrontMatterKeys.Policies, word) }
                    : field;
            default:
                return field;
        }
    }

    private FrontMatterField Default(FrontMatterField field, KeyedEntry option, string typeWord)
    {
        if (field.Type == FrontMatterType.Mapping)
        {
            return NotApplicable(field, option, typeWord, "a mapping field takes defaults on its own fields");
        }

        if (field.Type == FrontMatterType.Email)
        {
            return NotApplicable(field, option, typeWord, "an e-mail address is never a default; make the field optional instead");
        }

        if (!field.IsList)
        {
            return option.Value is YamlScalar { IsNull: false } && Canonical(field, option, "default") is { } value ? field with { Default = value } : Reject(field, option);
        }

        if (option.Value is not YamlSequence sequence)
        {
            context.Report(DiagnosticCatalog.InvalidFrontMatterValue, option.Value.Range, "default", field.Name, $"a list, such as '[]' or '[news]' (found {option.Value.Describe()})");
            return field;
        }

        var items = new List<string>(sequence.Items.Count);
        foreach (YamlNode item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar && CanonicalText(field, scalar, "default item") is { } text)
            {
                items.Add(text);
            }
        }

        return items.Count == sequence.Items.Count ? field with { DefaultItems = items.ToEquatableArray() } : field;
    }

    private FrontMatterField Reject(FrontMatterField field, KeyedEntry option)
    {
        if (option.Value is not YamlScalar { IsNull: false })
        {
            context.Report(DiagnosticCatalog.InvalidFrontMatterValue, option.Value.Range, option.Key, field.Name, $"{Canonical(field.Type)} (found {option.Value.Describe()})");
        }

        return field;
    }

    private string? Canonical(FrontMatterField field, KeyedEntry option, string what) =>
        option.Value is YamlScalar { IsNull: false } scalar ? CanonicalText(field, scalar, what) : ReportCanonical(field, option.Value, what);

    private string? ReportCanonical(FrontMatterField field, YamlNode node, string what)
    {
        context.Report(DiagnosticCatalog.InvalidFrontMatterValue, node.Range, what, field.Name, $"{Canonical(field.Type)} (found {node.Describe()})");
        return null;
    }

    // The loader cannot run the runtime's parsers, so a setting must be in the one form every parser reads the same
    // way: what it accepts here, the field's parser accepts at run time.
    private string? CanonicalText(FrontMatterField field, YamlScalar scalar, string what)
    {
        string text = scalar.Value;
        bool valid = field.Type switch
        {
            FrontMatterType.String => true,
            FrontMatterType.Integer => scalar.IsPlain && CanonicalInteger.IsMatch(text),
            FrontMatterType.Number => scalar.IsPlain && CanonicalNumber.IsMatch(text),
            FrontMatterType.Boolean => scalar.IsPlain && text is "true" or "false",
            FrontMatterType.Date => text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FrontMatterType.DateTime => DateTimeOffset.TryParseExact(text, DateTimeForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && HasOffset(text),
            FrontMatterType.Url => Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && text.Trim().Length == text.Length,
            _ => false,
        };
        return valid ? text : ReportCanonical(field, scalar, what);
    }

    private static bool HasOffset(string text) => text.EndsWith("Z", StringComparison.Ordinal) || text.LastIndexOfAny(['+', '-']) > 10;

    private static string Canonical(FrontMatterType type) => type switch
    {
        FrontMatterType.Integer => "an integer written without quotes, such as 5",
        FrontMatterType.Number => "a number written without quotes, such as 4.5",
        FrontMatterType.Boolean => "true or false, written without quotes",
        FrontMatterType.Date => "a date written YYYY-MM-DD",
        FrontMatterType.DateTime => "a date and time written YYYY-MM-DDThh:mm[:ss] with Z or an offset such as +01:00",
        FrontMatterType.Url => "an absolute http or https URL",
        _ => "a string",
    };

    private FrontMatterType? Type(string field, YamlScalar word)
    {
        int index = Array.IndexOf(FrontMatterKeys.Types, word.Value);
        if (index >= 0)
        {
            return (FrontMatterType)index;
        }

        context.Report(DiagnosticCatalog.UnknownFrontMatterType, word.Range, word.Value, field, context.ChoiceHint(word.Value, FrontMatterKeys.Types));
        return null;
    }

    private FrontMatterType? WrongType(KeyedEntry entry)
    {
        context.ReportWrongKind(entry.Value, entry.Key, "one of " + LoadContext.QuotedList(FrontMatterKeys.Types, "or"));
        return null;
    }

    private FrontMatterType? Missing(string name, TextRange range)
    {
        context.Report(DiagnosticCatalog.MissingKey, range, $"Front-matter field '{name}'", $"'{FrontMatterKeys.Type}'");
        return null;
    }

    private FrontMatterField? MappingWithoutFields(string name, YamlNode at)
    {
        context.Report(DiagnosticCatalog.MissingKey, at.Range, $"Front-matter field '{name}' of type mapping", $"'{FrontMatterKeys.Fields}'");
        return null;
    }

    private FrontMatterField NotApplicable(FrontMatterField field, KeyedEntry option, string typeWord, string why)
    {
        context.Report(DiagnosticCatalog.FrontMatterOptionNotApplicable, option.KeyNode.Range, option.Key, field.Name, $"it is a {typeWord} field, and {why}");
        return field;
    }
}
