using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Copydesk.Json;

/// <summary>
/// Writes the contract JSON: the article shape of the schema language (section 6) and the one-line
/// result records of the command-line contract (section 8).
/// </summary>
public static class ContractJson
{
    // A document nests only as deep as its schema nests parts, and no part may contain itself, so the depth is bounded
    // by the schema, never by the article. Utf8JsonWriter's default limit (1,000 levels) would only turn a document
    // the parser produced into an exception; the contract's writers have none.
    private const int AnyDepth = int.MaxValue;

    /// <summary>Writer options for compact contract JSON, without a nesting limit.</summary>
    public static JsonWriterOptions CompactOptions { get; } = new() { Encoder = ContractJsonEncoder.Instance, Indented = false, MaxDepth = AnyDepth };

    /// <summary>
    /// Writer options for indented contract JSON (two spaces; LF line ends from .NET 9 on, the platform's before),
    /// without a nesting limit.
    /// </summary>
    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Encoder = ContractJsonEncoder.Instance,
        Indented = true,
        MaxDepth = AnyDepth,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Writes an attribution value: <c>{ "text", "speaker", "context" }</c>.</summary>
    public static void WriteAttribution(Utf8JsonWriter writer, Attribution value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        writer.WriteString("speaker", value.Speaker);
        writer.WriteString("context", value.Context);
        writer.WriteEndObject();
    }

    /// <summary>Writes an issue as <c>{ "code", "severity", "path", "line", "column", "message" }</c>.</summary>
    public static void WriteIssue(Utf8JsonWriter writer, ArticleIssue issue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(issue);
        writer.WriteStartObject();
        writer.WriteString("code", issue.Code);
        writer.WriteString("severity", issue.Severity.ToName());
        writer.WriteString("path", issue.Path);
        writer.WriteNumber("line", issue.Span.Line);
        writer.WriteNumber("column", issue.Span.Column);
        writer.WriteString("message", issue.Message);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one command-line result record: <c>{"file", "document", "issues"}</c>, where the document
    /// is <see langword="null"/> when the article did not parse.
    /// </summary>
    public static void WriteResult(Utf8JsonWriter writer, string file, IArticle? document, IEnumerable<ArticleIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(issues);
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WritePropertyName("document");
        if (document is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            document.WriteJson(writer);
        }

        writer.WritePropertyName("issues");
        writer.WriteStartArray();
        foreach (ArticleIssue issue in issues)
        {
            WriteIssue(writer, issue);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns the article as a contract JSON string.</summary>
    public static string Serialize(IArticle document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Write(writer => document.WriteJson(writer), indented);
    }

    /// <summary>Returns the command-line result record of one file as a single line of JSON.</summary>
    public static string SerializeResult(string file, IArticle? document, IEnumerable<ArticleIssue> issues) =>
        Write(writer => WriteResult(writer, file, document, issues), indented: false);

    private static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : CompactOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
