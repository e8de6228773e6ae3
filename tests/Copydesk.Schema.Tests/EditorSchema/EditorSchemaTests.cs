using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Json.Schema;
using Xunit;

namespace Copydesk.Schema.Tests.EditorSchema;

/// <summary>
/// <c>schemas/copydesk.schema.json</c> is what the loader's key tables give, is a valid JSON Schema, accepts every
/// schema the project ships, tests and documents, and rejects every unknown-key, wrong-value and missing-key
/// mutant the loader rejects for its keys or value types (CD1002, CD1003, CD1004).
/// </summary>
[Collection(nameof(EditorSchemaTests))]
public sealed partial class EditorSchemaTests
{
    /// <summary>Set to 1 to rewrite schemas/copydesk.schema.json from the key tables.</summary>
    private const string UpdateVariable = "COPYDESK_UPDATE_EDITOR_SCHEMA";

    // The loader's verdicts on keys and value types; other errors (an unknown line class, a bad identifier) are
    // about names the JSON Schema cannot know.
    // Unknown and missing keys, and a value of the wrong kind: a scalar, list or mapping where another is expected.
    private static readonly HashSet<string> KeyAndTypeIds =
    [
        DiagnosticCatalog.UnknownKey.Id, DiagnosticCatalog.MissingKey.Id, DiagnosticCatalog.InvalidValue.Id,
        DiagnosticCatalog.SchemaNotMapping.Id, DiagnosticCatalog.SectionNotMapping.Id, DiagnosticCatalog.NotASequence.Id,
        DiagnosticCatalog.NotOneEntry.Id, DiagnosticCatalog.InvalidSlotDefinition.Id, DiagnosticCatalog.InvalidLineClassDefinition.Id,
        DiagnosticCatalog.InvalidCount.Id, DiagnosticCatalog.NoPredicate.Id, DiagnosticCatalog.ConflictingKinds.Id, DiagnosticCatalog.OptionalAndRepeat.Id,
        DiagnosticCatalog.OptionsBesideSlot.Id, DiagnosticCatalog.KeyNotName.Id,
    ];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(OutputPath("schemas", "copydesk.schema.json"))));

    public static TheoryData<string> SchemaFiles => new(
        Directory.GetFiles(OutputPath("schemas"), "*.schema.yaml")
            .Concat(Directory.GetFiles(OutputPath("test-schemas"), "*.schema.yaml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path))
            .Order(StringComparer.Ordinal));

    [Fact]
    public void The_checked_in_file_is_the_one_the_key_tables_give()
    {
        string built = EditorSchemaBuilder.BuildText();
        string checkedIn = File.ReadAllText(OutputPath("schemas", "copydesk.schema.json")).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(RepositoryPath("schemas", "copydesk.schema.json"), built);
            return;
        }

        Assert.True(
            built == checkedIn,
            $"schemas/copydesk.schema.json differs from what the key tables give; run the tests with {UpdateVariable}=1 to rewrite it, and commit it.");
    }

    [Fact]
    public void It_is_a_valid_draft_07_JSON_Schema_for_an_object()
    {
        JsonElement document = JsonDocument.Parse(EditorSchemaBuilder.BuildText()).RootElement;

        EvaluationResults results = MetaSchemas.Draft7.Evaluate(document);

        Assert.True(results.IsValid, Describe(results));
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_shipped_and_test_schema_validates(string file)
    {
        string yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file));
        Assert.DoesNotContain(SchemaText.LoadText(yaml).Diagnostics, d => d.Descriptor.DefaultSeverity == SchemaSeverity.Error);

        EvaluationResults results = Evaluate(yaml);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_documentation_examples_the_loader_accepts_validate_and_those_it_rejects_for_keys_or_types_do_not()
    {
        int accepted = 0, rejected = 0;
        var failures = new List<string>();
        foreach ((string source, string yaml) in DocumentationExamples())
        {
            SchemaLoadResult loaded = SchemaText.LoadText(yaml);
            bool loaderAccepts = loaded.Diagnostics.All(d => d.Descriptor.DefaultSeverity != SchemaSeverity.Error);
            bool keyOrTypeError = loaded.Diagnostics.Any(d => KeyAndTypeIds.Contains(d.Id));
            if (!loaderAccepts && !keyOrTypeError)
            {
                continue;
            }

            bool valid = Evaluate(yaml).IsValid;
            (loaderAccepts ? ref accepted : ref rejected)++;
            if (valid != loaderAccepts)
            {
                failures.Add($"{source}: the loader {(loaderAccepts ? "accepts" : "rejects")} it, the JSON Schema {(valid ? "accepts" : "rejects")} it:\n{yaml}");
            }
        }

        Assert.Empty(failures);
        // The pages hold over twenty complete schemas: a broken extraction must not pass by finding none.
        Assert.InRange(accepted, 20, int.MaxValue);
        Assert.InRange(rejected, 3, int.MaxValue);
    }

    [Fact]
    public void The_valid_schema_behind_the_mutants_loads_without_errors_and_validates()
    {
        SchemaLoadResult loaded = SchemaText.LoadText(SchemaMutants.Valid);

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Descriptor.DefaultSeverity == SchemaSeverity.Error);
        Assert.True(Evaluate(SchemaMutants.Valid).IsValid, Describe(Evaluate(SchemaMutants.Valid)));
    }

    [Fact]
    public void Every_mutant_the_loader_rejects_for_a_key_or_a_value_type_is_rejected_and_every_one_it_accepts_validates()
    {
        var failures = new List<string>();
        var rejectedByKind = new Dictionary<MutantKind, int>();
        int accepted = 0;
        foreach (Mutant mutant in SchemaMutants.All())
        {
            SchemaLoadResult loaded = SchemaText.LoadText(mutant.Yaml);
            bool valid = Evaluate(mutant.Yaml).IsValid;
            if (loaded.Diagnostics.Any(d => KeyAndTypeIds.Contains(d.Id)))
            {
                rejectedByKind[mutant.Kind] = rejectedByKind.GetValueOrDefault(mutant.Kind) + 1;
                if (valid)
                {
                    failures.Add($"{mutant}: the loader reports {string.Join(", ", loaded.Diagnostics.Select(d => d.Id))}, the JSON Schema accepts it");
                }
            }
            else if (loaded.Diagnostics.All(d => d.Descriptor.DefaultSeverity != SchemaSeverity.Error))
            {
                accepted++;
                if (!valid)
                {
                    failures.Add($"{mutant}: the loader accepts it, the JSON Schema rejects it: {Describe(Evaluate(mutant.Yaml))}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"rejected by the loader: {string.Join(", ", rejectedByKind.OrderBy(pair => pair.Key).Select(pair => $"{pair.Value} {pair.Key}"))}; accepted: {accepted}");
        Assert.Empty(failures);
        // Every kind of mutant is exercised: each table's keys, every value kind, every removable key.
        Assert.InRange(rejectedByKind.GetValueOrDefault(MutantKind.UnknownKey), 150, int.MaxValue);
        Assert.InRange(rejectedByKind.GetValueOrDefault(MutantKind.WrongValue), 450, int.MaxValue);
        Assert.InRange(rejectedByKind.GetValueOrDefault(MutantKind.MissingKey), 7, int.MaxValue);
        Assert.InRange(accepted, 150, int.MaxValue);
    }

    [Theory]
    [InlineData("copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: label, optonal: true }\n", "optonal")]
    [InlineData("copydesk: 1\ntype: Story\nlines:\n  heading: { maxWords: six }\nlayout:\n  - headline: heading\n", "maxWords")]
    [InlineData("copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: label, value: quote }\n", "value")]
    [InlineData("copydesk: 1\ntype: Story\nlayout:\n  - headline: { line: label, check: { severity: fatal } }\n", "severity")]
    public void An_editor_sees_the_mistake_at_the_key(string yaml, string key)
    {
        EvaluationResults results = Evaluate(yaml);

        Assert.False(results.IsValid);
        Assert.Contains(Failures(results), failure => failure.Contains("/" + key, StringComparison.Ordinal));
    }

    // A capture mapping reads a line, 'capture: rest' a marker's text; the loader refuses either on the other kind.
    [Theory]
    [InlineData("  - credit: { marker: \"Reporting by\", capture: rest }\n", true)]
    [InlineData("  - credit: { line: label, capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n", true)]
    [InlineData("  - credit: { after: \"Credit\", line: label, capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n", true)]
    [InlineData("  - credit: { marker: \"Reporting by\", capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n", false)]
    [InlineData("  - credit: { line: label, capture: rest }\n", false)]
    [InlineData("  - credit: { part: Source, capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n", false)]
    [InlineData("  - credits:\n      repeat: 1+\n      oneOf:\n        - line: { line: label, capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n        - part: { part: Source, capture: { pattern: '^(?<desk>.+)$', fields: { desk: text } } }\n", false)]
    public void A_capture_validates_exactly_where_the_loader_reads_it(string slot, bool read)
    {
        string yaml = "copydesk: 1\ntype: Story\nparts:\n  Source:\n    - desk: sentence\nlayout:\n  - headline: label\n" + slot;

        SchemaLoadResult loaded = SchemaText.LoadText(yaml);
        Assert.True(read == loaded.Diagnostics.All(d => d.Descriptor.DefaultSeverity != SchemaSeverity.Error), SchemaText.Show(loaded));
        Assert.True(read == Evaluate(yaml).IsValid, Describe(Evaluate(yaml)));
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        JsonNode? json = YamlToJson.Convert(yaml);
        JsonElement element = JsonDocument.Parse(json?.ToJsonString() ?? "null").RootElement;
        return Schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Failures(EvaluationResults results) =>
        (results.Details ?? []).Where(detail => !detail.IsValid && detail.Errors is { Count: > 0 })
            .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}");

    private static string Describe(EvaluationResults results) => string.Join("\n", Failures(results).Take(10));

    // Every yaml block of the language reference and the diagnostics page that is a whole schema (it has the version key).
    private static IEnumerable<(string Source, string Yaml)> DocumentationExamples()
    {
        foreach (string page in new[] { "schema-language.md", "diagnostics.md" })
        {
            string text = File.ReadAllText(OutputPath("docs", page));
            int index = 0;
            foreach (Match block in YamlBlock().Matches(text))
            {
                index++;
                string yaml = block.Groups[1].Value;
                if (yaml.StartsWith("copydesk:", StringComparison.Ordinal) || yaml.Contains("\ncopydesk:", StringComparison.Ordinal))
                {
                    yield return ($"docs/{page} yaml block {index}", yaml);
                }
            }
        }
    }

    private static string OutputPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    // The repository holds Toolkit.sln; the tests run from a folder below it.
    private static string RepositoryPath(string folder, string file)
    {
        DirectoryInfo? at = new(AppContext.BaseDirectory);
        while (at is not null && !File.Exists(Path.Combine(at.FullName, "Toolkit.sln")))
        {
            at = at.Parent;
        }

        return Path.Combine(at?.FullName ?? throw new InvalidOperationException("The tests do not run inside the repository."), folder, file);
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}

/// <summary>
/// The mutant test loads and validates about a thousand schemas; it runs alone, after the parallel tests, so it
/// never competes for the cores with tests that bound the loader's time on hostile input.
/// </summary>
[CollectionDefinition(nameof(EditorSchemaTests), DisableParallelization = true)]
public sealed class EditorSchemaTestsCollection;
