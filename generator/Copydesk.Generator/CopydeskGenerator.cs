using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Copydesk.Generator.Emitter;
using Copydesk.Generator.Pipeline;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Loading;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generator;

/// <summary>
/// Generates typed article records, a parser, a validator and a JSON writer from every
/// <c>*.schema.yaml</c> file passed as an <c>AdditionalFiles</c> item. Schema mistakes are reported
/// as diagnostics located in the YAML file; the generator itself never throws.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CopydeskGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of schema files.</summary>
    public const string SchemaSuffix = ".schema.yaml";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                Read(provider.GlobalOptions, "build_property.RootNamespace"),
                Read(provider.GlobalOptions, "build_property.ProjectDir")))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValuesProvider<LoadedSchema> schemas = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => new SchemaSource(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.SchemaText)
            .Select(static (source, cancellationToken) => Load(source, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaModel);

        IncrementalValuesProvider<GenerationUnit> units = schemas
            .Combine(options)
            .Select(static (pair, _) => CreateUnit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GenerationUnit);

        context.RegisterSourceOutput(units, static (production, unit) => Execute(production, unit));

        IncrementalValueProvider<EquatableArray<LocatedDiagnostic>> duplicates = units
            .Collect()
            .Select(static (all, _) => FindDuplicateTypes(all))
            .WithTrackingName(TrackingNames.DuplicateTypes);

        context.RegisterSourceOutput(duplicates, static (production, found) =>
        {
            foreach (LocatedDiagnostic duplicate in found)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(duplicate.Path, duplicate.Diagnostic));
            }
        });
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static LoadedSchema Load(SchemaSource source, CancellationToken cancellationToken)
    {
        try
        {
            return new LoadedSchema(source.Path, SchemaLoader.Load(source.Text, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new LoadedSchema(source.Path, InternalError(exception));
        }
    }

    private static GenerationUnit CreateUnit(LoadedSchema loaded, GeneratorOptions options)
    {
        ArticleSchema? schema = loaded.Result.Schema;
        string? @namespace = schema?.Namespace ?? options.RootNamespace;
        return new GenerationUnit(
            loaded.Path,
            HintNames.For(loaded.Path, options.ProjectDirectory),
            @namespace,
            schema,
            loaded.Result.Diagnostics);
    }

    private static void Execute(SourceProductionContext production, GenerationUnit unit)
    {
        foreach (SchemaDiagnostic diagnostic in unit.Diagnostics)
        {
            production.ReportDiagnostic(RoslynDiagnostics.Create(unit.Path, diagnostic));
        }

        if (unit.Schema is null)
        {
            return;
        }

        string source;
        try
        {
            source = ArticleEmitter.Emit(unit.Schema, Path.GetFileName(unit.Path), unit.Namespace);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (SchemaDiagnostic diagnostic in InternalError(exception).Diagnostics)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(unit.Path, diagnostic));
            }

            return;
        }

        try
        {
            production.AddSource(unit.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
        catch (ArgumentException)
        {
            // The same schema file was passed twice: its hint name is taken by identical source. Nothing is lost.
        }
    }

    private static SchemaLoadResult InternalError(Exception exception) =>
        new(null, new EquatableArray<SchemaDiagnostic>(
        [
            SchemaDiagnostic.Create(DiagnosticCatalog.InternalError, TextRange.FileStart, exception.GetType().Name + ": " + exception.Message),
        ]));

    private static EquatableArray<LocatedDiagnostic> FindDuplicateTypes(ImmutableArray<GenerationUnit> units)
    {
        var firstByType = new Dictionary<string, GenerationUnit>(StringComparer.Ordinal);
        var found = new List<LocatedDiagnostic>();
        foreach (GenerationUnit unit in units)
        {
            if (unit.FullTypeName is not { } type || unit.Schema is null)
            {
                continue;
            }

            if (firstByType.TryGetValue(type, out GenerationUnit? first))
            {
                found.Add(new LocatedDiagnostic(unit.Path, SchemaDiagnostic.Create(DiagnosticCatalog.DuplicateType, unit.Schema.TypeRange, type, first.Path)));
            }
            else
            {
                firstByType[type] = unit;
            }
        }

        return found.ToEquatableArray();
    }
}
