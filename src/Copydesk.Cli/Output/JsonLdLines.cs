using System;
using System.Text.Json;
using Copydesk.Cli.Commands;

namespace Copydesk.Cli.Output;

/// <summary>
/// The result line of <c>--format jsonld</c>: the contract line (<c>{"file","document","issues"}</c>, or a record's
/// line with <c>line</c> and <c>id</c>) whose <c>document</c> is the article's schema.org JSON-LD document, so a
/// batch gives one document per article with the issues that came with it.
/// </summary>
public static class JsonLdLines
{
    /// <summary>Writes the one-line result for <paramref name="outcome"/>; the document is <c>null</c> when the article did not parse.</summary>
    /// <param name="writer">The writer of the line.</param>
    /// <param name="outcome">What became of the file or record.</param>
    /// <exception cref="InvalidOperationException">The article's schema has no <c>jsonLd:</c> mapping.</exception>
    public static void Write(Utf8JsonWriter writer, ArticleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Record is { } record)
        {
            RecordJson.Write(writer, outcome, record, WriteDocument);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("file", outcome.File);
        RecordJson.WriteDocumentAndIssues(writer, outcome, WriteDocument);
        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, IArticle document) =>
        (document as IJsonLdArticle ?? throw new InvalidOperationException("The article's schema has no 'jsonLd:' mapping.")).WriteJsonLd(writer);
}
