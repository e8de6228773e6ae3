using System;
using System.Collections.Generic;
using System.Globalization;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads what <c>value:</c> names: a word (<c>text</c>, <c>quoted</c>, <c>attribution</c>, <c>date</c>, …) or a
/// mapping of a typed parser and its options (<c>{ type: list, separator: ";", item: integer }</c>). Options are
/// checked here against the rules the runtime's option types enforce, so generated code never meets options its
/// parsers refuse.
/// </summary>
internal sealed class ValueSpecReader
{
    // The widest UTC offset .NET represents.
    private const int MaxOffsetMinutes = 14 * 60;

    private readonly LoadContext context;

    public ValueSpecReader(LoadContext context) => this.context = context;

    /// <summary>Reads a <c>value:</c> entry; <see langword="null"/> after a reported mistake.</summary>
    public (ValueKind Kind, ValueSpec? Spec)? Read(KeyedEntry entry)
    {
        if (entry.Value is YamlMapping mapping)
        {
            return ReadMapping(entry, mapping, ValueSpecKeys.MappingTypes) is { } spec
                ? spec.Kind == TypedValueKind.Text ? (ValueKind.Text, null) : (ValueKind.Typed, spec)
                : null;
        }

        return context.Values.Choice(entry, SchemaKeys.ValueParsers, "value parser") switch
        {
            null => null,
            "text" => (ValueKind.Text, null),
            "quoted" => (ValueKind.Quoted, null),
            "attribution" => (ValueKind.Attribution, null),
            "quotes" => (ValueKind.Quotes, null),
            ValueSpecKeys.List => Missing(entry, ValueSpecKeys.List, ValueSpecKeys.Separator, "write 'value: { type: list, separator: \",\", item: text }'"),
            string word => (ValueKind.Typed, new ValueSpec(ValueSpecKeys.Kind(word))),
        };
    }

    private (ValueKind, ValueSpec?)? Missing(KeyedEntry entry, string parser, string option, string hint)
    {
        context.Report(DiagnosticCatalog.ValueOptionMissing, entry.Value.Range, parser, option, hint);
        return null;
    }

    private ValueSpec? ReadMapping(KeyedEntry entry, YamlMapping mapping, string[] types)
    {
        KeyedMapping keys = KeyedMapping.Read(mapping, $"'{entry.Key}'", ValueSpecKeys.Options, context);
        if (keys.Find(ValueSpecKeys.Type) is not { } typeEntry)
        {
            context.Report(DiagnosticCatalog.MissingKey, entry.KeyNode.Range, $"'{entry.Key}'", "'type', the value parser, such as 'type: date'");
            return null;
        }

        if (context.Values.Choice(typeEntry, types, "value parser") is not { } type)
        {
            return null;
        }

        var spec = new ValueSpec(ValueSpecKeys.Kind(type));
        bool valid = true;
        foreach (KeyedEntry option in keys.Entries)
        {
            string[] appliesTo = ValueSpecKeys.AppliesTo(option.Key);
            if (appliesTo.Length == 0)
            {
                continue;
            }

            if (Array.IndexOf(appliesTo, type) < 0)
            {
                context.Report(DiagnosticCatalog.ValueOptionNotApplicable, option.KeyNode.Range, option.Key, type, LoadContext.QuotedList(appliesTo, "and"));
                valid = false;
                continue;
            }

            ValueSpec? read = ReadOption(spec, option, type);
            valid &= read is not null;
            spec = read ?? spec;
        }

        if (!valid)
        {
            return null;
        }

        if (spec.GroupSeparator is not null)
        {
            if (Separators(keys, type, spec) is not { } separated)
            {
                return null;
            }

            spec = separated;
        }

        if (spec.Kind != TypedValueKind.List)
        {
            return spec;
        }

        if (spec.Separator is null)
        {
            context.Report(DiagnosticCatalog.ValueOptionMissing, typeEntry.Value.Range, type, ValueSpecKeys.Separator, "add 'separator: \",\"' (or the text between the items)");
            return null;
        }

        return spec.Item is null ? spec with { Item = new ValueSpec(TypedValueKind.Text) } : spec;
    }

    private ValueSpec? ReadOption(ValueSpec spec, KeyedEntry option, string type)
    {
        switch (option.Key)
        {
            case ValueSpecKeys.Formats:
                return context.Values.Strings(option) is { } formats && AllValid(formats, option, Owner(type), DateFormatProblem)
                    ? spec with { Formats = formats.ToEquatableArray() }
                    : null;
            case ValueSpecKeys.Schemes:
                return context.Values.Strings(option) is { } schemes && AllValid(schemes, option, Owner(type), SchemeProblem)
                    ? spec with { Schemes = schemes.ToEquatableArray() }
                    : null;
            case ValueSpecKeys.Agencies:
                return context.Values.Strings(option) is { } agencies && AllValid(agencies, option, Owner(type), AgencyProblem)
                    ? spec with { Agencies = agencies.ToEquatableArray() }
                    : null;
            case ValueSpecKeys.Offset:
                return ReadOffset(option, Owner(type)) is { } minutes ? spec with { AssumedOffsetMinutes = minutes } : null;
            case ValueSpecKeys.GroupSeparator:
                return Character(option, Owner(type), decimalPoint: false) is { } group ? spec with { GroupSeparator = group } : null;
            case ValueSpecKeys.DecimalSeparator:
                return Character(option, Owner(type), decimalPoint: true) is { } point ? spec with { DecimalSeparator = point } : null;
            case ValueSpecKeys.Separator:
                string? separator = context.Values.String(option);
                if (separator is null)
                {
                    return null;
                }

                if (separator.Trim().Length == 0)
                {
                    return Invalid(option, Owner(type), separator, "a list separator needs a character other than white space");
                }

                return spec with { Separator = separator };
            case ValueSpecKeys.Item:
                ValueSpec? item = option.Value is YamlMapping itemMapping
                    ? ReadMapping(option, itemMapping, ValueSpecKeys.ItemTypes)
                    : context.Values.Choice(option, ValueSpecKeys.ItemTypes, "list item parser") is { } word ? new ValueSpec(ValueSpecKeys.Kind(word)) : null;
                return item is null ? null : spec with { Item = item };
            default:
                throw new InvalidOperationException("The value option '" + option.Key + "' has no reader.");
        }
    }

    /// <summary>
    /// Reads <c>formats:</c> of a date or date-time parser declared elsewhere than <c>value:</c> (a front-matter
    /// field), checked as the runtime's <c>DateOptions</c> and <c>DateTimeOptions</c> check them.
    /// </summary>
    /// <param name="option">The <c>formats</c> entry.</param>
    /// <param name="owner">What declares the parser, for messages: <c>front-matter field 'date'</c>.</param>
    public EquatableArray<string>? DateFormats(KeyedEntry option, string owner) =>
        context.Values.Strings(option) is { } formats && AllValid(formats, option, owner, DateFormatProblem) ? formats.ToEquatableArray() : null;

    /// <summary>Reads <c>offset:</c> of a date-time parser declared elsewhere than <c>value:</c>, in minutes.</summary>
    /// <param name="option">The <c>offset</c> entry.</param>
    /// <param name="owner">What declares the parser, for messages.</param>
    public int? AssumedOffset(KeyedEntry option, string owner) => ReadOffset(option, owner);

    private static string Owner(string type) => "'value: " + type + "'";

    private bool AllValid(List<string> values, KeyedEntry option, string owner, Func<string, string?> problemOf)
    {
        bool valid = true;
        foreach (string value in values)
        {
            if (problemOf(value) is { } problem)
            {
                Invalid(option, owner, value, problem);
                valid = false;
            }
        }

        return valid;
    }

    private ValueSpec? Invalid(KeyedEntry option, string owner, string value, string problem)
    {
        context.Report(DiagnosticCatalog.InvalidValueOption, option.Value.Range, $"'{option.Key}' of {owner}", value, problem);
        return null;
    }

    // As the runtime's DateOptions and DateTimeOptions validate their formats.
    private static string? DateFormatProblem(string format)
    {
        if (format.Trim().Length == 0)
        {
            return "a date format must not be empty";
        }

        try
        {
            _ = new DateTime(1970, 1, 1).ToString(format, CultureInfo.InvariantCulture);
            return null;
        }
        catch (FormatException)
        {
            return "it is not a valid .NET custom date and time format string, such as 'MMMM d, yyyy'";
        }
    }

    // As the runtime's UrlOptions: a letter, then letters, digits, '+', '-' or '.'.
    private static string? SchemeProblem(string scheme)
    {
        bool valid = scheme.Length > 0 && IsAsciiLetter(scheme[0]);
        for (int i = 1; valid && i < scheme.Length; i++)
        {
            char c = scheme[i];
            valid = IsAsciiLetter(c) || c is (>= '0' and <= '9') or '+' or '-' or '.';
        }

        return valid ? null : "a URI scheme is a letter followed by letters, digits, '+', '-' or '.', without the colon";
    }

    // As the runtime's BylineOptions: one word.
    private static string? AgencyProblem(string agency)
    {
        foreach (char c in agency)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "an agency abbreviation is one word, such as 'AP'";
            }
        }

        return null;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    // '+02:00', '-05:30', 'Z' or '+00:00'.
    private int? ReadOffset(KeyedEntry option, string owner)
    {
        string? text = context.Values.String(option);
        if (text is null)
        {
            return null;
        }

        if (text is "Z" or "z")
        {
            return 0;
        }

        if (text.Length == 6 && (text[0] is '+' or '-') && text[3] == ':'
            && int.TryParse(text.Substring(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            && int.TryParse(text.Substring(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            && minutes < 60 && hours * 60 + minutes <= MaxOffsetMinutes)
        {
            int total = hours * 60 + minutes;
            return text[0] == '-' ? -total : total;
        }

        Invalid(option, owner, text, "write the UTC offset as '+hh:mm' or '-hh:mm', within ±14:00, or 'Z'");
        return null;
    }

    // As the runtime's NumberOptions: one character that is not a digit, a sign or a control character; a decimal
    // separator is not white space either.
    private char? Character(KeyedEntry option, string owner, bool decimalPoint)
    {
        string? text = context.Values.String(option);
        if (text is null)
        {
            return null;
        }

        if (text.Length != 1)
        {
            Invalid(option, owner, text, "write exactly one character, in quotes: ',' or ' '");
            return null;
        }

        char c = text[0];
        if (char.IsDigit(c) || c is '+' or '-' or '\u2212' || char.IsControl(c) || (decimalPoint && char.IsWhiteSpace(c)))
        {
            Invalid(option, owner, text, decimalPoint ? "a decimal separator is not a digit, a sign or white space" : "a thousands separator is not a digit or a sign");
            return null;
        }

        return c;
    }

    // An integer reads no decimal separator, so one written '.' for thousands moves the unused decimal one aside; a
    // number needs two different separators (reported at the thousands separator, once both are read).
    private ValueSpec? Separators(KeyedMapping keys, string type, ValueSpec spec)
    {
        if (spec.Kind == TypedValueKind.Integer && spec.GroupSeparator == '.')
        {
            return spec with { DecimalSeparator = ',' };
        }

        return spec.GroupSeparator is { } group && group == spec.DecimalSeparator
            ? Invalid(keys.Find(ValueSpecKeys.GroupSeparator)!, Owner(type), group.ToString(), "the thousands and decimal separators must differ; set 'decimalSeparator' too")
            : spec;
    }
}
