using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using Copydesk.Values;

namespace Copydesk.Json;

/// <summary>
/// What a JSON-LD plan writes, one call per property: the generated <c>WriteJsonLd</c> and the interpreter collect
/// a property's values in document order and hand them here, so both write the same bytes. A property without values
/// is not written. Called by generated code; not meant to be called directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonLdWriter
{
    /// <summary>The JSON-LD context of every document.</summary>
    public const string Context = "https://schema.org";

    /// <summary>Starts the document: <c>{"@context":"https://schema.org","@type":<paramref name="type"/></c>.</summary>
    public static void WriteDocumentStart(Utf8JsonWriter writer, string type)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("@context", Context);
        writer.WriteString("@type", type);
    }

    /// <summary>Writes texts: a string, or an array of them when <paramref name="array"/>.</summary>
    public static void WriteText(Utf8JsonWriter writer, string property, List<string> values, bool array)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(property);
        if (!array)
        {
            writer.WriteStringValue(values[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the texts as one string, joined by a blank line.</summary>
    public static void WriteJoinedText(Utf8JsonWriter writer, string property, List<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count > 0)
        {
            writer.WriteString(property, string.Join("\n\n", values));
        }
    }

    /// <summary>The name an attribution gives its agent: the speaker, or the whole line when it names none.</summary>
    public static string AgentName(Attribution value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Speaker ?? value.Text;
    }

    /// <summary>Adds the names of the byline <paramref name="text"/> reads as, or the whole text when it is not a byline.</summary>
    public static void AddBylineNames(List<string> names, string text)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(text);
        ValueResult<Byline> byline = BylineParser.Parse(text);
        if (byline.IsSuccess)
        {
            foreach (string name in byline.Value.Names)
            {
                names.Add(name);
            }
        }
        else
        {
            names.Add(text);
        }
    }

    /// <summary>Writes one <c>{"@type":<paramref name="type"/>,"name":…}</c> per name, as an array when <paramref name="array"/>.</summary>
    public static void WriteAgents(Utf8JsonWriter writer, string property, string type, List<string> names, bool array)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(property);
        if (array)
        {
            writer.WriteStartArray();
        }

        foreach (string name in names)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", type);
            writer.WriteString("name", name);
            writer.WriteEndObject();
            if (!array)
            {
                return;
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes one object of <paramref name="type"/> per item, its properties written by
    /// <paramref name="writeProperties"/>, as an array when <paramref name="array"/>.
    /// </summary>
    public static void WriteObjects<T>(Utf8JsonWriter writer, string property, string type, List<T> items, bool array, Action<Utf8JsonWriter, T> writeProperties)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeProperties);
        if (items.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(property);
        if (array)
        {
            writer.WriteStartArray();
        }

        foreach (T item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", type);
            writeProperties(writer, item);
            writer.WriteEndObject();
            if (!array)
            {
                return;
            }
        }

        writer.WriteEndArray();
    }
}
