using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Tests.EditorSchema;

/// <summary>
/// A valid schema with one flow mapping per kind of mapping the loader reads (top level, line class, predicate
/// operand, slot, oneOf case, check), and its mutants: each mapping with one key unknown there, one key set to
/// a value of each kind YAML has, or one key removed. The keys come from the loader's tables.
/// </summary>
internal static class SchemaMutants
{
    /// <summary>Values of every YAML kind: words, quoted strings, numbers in and out of range, booleans, null, sequences, mappings.</summary>
    public static readonly string[] Values = ["abc", "'quoted text'", "0", "3", "-1", "99999999999", "'3'", "true", "~", "''", "'  padded '", "[a]", "[]", "{a: 1}", "{}"];

    /// <summary>The mappings: a name, the keys the loader accepts there, and the entries the valid schema writes.</summary>
    public static readonly Context[] Contexts =
    [
        new("TOP", SchemaKeys.TopLevel,
        [
            (SchemaKeys.Copydesk, "1"),
            (SchemaKeys.Type, "Story"),
            (SchemaKeys.Lines, "\n  heading: LINECLASS\n  short: { not: OPERAND }"),
            (SchemaKeys.Parts, "\n  Quote:\n    - text: { line: sentence, value: quoted }\n    - who: { line: heading, value: attribution, repeat: 1+, check: CHECK }"),
            (SchemaKeys.Layout, "\n  - headline: SLOT\n  - quotes: { part: Quote, repeat: 0+ }\n  - body:\n      repeat: 1+\n      oneOf:\n        - quote: Quote\n        - para: CASE"),
        ]),
        new("LINECLASS", SchemaKeys.LineClass, [(SchemaKeys.Not, "sentence")]),
        new("OPERAND", SchemaKeys.Predicates, [(SchemaKeys.MaxWords, "6")]),
        new("SLOT", SchemaKeys.Slot, [(SchemaKeys.Line, "label")]),
        new("CASE", SchemaKeys.Case, [(SchemaKeys.Line, "sentence")]),
        // On a repeated line slot with attribution values, where every rule applies.
        new("CHECK", SchemaKeys.Checks, [(SchemaKeys.Severity, "warning")]),
    ];

    /// <summary>The valid schema.</summary>
    public static string Valid => Render(null);

    /// <summary>Every mutant, described for failure messages.</summary>
    public static IEnumerable<Mutant> All()
    {
        string[] everyKey = Contexts.SelectMany(context => context.Keys).Append("bogus").Distinct().ToArray();
        foreach (Context context in Contexts)
        {
            foreach (string key in everyKey.Except(context.Keys))
            {
                yield return Mutant.Of(MutantKind.UnknownKey, context, key, "1", Set(context, key, "1"));
            }

            foreach (string key in context.Keys)
            {
                foreach (string value in Values)
                {
                    yield return Mutant.Of(MutantKind.WrongValue, context, key, value, Set(context, key, value));
                }
            }

            foreach ((string key, _) in context.Entries)
            {
                yield return Mutant.Of(MutantKind.MissingKey, context, key, null, Render((context, context.Entries.Where(entry => entry.Key != key).ToList())));
            }
        }
    }

    private static string Set(Context context, string key, string value)
    {
        List<(string Key, string Value)> entries = context.Entries.Where(entry => entry.Key != key).ToList();
        int at = context.Entries.FindIndex(entry => entry.Key == key);
        entries.Insert(at < 0 ? entries.Count : at, (key, value));
        return Render((context, entries));
    }

    private static string Render((Context Context, List<(string Key, string Value)> Entries)? mutation)
    {
        string Entries(Context context) => Write(context, mutation is { } m && m.Context == context ? m.Entries : context.Entries);

        string text = Entries(Contexts[0]);
        // Placeholders are replaced innermost last: each context appears once.
        foreach (Context context in Contexts.Skip(1))
        {
            text = text.Replace(context.Name, Entries(context));
        }

        return text;
    }

    private static string Write(Context context, List<(string Key, string Value)> entries) => context.Name == "TOP"
        ? string.Concat(entries.Select(entry => $"{entry.Key}: {entry.Value}\n"))
        : "{ " + string.Join(", ", entries.Select(entry => $"{entry.Key}: {entry.Value}")) + " }";

    /// <summary>One kind of mapping of the valid schema.</summary>
    internal sealed record Context(string Name, string[] Keys, List<(string Key, string Value)> Entries);
}

/// <summary>How a mutant differs from the valid schema.</summary>
internal enum MutantKind
{
    /// <summary>A key the mapping does not accept.</summary>
    UnknownKey,

    /// <summary>An accepted key with a value of some YAML kind.</summary>
    WrongValue,

    /// <summary>A key of the valid schema left out.</summary>
    MissingKey,
}

/// <summary>A schema that differs from the valid one in one key of one mapping.</summary>
internal sealed record Mutant(MutantKind Kind, string Where, string Key, string? Value, string Yaml)
{
    public static Mutant Of(MutantKind kind, SchemaMutants.Context context, string key, string? value, string yaml) =>
        new(kind, context.Name, key, value, yaml);

    public override string ToString() => $"{Kind} in {Where}: {Key}{(Value is null ? string.Empty : ": " + Value)}";
}
