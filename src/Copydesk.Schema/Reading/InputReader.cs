using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads <c>input:</c>, the input model: a kind written alone (<c>input: paragraphs</c>) or a mapping of the kind and
/// its options (<c>input: { kind: paragraphs, indentStartsParagraph: true }</c>). A mistake is reported and the
/// default, <c>lines</c>, read instead.
/// </summary>
internal sealed class InputReader
{
    private readonly LoadContext context;

    public InputReader(LoadContext context) => this.context = context;

    public InputModel Read(KeyedEntry entry)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            return new InputModel(Kind(entry), false);
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, "'input'", SchemaKeys.InputOptions, context);
        KeyedEntry? kindEntry = keys.Find(SchemaKeys.InputKind);
        InputKind kind = kindEntry is null ? InputKind.Lines : Kind(kindEntry);
        if (kindEntry is null)
        {
            context.Report(DiagnosticCatalog.MissingKey, mapping.Range, "'input'", $"'{SchemaKeys.InputKind}'");
        }

        bool indentStartsParagraph = false;
        if (keys.Find(SchemaKeys.IndentStartsParagraph) is { } indentEntry)
        {
            indentStartsParagraph = context.Values.Bool(indentEntry) ?? false;
            if (kindEntry is not null && kind != InputKind.Paragraphs)
            {
                context.Report(
                    DiagnosticCatalog.OptionNotApplicable,
                    indentEntry.KeyNode.Range,
                    SchemaKeys.IndentStartsParagraph,
                    $"'{SchemaKeys.InputKind}: {SchemaKeys.ParagraphsInput}'",
                    $"remove it, or read the text as paragraphs");
            }
        }

        return new InputModel(kind, indentStartsParagraph);
    }

    private InputKind Kind(KeyedEntry entry) => context.Values.Choice(entry, SchemaKeys.Inputs, "input") switch
    {
        SchemaKeys.ParagraphsInput => InputKind.Paragraphs,
        SchemaKeys.MarkdownInput => InputKind.Markdown,
        _ => InputKind.Lines,
    };
}
