using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Corpus;

/// <summary>
/// Builds the lines of a well-formed article by walking a schema's layout: it picks repeat counts, whether optional
/// slots and <c>after:</c> sections are present, and a case of each <c>oneOf</c>, and writes a fitting line for each
/// line slot and marker. The result usually parses; PEG choices (a sentence then a two-word heading reads as a quote)
/// mean it need not, which the parity tests welcome.
/// </summary>
public sealed class ArticleBuilder
{
    // Parts are not recursive in a loaded schema; the limit only keeps a hand-built one finite.
    private const int MaxDepth = 32;

    private readonly ArticleSchema schema;
    private readonly Dictionary<string, Part> parts = new(StringComparer.Ordinal);
    private readonly MarkdownBlocks? markdown;

    /// <summary>Prepares articles for <paramref name="schema"/>.</summary>
    public ArticleBuilder(ArticleSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        this.schema = schema;
        Lines = new LineSynthesizer(schema);
        markdown = schema.Input.Kind == InputKind.Markdown ? new MarkdownBlocks(schema) : null;
        foreach (Part part in schema.Parts)
        {
            parts[part.Name] = part;
        }
    }

    /// <summary>The line writer, shared with mutations.</summary>
    public LineSynthesizer Lines { get; }

    // For a Markdown schema, the text as the block its class asks for.
    private string Block(string className, string text, Random random) => markdown is null ? text : markdown.Write(className, text, random);

    /// <summary>The lines of one article, without line ends.</summary>
    public List<string> Build(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var output = new List<string>();
        WriteSlots(schema.Layout, output, random, 0);
        return output;
    }

    private void WriteSlots(EquatableArray<Slot> slots, List<string> output, Random random, int depth)
    {
        foreach (Slot slot in slots)
        {
            if (slot.After is not null)
            {
                if (random.Next(4) == 0)
                {
                    continue;
                }

                output.Add(LineSynthesizer.Marker(slot.AfterMarker!, random));
            }

            int count = slot.Cardinality switch
            {
                Cardinality.One => 1,
                Cardinality.Optional => random.Next(5) < 3 ? 1 : 0,
                _ => RepeatCount(slot, random),
            };
            for (int i = 0; i < count; i++)
            {
                WriteOne(slot, output, random, depth);
            }
        }
    }

    private static int RepeatCount(Slot slot, Random random)
    {
        int extra = random.Next(10) == 0 ? random.Next(13) : random.Next(4);
        long count = (long)slot.Min + extra;
        return (int)Math.Min(count, slot.Max);
    }

    private void WriteOne(Slot slot, List<string> output, Random random, int depth)
    {
        switch (slot)
        {
            case LineSlot line:
                output.Add(Block(line.LineClass, Lines.Line(line.LineClass, random, Hint(slot.Name, line.LineClass, line.Value)), random));
                break;
            case MarkerSlot marker:
                output.Add(LineSynthesizer.Marker(marker.Marker, random));
                break;
            case PartSlot part:
                WritePart(part.Part, output, random, depth);
                break;
            case OneOfSlot oneOf when oneOf.Cases.Count > 0:
                switch (oneOf.Cases[random.Next(oneOf.Cases.Count)])
                {
                    case PartCase partCase:
                        WritePart(partCase.Part, output, random, depth);
                        break;
                    case LineCase lineCase:
                        output.Add(Block(lineCase.LineClass, Lines.Line(lineCase.LineClass, random, Hint(lineCase.Name, lineCase.LineClass, lineCase.Value)), random));
                        break;
                }

                break;
        }
    }

    private static string Hint(string name, string lineClass, ValueKind value) =>
        name + " " + lineClass + (value == ValueKind.Quoted ? " quoted" : value == ValueKind.Attribution ? " attribution" : string.Empty);

    private void WritePart(string name, List<string> output, Random random, int depth)
    {
        if (depth < MaxDepth && parts.TryGetValue(name, out Part? part))
        {
            WriteSlots(part.Slots, output, random, depth + 1);
        }
    }
}
