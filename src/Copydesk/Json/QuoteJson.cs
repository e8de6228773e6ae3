using System;
using System.Text.Json;
using Copydesk.Text.Quotes;

namespace Copydesk.Json;

/// <summary>
/// Writes a paragraph read with <c>value: quotes</c> as contract JSON:
/// <c>{ "text", "quotes": [{ "text", "speaker", "cue", "resolvedSpeaker", "span": { "line", "column", "endLine", "endColumn" } }] }</c>.
/// Generated code and the interpreter write quotes through this one method.
/// </summary>
public static class QuoteJson
{
    /// <summary>Writes <paramref name="paragraph"/> and its quotations.</summary>
    public static void WriteQuotedParagraph(Utf8JsonWriter writer, QuotedParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(paragraph);
        writer.WriteStartObject();
        writer.WriteString("text", paragraph.Text);
        writer.WriteStartArray("quotes");
        foreach (Quotation quotation in paragraph.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", quotation.Text);
            writer.WriteString("speaker", quotation.Speaker);
            writer.WriteString("cue", quotation.Cue);
            writer.WriteString("resolvedSpeaker", quotation.ResolvedSpeaker);
            writer.WriteStartObject("span");
            writer.WriteNumber("line", quotation.Span.Line);
            writer.WriteNumber("column", quotation.Span.Column);
            writer.WriteNumber("endLine", quotation.Span.EndLine);
            writer.WriteNumber("endColumn", quotation.Span.EndColumn);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
