using System.Collections.Generic;
using System.Text.Json;
using Copydesk.Json;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;

namespace Copydesk.Interpretation.Json;

/// <summary>
/// Runs a <see cref="JsonLdPlan"/> over an interpreted article: walks each property's path in document order, turns
/// the values into what the plan says and writes them through <see cref="JsonLdWriter"/>, as the generated
/// <c>WriteJsonLd</c> does.
/// </summary>
internal static class ArticleJsonLdWriter
{
    /// <summary>Writes the document of <paramref name="article"/>.</summary>
    public static void Write(Utf8JsonWriter writer, JsonLdPlan plan, InterpretedRecord article)
    {
        JsonLdWriter.WriteDocumentStart(writer, plan.Type);
        WriteProperties(writer, plan.Properties, article);
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, EquatableArray<JsonLdPropertyPlan> properties, InterpretedRecord record)
    {
        foreach (JsonLdPropertyPlan property in properties)
        {
            var nodes = new List<InterpretedNode>();
            Collect(record, property.Path.Steps, 0, nodes);
            switch (property.Form)
            {
                case JsonLdForm.Text:
                    JsonLdWriter.WriteText(writer, property.Name, Texts(nodes), property.IsArray);
                    break;
                case JsonLdForm.JoinedText:
                    JsonLdWriter.WriteJoinedText(writer, property.Name, Texts(nodes));
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
                default:
                    JsonLdWriter.WriteObjects(
                        writer,
                        property.Name,
                        property.ObjectType!,
                        nodes,
                        property.IsArray,
                        (objectWriter, part) => WriteProperties(objectWriter, property.Properties, (InterpretedRecord)part));
                    break;
            }
        }
    }

    private static List<string> Texts(List<InterpretedNode> nodes)
    {
        var texts = new List<string>(nodes.Count);
        foreach (InterpretedNode node in nodes)
        {
            texts.Add(((InterpretedLine)node).Text);
        }

        return texts;
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
