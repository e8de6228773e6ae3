using System;
using System.Text.Json;
using Copydesk.Cli.Commands;
using Copydesk.Cli.Input;
using Copydesk.Json;

namespace Copydesk.Cli.Output;

/// <summary>
/// The result line of a JSON-lines record: the contract line (<c>document</c>, <c>issues</c>) with the record's
/// <c>file</c> (its input), <c>line</c> and <c>id</c> (as written in the input), so results join back to records.
/// </summary>
public static class RecordJson
{
    /// <summary>Writes the result for <paramref name="outcome"/> of <paramref name="record"/> (one line with <see cref="ContractJson.CompactOptions"/>).</summary>
    /// <param name="writer">The writer of the line.</param>
    /// <param name="outcome">What became of the record.</param>
    /// <param name="record">The record.</param>
    /// <param name="writeDocument">Writes the document: its contract JSON when <see langword="null"/>.</param>
    public static void Write(Utf8JsonWriter writer, ArticleOutcome outcome, ArticleRecord record, Action<Utf8JsonWriter, IArticle>? writeDocument = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("file", record.Source);
        writer.WriteNumber("line", record.Line);
        writer.WritePropertyName("id");
        if (record.IdJson is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(record.IdJson, skipInputValidation: true);
        }

        WriteDocumentAndIssues(writer, outcome, writeDocument);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>document</c> (<c>null</c> when there is none) and <c>issues</c> members of a result line.</summary>
    /// <param name="writer">The writer, inside the line's object.</param>
    /// <param name="outcome">What became of the file or record.</param>
    /// <param name="writeDocument">Writes the document: its contract JSON when <see langword="null"/>.</param>
    internal static void WriteDocumentAndIssues(Utf8JsonWriter writer, ArticleOutcome outcome, Action<Utf8JsonWriter, IArticle>? writeDocument)
    {
        writer.WritePropertyName("document");
        if (outcome.Document is null)
        {
            writer.WriteNullValue();
        }
        else if (writeDocument is null)
        {
            outcome.Document.WriteJson(writer);
        }
        else
        {
            writeDocument(writer, outcome.Document);
        }

        writer.WriteStartArray("issues");
        foreach (ArticleIssue issue in outcome.Issues)
        {
            ContractJson.WriteIssue(writer, issue);
        }

        writer.WriteEndArray();
    }
}
