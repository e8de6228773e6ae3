using System;
using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the predicates on a unit rather than its text: <c>block:</c> (its kind), <c>level:</c> (a heading's level) and
/// <c>indent:</c> (its indentation in columns). A kind or level the schema's input model never makes is reported, since
/// the class could never match.
/// </summary>
internal sealed class UnitPredicateReader
{
    private readonly LoadContext context;

    public UnitPredicateReader(LoadContext context) => this.context = context;

    public Predicate? Read(KeyedEntry entry) => entry.Key switch
    {
        SchemaKeys.Block => Block(entry),
        SchemaKeys.Level => Level(entry),
        _ => context.Values.Range(entry, forRepeat: false) is { } indent ? new IndentPredicate(indent.Min, indent.Max) : null,
    };

    private Predicate? Block(KeyedEntry entry)
    {
        List<string>? names = context.Values.Strings(entry);
        if (names is null)
        {
            return null;
        }

        foreach (string name in names)
        {
            if (Array.IndexOf(SchemaKeys.BlockKinds, name) < 0)
            {
                context.Report(DiagnosticCatalog.UnknownReference, entry.Value.Range, "block kind", name, context.ChoiceHint(name, SchemaKeys.BlockKinds));
                return null;
            }

            if (!Makes(context.Input.Kind, name))
            {
                context.Report(DiagnosticCatalog.BlockKindNeverRead, entry.Value.Range, name, InputName() + " makes only " + Made(context.Input.Kind), Fix(context.Input.Kind));
            }

        }

        return new BlockPredicate(names.ToEquatableArray());
    }

    private Predicate? Level(KeyedEntry entry)
    {
        if (context.Values.Range(entry, forRepeat: false) is not { } level)
        {
            return null;
        }

        if (context.Input.Kind != InputKind.Markdown)
        {
            context.Report(DiagnosticCatalog.LevelWithoutHeadings, entry.KeyNode.Range, InputName());
        }

        return new LevelPredicate(level.Min, level.Max);
    }

    private static bool Makes(InputKind input, string kind) => input switch
    {
        InputKind.Lines => kind == SchemaKeys.BlockKinds[0],
        InputKind.Paragraphs => kind == SchemaKeys.BlockKinds[1],
        _ => kind != SchemaKeys.BlockKinds[0],
    };

    private static string Made(InputKind input) => input switch
    {
        InputKind.Lines => "'line'",
        InputKind.Paragraphs => "'paragraph'",
        _ => "Markdown block",
    };

    private static string Fix(InputKind input) => input == InputKind.Markdown
        ? "Markdown has no 'line' units: test 'paragraph' or another block kind"
        : "read the text with 'input: markdown' to test Markdown blocks";

    private string InputName() => "'input: " + SchemaKeys.Inputs[(int)context.Input.Kind] + "'";
}
