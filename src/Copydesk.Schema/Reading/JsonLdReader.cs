using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.JsonLd;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the <c>jsonLd:</c> section: <c>type</c>, then one entry per schema.org property, each a path
/// (<c>headline: headline</c>), a list of paths (<c>articleBody: [lead.paragraph, paragraphs]</c>) or a mapping with <c>from</c>, an optional <c>type</c> and, for a part, the
/// properties of the object it becomes. What the names mean is checked by <see cref="JsonLdPlanner"/>.
/// </summary>
internal sealed class JsonLdReader
{
    private readonly LoadContext context;

    public JsonLdReader(LoadContext context) => this.context = context;

    public JsonLdMapping? Read(KeyedEntry entry)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping from schema.org properties to slots, such as '{ type: NewsArticle, headline: headline }'");
            return null;
        }

        KeyedMapping keyed = KeyedMapping.Read(mapping, "'jsonLd'", null, context);
        string type = SchemaOrgTerms.DefaultDocumentType;
        TextRange typeRange = entry.KeyNode.Range;
        if (keyed.Find(SchemaKeys.Type) is { } typeEntry && context.Values.String(typeEntry) is { } written)
        {
            type = written;
            typeRange = typeEntry.Value.Range;
        }

        return new JsonLdMapping(type, Properties(keyed, skip: null)) { TypeRange = typeRange };
    }

    private EquatableArray<JsonLdPropertyMapping> Properties(KeyedMapping keyed, string? skip)
    {
        var properties = new List<JsonLdPropertyMapping>(keyed.Entries.Count);
        foreach (KeyedEntry property in keyed.Entries)
        {
            if (property.Key is SchemaKeys.Type || property.Key == skip)
            {
                continue;
            }

            if (Property(property) is { } read)
            {
                properties.Add(read);
            }
        }

        return properties.ToEquatableArray();
    }

    private JsonLdPropertyMapping? Property(KeyedEntry entry)
    {
        switch (entry.Value)
        {
            case YamlScalar { IsNull: false } scalar when scalar.Value.Length > 0:
                return new JsonLdPropertyMapping(entry.Key, scalar.Value, null, EquatableArray<JsonLdPropertyMapping>.Empty)
                {
                    NameRange = entry.KeyNode.Range,
                    FromRange = scalar.Range,
                    TypeRange = entry.KeyNode.Range,
                };
            case YamlSequence { Items.Count: > 0 } list when list.Items.TrueForAll(item => item is YamlScalar { IsNull: false, Value.Length: > 0 }):
                var more = new List<JsonLdMorePath>(list.Items.Count - 1);
                for (int i = 1; i < list.Items.Count; i++)
                {
                    more.Add(new JsonLdMorePath(((YamlScalar)list.Items[i]).Value, list.Items[i].Range));
                }

                return new JsonLdPropertyMapping(entry.Key, ((YamlScalar)list.Items[0]).Value, null, EquatableArray<JsonLdPropertyMapping>.Empty)
                {
                    NameRange = entry.KeyNode.Range,
                    FromRange = list.Items[0].Range,
                    TypeRange = entry.KeyNode.Range,
                    MoreFrom = more.ToEquatableArray(),
                };
            case YamlMapping mapping:
                KeyedMapping keyed = KeyedMapping.Read(mapping, $"'{entry.Key}'", null, context);
                if (keyed.Find(SchemaKeys.From) is not { } from)
                {
                    context.Report(DiagnosticCatalog.MissingKey, entry.KeyNode.Range, $"'{entry.Key}'", $"'{SchemaKeys.From}', the path of its value");
                    return null;
                }

                string? path = context.Values.String(from);
                KeyedEntry? typeEntry = keyed.Find(SchemaKeys.Type);
                string? type = typeEntry is null ? null : context.Values.String(typeEntry);
                if (path is null || (typeEntry is not null && type is null))
                {
                    return null;
                }

                return new JsonLdPropertyMapping(entry.Key, path, type, Properties(keyed, SchemaKeys.From))
                {
                    NameRange = entry.KeyNode.Range,
                    FromRange = from.Value.Range,
                    TypeRange = typeEntry?.Value.Range ?? entry.KeyNode.Range,
                };
            default:
                context.ReportWrongKind(entry.Value, entry.Key, "the path of a value, such as 'headline', a list of paths whose values follow one another, such as '[lead.paragraph, paragraphs]', or a mapping with 'from', such as '{ from: inDepth, type: CreativeWork, name: title }'");
                return null;
        }
    }
}
