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
    public static void Write(Utf8JsonWriter writer, ArticleOutcome outcome, ArticleRecord record)
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

        writer.WritePropertyName("document");
        if (outcome.Document is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            outcome.Document.WriteJson(writer);
        }

        writer.WriteStartArray("issues");
        foreach (ArticleIssue issue in outcome.Issues)
        {
            ContractJson.WriteIssue(writer, issue);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
