using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace Copydesk.Interpreter.Tests.JsonLd;

/// <summary>
/// The schema.org vocabulary excerpt (JsonLd/schemaorg-excerpt.jsonld, see JsonLd/NOTICE.md) and what it says a
/// JSON-LD document may hold: each property given to a type in its domain, each value of a type in its range.
/// </summary>
internal sealed class SchemaOrgVocabulary
{
    private static readonly Lazy<SchemaOrgVocabulary> Shared = new(() => new SchemaOrgVocabulary(Path.Combine(AppContext.BaseDirectory, "JsonLd", "schemaorg-excerpt.jsonld")));

    private static readonly Lazy<JsonSchema> GoogleSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "JsonLd", "google-newsarticle.schema.json"))));

    private readonly Dictionary<string, string[]> superclasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Domains, string[] Ranges)> properties = new(StringComparer.Ordinal);

    private SchemaOrgVocabulary(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonElement term in document.RootElement.GetProperty("@graph").EnumerateArray())
        {
            string id = Name(term.GetProperty("@id"));
            if (term.TryGetProperty("schema:domainIncludes", out JsonElement domains))
            {
                properties.Add(id, (Names(domains), Names(term.GetProperty("schema:rangeIncludes"))));
            }
            else
            {
                superclasses.Add(id, term.TryGetProperty("rdfs:subClassOf", out JsonElement parents) ? Names(parents) : []);
            }
        }
    }

    public static SchemaOrgVocabulary Instance => Shared.Value;

    /// <summary>The domains and ranges of <paramref name="property"/>, or null when schema.org has no such property.</summary>
    public (string[] Domains, string[] Ranges)? Property(string property) => properties.TryGetValue(property, out var term) ? term : null;

    /// <summary>Whether <paramref name="type"/> is <paramref name="ancestor"/> or a subclass of it.</summary>
    public bool IsA(string type, string ancestor) =>
        type == ancestor || (superclasses.TryGetValue(type, out string[]? parents) && parents.Any(parent => IsA(parent, ancestor)));

    public bool IsClass(string type) => superclasses.ContainsKey(type);

    /// <summary>Every way <paramref name="node"/> breaks the vocabulary, as "path: problem"; none for a valid document.</summary>
    public IReadOnlyList<string> Problems(JsonElement node)
    {
        var problems = new List<string>();
        CheckObject(node, "$", problems);
        return problems;
    }

    /// <summary>Every way the document breaks the JSON Schema of Google's Article structured data.</summary>
    public static IReadOnlyList<string> GoogleProblems(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = GoogleSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : (results.Details ?? []).Prepend(results)
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
                .DefaultIfEmpty("invalid, without details")
                .ToList();
    }

    private void CheckObject(JsonElement node, string path, List<string> problems)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out JsonElement typeElement) || typeElement.GetString() is not { } type || !IsClass(type))
        {
            problems.Add($"{path}: not an object with a schema.org @type");
            return;
        }

        foreach (JsonProperty member in node.EnumerateObject())
        {
            if (member.Name is "@type" or "@context")
            {
                continue;
            }

            string at = path + "." + member.Name;
            if (Property(member.Name) is not { } term)
            {
                problems.Add($"{at}: schema.org has no property '{member.Name}'");
                continue;
            }

            if (!term.Domains.Any(domain => IsA(type, domain)))
            {
                problems.Add($"{at}: '{member.Name}' is not a property of {type}");
            }

            JsonElement[] values = member.Value.ValueKind == JsonValueKind.Array ? member.Value.EnumerateArray().ToArray() : [member.Value];
            for (int i = 0; i < values.Length; i++)
            {
                CheckValue(values[i], term.Ranges, values.Length > 1 ? $"{at}[{i}]" : at, problems);
            }
        }
    }

    private void CheckValue(JsonElement value, string[] ranges, string path, List<string> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when ranges.Any(range => range is "Text" or "URL" or "Date" or "DateTime"):
                break;
            case JsonValueKind.Object when value.TryGetProperty("@type", out JsonElement type) && ranges.Any(range => IsA(type.GetString() ?? "", range)):
                CheckObject(value, path, problems);
                break;
            default:
                problems.Add($"{path}: a {value.ValueKind} is none of {string.Join(", ", ranges)}");
                break;
        }
    }

    private static string Name(JsonElement reference) => (reference.ValueKind == JsonValueKind.Object ? reference.GetProperty("@id").GetString()! : reference.GetString()!)["schema:".Length..];

    private static string[] Names(JsonElement references) =>
        references.ValueKind == JsonValueKind.Array ? references.EnumerateArray().Select(Name).ToArray() : [Name(references)];
}
