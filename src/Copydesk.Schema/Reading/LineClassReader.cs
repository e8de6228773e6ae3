using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the <c>lines</c> section: each class is a mapping of predicates (a conjunction in written order,
/// plus an optional description) or the name of another class.
/// </summary>
internal sealed class LineClassReader
{
    private static readonly string PredicateList = LoadContext.QuotedList(SchemaKeys.Predicates, "or");

    private readonly LoadContext context;

    public LineClassReader(LoadContext context) => this.context = context;

    /// <summary>Reads every declared class; names were validated and registered by <see cref="ArticleReader"/>.</summary>
    public List<LineClass> Read(IReadOnlyList<KeyedEntry> declarations)
    {
        var classes = new List<LineClass>(declarations.Count);
        foreach (KeyedEntry declaration in declarations)
        {
            context.ThrowIfCancellationRequested();
            LineClass? lineClass = ReadClass(declaration);
            if (lineClass is not null)
            {
                classes.Add(lineClass);
            }
        }

        return classes;
    }

    private LineClass? ReadClass(KeyedEntry declaration)
    {
        string name = declaration.Key;
        TextRange range = declaration.KeyNode.Range;
        switch (declaration.Value)
        {
            case YamlScalar { IsNull: false } reference:
                return new LineClass(name, Reference(reference, name), null, range);

            case YamlMapping mapping:
                string where = $"line class '{name}'";
                KeyedMapping keys = KeyedMapping.Read(mapping, where, SchemaKeys.LineClass, context);
                string? description = keys.Find(SchemaKeys.Description) is { } entry ? context.Values.String(entry, nullAllowed: true) : null;
                Predicate? predicate = Conjunction(keys, name);
                if (predicate is null)
                {
                    // Unknown keys were reported already; only a truly empty class needs its own message.
                    if (mapping.Entries.Count == (keys.Find(SchemaKeys.Description) is null ? 0 : 1))
                    {
                        context.Report(DiagnosticCatalog.NoPredicate, declaration.KeyNode.Range, $"Line class '{name}'", PredicateList);
                    }

                    predicate = new AllPredicate(EquatableArray<Predicate>.Empty);
                }

                return new LineClass(name, predicate, description, range);

            default:
                context.ReportAt(declaration.Value, DiagnosticCatalog.InvalidLineClassDefinition, $"Line class '{name}'", declaration.Value.Describe());
                return null;
        }
    }

    /// <summary>
    /// The predicates of the class <paramref name="name"/> written inline on a slot or case; a mapping without any is
    /// CD1033 and matches no line.
    /// </summary>
    public Predicate ReadInline(YamlMapping mapping, string name)
    {
        KeyedMapping keys = KeyedMapping.Read(mapping, $"line class '{name}'", SchemaKeys.Predicates, context);
        if (Conjunction(keys, name) is { } predicate)
        {
            return predicate;
        }

        if (mapping.Entries.Count == 0)
        {
            context.Report(DiagnosticCatalog.NoPredicate, mapping.Range, "The line class written on the slot", PredicateList);
        }

        return new AnyPredicate(EquatableArray<Predicate>.Empty);
    }

    // A mapping's predicates, in written order: one alone stands for itself, several are a conjunction.
    // Recursion through not/all/any is bounded by the YAML depth limit.
    private Predicate? Conjunction(KeyedMapping keys, string owner)
    {
        var predicates = new List<Predicate?>();
        int wordsAt = -1;
        int lengthAt = -1;
        int? minWords = null, maxWords = null, minLength = null, maxLength = null;
        KeyedEntry? maxWordsEntry = null, maxLengthEntry = null;

        foreach (KeyedEntry entry in keys.Entries)
        {
            switch (entry.Key)
            {
                case SchemaKeys.EndsWith:
                    predicates.Add(context.Values.Strings(entry) is { } suffixes ? new EndsWithPredicate(suffixes.ToEquatableArray()) : null);
                    break;
                case SchemaKeys.StartsWith:
                    predicates.Add(context.Values.Strings(entry) is { } prefixes ? new StartsWithPredicate(prefixes.ToEquatableArray()) : null);
                    break;
                case SchemaKeys.MinWords or SchemaKeys.MaxWords:
                    // minWords and maxWords share one predicate, placed where the first of them stands.
                    if (wordsAt < 0)
                    {
                        wordsAt = predicates.Count;
                        predicates.Add(null);
                    }

                    if (entry.Key == SchemaKeys.MinWords)
                    {
                        minWords = context.Values.Count(entry);
                    }
                    else
                    {
                        maxWords = context.Values.Count(entry);
                        maxWordsEntry = entry;
                    }

                    break;
                case SchemaKeys.MinLength or SchemaKeys.MaxLength:
                    if (lengthAt < 0)
                    {
                        lengthAt = predicates.Count;
                        predicates.Add(null);
                    }

                    if (entry.Key == SchemaKeys.MinLength)
                    {
                        minLength = context.Values.Count(entry);
                    }
                    else
                    {
                        maxLength = context.Values.Count(entry);
                        maxLengthEntry = entry;
                    }

                    break;
                case SchemaKeys.Pattern:
                    predicates.Add(context.Values.Pattern(entry) is { } pattern ? new PatternPredicate(pattern) : null);
                    break;
                case SchemaKeys.Not:
                    predicates.Add(Operand(entry, entry.Value, owner) is { } operand ? new NotPredicate(operand) : null);
                    break;
                case SchemaKeys.All or SchemaKeys.Any:
                    predicates.Add(Combination(entry, owner));
                    break;
                case SchemaKeys.Block or SchemaKeys.Level or SchemaKeys.Indent:
                    predicates.Add(new UnitPredicateReader(context).Read(entry));
                    break;
            }
        }

        if (wordsAt >= 0)
        {
            predicates[wordsAt] = new WordCountPredicate(minWords ?? 0, maxWords ?? int.MaxValue);
            CheckOrder(minWords, maxWords, maxWordsEntry, SchemaKeys.MinWords);
        }

        if (lengthAt >= 0)
        {
            predicates[lengthAt] = new LengthPredicate(minLength ?? 0, maxLength ?? int.MaxValue);
            CheckOrder(minLength, maxLength, maxLengthEntry, SchemaKeys.MinLength);
        }

        // A predicate that was reported is left out; the schema is discarded anyway.
        var result = new List<Predicate>(predicates.Count);
        foreach (Predicate? predicate in predicates)
        {
            if (predicate is not null)
            {
                result.Add(predicate);
            }
        }

        bool any = predicates.Count > 0;
        return result.Count switch
        {
            0 => any ? new AllPredicate(EquatableArray<Predicate>.Empty) : null,
            1 => result[0],
            _ => new AllPredicate(result.ToEquatableArray()),
        };
    }

    private Predicate? Combination(KeyedEntry entry, string owner)
    {
        if (entry.Value is not YamlSequence { Items.Count: > 0 } sequence)
        {
            context.ReportAt(entry.Value, DiagnosticCatalog.NotASequence, entry.Key, "line class names or predicate mappings, such as '[label, { maxWords: 6 }]'", entry.Value.Describe());
            return null;
        }

        var operands = new List<Predicate>(sequence.Items.Count);
        foreach (YamlNode item in sequence.Items)
        {
            if (Operand(entry, item, owner) is { } operand)
            {
                operands.Add(operand);
            }
        }

        EquatableArray<Predicate> array = operands.ToEquatableArray();
        return entry.Key == SchemaKeys.All ? new AllPredicate(array) : new AnyPredicate(array);
    }

    // The operand of not/all/any: a class name or a nested mapping of predicates (no description there).
    private Predicate? Operand(KeyedEntry entry, YamlNode node, string owner)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } reference:
                return Reference(reference, owner);
            case YamlMapping mapping:
                KeyedMapping keys = KeyedMapping.Read(mapping, $"'{entry.Key}' of line class '{owner}'", SchemaKeys.Predicates, context);
                Predicate? predicate = Conjunction(keys, owner);
                if (predicate is null && mapping.Entries.Count == 0)
                {
                    context.Report(DiagnosticCatalog.NoPredicate, mapping.Range, $"'{entry.Key}' of line class '{owner}'", PredicateList);
                }

                return predicate;
            default:
                context.ReportAt(node, DiagnosticCatalog.InvalidLineClassDefinition, $"'{entry.Key}' of line class '{owner}'", node.Describe());
                return null;
        }
    }

    private ClassPredicate Reference(YamlScalar reference, string owner)
    {
        string name = reference.Value;
        if (!context.IsLineClass(name))
        {
            context.Report(DiagnosticCatalog.UnknownLineClass, reference.Range, name, context.DidYouMean(name, context.LineClassNames));
        }
        else if (context.DeclaredLineClasses.Contains(name))
        {
            context.LineClassReferences.Add(new LoadContext.Reference(owner, name, reference.Range));
        }

        return new ClassPredicate(name);
    }

    private void CheckOrder(int? min, int? max, KeyedEntry? maxEntry, string minKey)
    {
        if (min is { } low && max is { } high && low > high && maxEntry is not null)
        {
            context.Report(DiagnosticCatalog.BoundsOutOfOrder, maxEntry.Value.Range, $"{minKey}: {low}", $"{maxEntry.Key}: {high}");
        }
    }
}
