using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>The published SARIF 2.1.0 JSON Schema (see Sarif/NOTICE.md), checked by JsonSchema.Net.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json"))));

    /// <summary>The schema errors of <paramref name="log"/>, one line each: location and message; empty when it is valid.</summary>
    public static string[] Errors(string log)
    {
        using JsonDocument document = JsonDocument.Parse(log);
        EvaluationResults results = Schema.Value.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? []).Prepend(results)
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid, without details")
            .ToArray();
    }

    /// <summary>Asserts that <paramref name="log"/> is a valid SARIF 2.1.0 log.</summary>
    public static void AssertValid(string log) => Assert.True(Errors(log).Length == 0, string.Join('\n', Errors(log)) + "\n" + log);
}
