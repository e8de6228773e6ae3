using System.Text.Json;
using Copydesk.Interpretation.Binding;
using Copydesk.Json;
using Copydesk.Markup.FrontMatter;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Model;

namespace Copydesk.Interpretation.Json;

/// <summary>
/// Writes an interpreted article as contract JSON under the plan's names: lists as arrays, absent values as
/// <c>null</c>, attributions as objects, <c>oneOf</c> items as objects led by <c>"$type"</c> (a part case's fields
/// follow it, a line case has the one field <c>"text"</c>).
/// </summary>
internal static class ArticleJsonWriter
{
    /// <summary>Writes the article, led by its front matter when the schema declares one.</summary>
    public static void Write(Utf8JsonWriter writer, BoundOwner layout, InterpretedRecord article, FrontMatterValues? frontMatter)
    {
        writer.WriteStartObject();
        if (frontMatter is not null)
        {
            writer.WritePropertyName(FrontMatterNames.JsonName);
            FrontMatterJson.Write(writer, frontMatter);
        }

        WriteFields(writer, layout, article);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, BoundOwner owner, InterpretedRecord value)
    {
        BoundSlot[] slots = owner.Slots;
        for (int i = 0; i < slots.Length; i++)
        {
            BoundSlot slot = slots[i];
            InterpretedField field = value.Fields[i];
            writer.WritePropertyName(slot.JsonName);
            if (slot.Cardinality == Cardinality.Repeat)
            {
                writer.WriteStartArray();
                foreach (InterpretedNode item in field.Items)
                {
                    WriteElement(writer, slot, item);
                }

                writer.WriteEndArray();
            }
            else if (field.Value is { } present)
            {
                WriteElement(writer, slot, present);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, BoundSlot slot, InterpretedNode value)
    {
        switch (slot.Kind)
        {
            case ReadKind.Part:
                writer.WriteStartObject();
                WriteFields(writer, slot.Part!, (InterpretedRecord)value);
                writer.WriteEndObject();
                break;
            case ReadKind.OneOf:
                WriteCase(writer, slot, (InterpretedCase)value);
                break;
            default:
                WriteLine(writer, (InterpretedLine)value);
                break;
        }
    }

    private static void WriteCase(Utf8JsonWriter writer, BoundSlot slot, InterpretedCase item)
    {
        BoundCase @case = slot.Cases[item.CaseIndex];
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Type, @case.JsonName);
        if (@case.Part is not null)
        {
            WriteFields(writer, @case.Part, (InterpretedRecord)item.Value);
        }
        else
        {
            writer.WritePropertyName(JsonNames.Text);
            WriteLine(writer, (InterpretedLine)item.Value);
        }

        writer.WriteEndObject();
    }

    // A captured record: its fields in order, absent ones null.
    private static void WriteCapture(Utf8JsonWriter writer, InterpretedCapture capture)
    {
        writer.WriteStartObject();
        foreach (InterpretedField field in capture.Fields)
        {
            writer.WritePropertyName(field.Name);
            if (field.Value is InterpretedLine present)
            {
                WriteLine(writer, present);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    // Marker values are always text; a line slot's value parser decides between a string, an attribution, quotes and a typed value.
    private static void WriteLine(Utf8JsonWriter writer, InterpretedLine value)
    {
        if (value is InterpretedAttribution attribution)
        {
            ContractJson.WriteAttribution(writer, attribution.Value);
        }
        else if (value is InterpretedQuotes quotes)
        {
            QuoteJson.WriteQuotedParagraph(writer, quotes.Value);
        }
        else if (value is InterpretedValue typed)
        {
            ValueJson.WriteObject(writer, typed.Value.Value);
        }
        else if (value is InterpretedValueList list)
        {
            ValueJson.WriteList(writer, list.Value.Value);
        }
        else if (value is InterpretedCapture capture)
        {
            WriteCapture(writer, capture);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
