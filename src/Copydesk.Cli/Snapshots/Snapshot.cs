using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Copydesk.Json;

namespace Copydesk.Cli.Snapshots;

/// <summary>
/// The expected files beside an article, in the layout of the repository's authored articles: <c>NAME.expected.json</c>
/// holds the document's contract JSON (<c>null</c> when the article does not parse) and
/// <c>NAME.expected-issues.json</c> its issues (<c>code</c>, <c>severity</c>, <c>path</c>, <c>line</c>,
/// <c>column</c>, <c>message</c>), both indented by two spaces with literal non-ASCII text and a final line feed.
/// </summary>
public static class Snapshot
{
    /// <summary>The document's expected file for <paramref name="article"/>: <c>NAME.expected.json</c>.</summary>
    public static string DocumentPath(string article) => Beside(article, ".expected.json");

    /// <summary>The issues' expected file for <paramref name="article"/>: <c>NAME.expected-issues.json</c>.</summary>
    public static string IssuesPath(string article) => Beside(article, ".expected-issues.json");

    /// <summary>The document as its expected file holds it.</summary>
    public static string RenderDocument(IArticle? document) =>
        (document is null ? "null" : ContractJson.Serialize(document, indented: true)) + "\n";

    /// <summary>The issues as their expected file holds them.</summary>
    public static string RenderIssues(IReadOnlyList<ArticleIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.IndentedOptions))
        {
            writer.WriteStartArray();
            foreach (ArticleIssue issue in issues)
            {
                ContractJson.WriteIssue(writer, issue);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    /// <summary>
    /// Whether an expected file's text says the same as the actual rendering. JSON is compared as values, so layout and
    /// key order do not matter; with <paramref name="issues"/>, an expected issue may leave out fields (often
    /// <c>message</c>) that it does not pin. Text that is not JSON matches nothing.
    /// </summary>
    /// <param name="expected">The expected file's text.</param>
    /// <param name="actual">The rendering of what the article gives now.</param>
    /// <param name="issues">Whether these are issue lists rather than a document.</param>
    public static bool Matches(string expected, string actual, bool issues)
    {
        JsonNode? expectedNode;
        try
        {
            expectedNode = JsonNode.Parse(expected);
        }
        catch (JsonException)
        {
            return false;
        }

        JsonNode? actualNode = JsonNode.Parse(actual);
        if (!issues)
        {
            return JsonNode.DeepEquals(expectedNode, actualNode);
        }

        return expectedNode is JsonArray expectedIssues
            && actualNode is JsonArray actualIssues
            && expectedIssues.Count == actualIssues.Count
            && expectedIssues.Zip(actualIssues).All(pair => Covers(pair.First, pair.Second));
    }

    // An expected issue matches when every field it has is the actual issue's.
    private static bool Covers(JsonNode? expected, JsonNode? actual) =>
        expected is JsonObject expectedIssue && actual is JsonObject actualIssue
            ? expectedIssue.All(property => actualIssue.TryGetPropertyValue(property.Key, out JsonNode? value) && JsonNode.DeepEquals(property.Value, value))
            : JsonNode.DeepEquals(expected, actual);

    private static string Beside(string article, string suffix)
    {
        ArgumentNullException.ThrowIfNull(article);
        string name = Path.GetFileName(article);
        int dot = name.LastIndexOf('.');
        string stem = dot > 0 ? name[..dot] : name;
        return Path.Join(Path.GetDirectoryName(article), stem + suffix);
    }
}
