using System.Collections.Generic;
using System.Text.Json;
using Copydesk.Json;
using Copydesk.Markup.FrontMatter;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text.Quotes;

namespace Copydesk.Interpretation.Json;

/// <summary>
/// Runs a <see cref="JsonLdPlan"/> over an interpreted article: walks each property's path in document order, turns
/// the values into what the plan says and writes them through <see cref="JsonLdWriter"/>, as the generated
/// <c>WriteJsonLd</c> does.
/// </summary>
internal static class ArticleJsonLdWriter
{
    /// <summary>Writes the document of <paramref name="article"/>, whose front matter is <paramref name="frontMatter"/> (when its schema declares one).</summary>
    public static void Write(Utf8JsonWriter writer, JsonLdPlan plan, InterpretedRecord article, FrontMatterValues? frontMatter)
    {
        JsonLdWriter.WriteDocumentStart(writer, plan.Type);
        WriteProperties(writer, plan.Properties, article, frontMatter);
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, EquatableArray<JsonLdPropertyPlan> properties, InterpretedRecord record, FrontMatterValues? frontMatter)
    {
        foreach (JsonLdPropertyPlan property in properties)
        {
            if (property.Path.IsFrontMatter)
            {
                WriteFrontMatterProperty(writer, property, frontMatter);
                continue;
            }

            var nodes = new List<InterpretedNode>();
            var texts = new List<string>();
            foreach (JsonLdPath path in property.Paths)
            {
                var read = new List<InterpretedNode>();
                Collect(record, path.Steps, 0, read);
                if (path.CaptureField is { } field)
                {
                    read = Fields(read, field.FieldIndex);
                }

                nodes.AddRange(read);
                if (property.Form is JsonLdForm.Text or JsonLdForm.JoinedText)
                {
                    texts.AddRange(Texts(read, path));
                }
            }

            switch (property.Form)
            {
                case JsonLdForm.Text:
                    JsonLdWriter.WriteText(writer, property.Name, texts, property.IsArray);
                    break;
                case JsonLdForm.JoinedText:
                    JsonLdWriter.WriteJoinedText(writer, property.Name, texts);
                    break;
                case JsonLdForm.Agent:
                    var names = new List<string>(nodes.Count);
                    foreach (InterpretedNode node in nodes)
                    {
                        names.Add(node is InterpretedAttribution attribution ? JsonLdWriter.AgentName(attribution.Value) : ((InterpretedLine)node).Text);
                    }

                    JsonLdWriter.WriteAgents(writer, property.Name, property.ObjectType!, names, property.IsArray);
                    break;
                case JsonLdForm.BylineAgents:
                    var bylineNames = new List<string>(nodes.Count);
                    foreach (InterpretedNode node in nodes)
                    {
                        JsonLdWriter.AddBylineNames(bylineNames, ((InterpretedLine)node).Text);
                    }

                    JsonLdWriter.WriteAgents(writer, property.Name, property.ObjectType!, bylineNames, property.IsArray);
                    break;
                case JsonLdForm.Quotations:
                    var quotations = new List<Quotation>();
                    foreach (InterpretedNode node in nodes)
                    {
                        quotations.AddRange(((InterpretedQuotes)node).Value.Quotes);
                    }

                    JsonLdWriter.WriteQuotations(writer, property.Name, quotations);
                    break;
                default:
                    JsonLdWriter.WriteObjects(
                        writer,
                        property.Name,
                        property.ObjectType!,
                        nodes,
                        property.IsArray,
                        (objectWriter, part) => WriteProperties(objectWriter, property.Properties, (InterpretedRecord)part, null));
                    break;
            }
        }
    }

    // The values of one field of captured lines, for the lines that captured one.
    private static List<InterpretedNode> Fields(List<InterpretedNode> captures, int index)
    {
        var values = new List<InterpretedNode>(captures.Count);
        foreach (InterpretedNode node in captures)
        {
            if (((InterpretedCapture)node).Fields[index].Value is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    // A date, a date-time or a URL is written as its value (nothing when its parser refused the text); any other line as its text.
    private static List<string> Texts(List<InterpretedNode> nodes, JsonLdPath path)
    {
        var texts = new List<string>(nodes.Count);
        foreach (InterpretedNode node in nodes)
        {
            if (path.KeepsDataType)
            {
                JsonLdWriter.AddObject(texts, ((InterpretedValue)node).Value.Value);
            }
            else
            {
                texts.Add(((InterpretedLine)node).Text);
            }
        }

        return texts;
    }

    // A front-matter field gives text values only: as text, joined, or the names of Person or Organization agents.
    private static void WriteFrontMatterProperty(Utf8JsonWriter writer, JsonLdPropertyPlan property, FrontMatterValues? frontMatter)
    {
        var values = new List<string>();
        if (frontMatter is not null)
        {
            CollectFields(frontMatter, property.Path.FrontMatter, 0, values);
        }

        switch (property.Form)
        {
            case JsonLdForm.Text:
                JsonLdWriter.WriteText(writer, property.Name, values, property.IsArray);
                break;
            case JsonLdForm.JoinedText:
                JsonLdWriter.WriteJoinedText(writer, property.Name, values);
                break;
            case JsonLdForm.BylineAgents:
                var names = new List<string>(values.Count);
                foreach (string value in values)
                {
                    JsonLdWriter.AddBylineNames(names, value);
                }

                JsonLdWriter.WriteAgents(writer, property.Name, property.ObjectType!, names, property.IsArray);
                break;
            default:
                JsonLdWriter.WriteAgents(writer, property.Name, property.ObjectType!, values, property.IsArray);
                break;
        }
    }

    private static void CollectFields(FrontMatterValues record, EquatableArray<JsonLdFieldStep> steps, int index, List<string> into)
    {
        object? value = record[steps[index].FieldIndex];
        if (steps[index].IsList)
        {
            if (value is NodeList<object> items)
            {
                foreach (object item in items)
                {
                    Field(item, steps, index, into);
                }
            }
        }
        else
        {
            Field(value, steps, index, into);
        }
    }

    private static void Field(object? value, EquatableArray<JsonLdFieldStep> steps, int index, List<string> into)
    {
        if (index + 1 == steps.Count)
        {
            JsonLdWriter.AddObject(into, value);
        }
        else if (value is FrontMatterValues nested)
        {
            CollectFields(nested, steps, index + 1, into);
        }
    }

    // Depth-first over the steps, so values come in document order.
    private static void Collect(InterpretedRecord record, EquatableArray<JsonLdStep> steps, int index, List<InterpretedNode> into)
    {
        JsonLdStep step = steps[index];
        InterpretedField field = record.Fields[step.SlotIndex];
        if (field.IsList)
        {
            foreach (InterpretedNode item in field.Items)
            {
                Step(item, steps, index, into);
            }
        }
        else if (field.Value is { } value)
        {
            Step(value, steps, index, into);
        }
    }

    private static void Step(InterpretedNode node, EquatableArray<JsonLdStep> steps, int index, List<InterpretedNode> into)
    {
        if (steps[index].CaseIndex >= 0)
        {
            if (node is not InterpretedCase item || item.CaseIndex != steps[index].CaseIndex)
            {
                return;
            }

            node = item.Value;
        }

        if (index + 1 == steps.Count)
        {
            into.Add(node);
        }
        else
        {
            Collect((InterpretedRecord)node, steps, index + 1, into);
        }
    }
}
