using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Copydesk.Generator.Emitter;
using Copydesk.Generator.Pipeline;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;
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

    private readonly Func<ParsePlan, string, string?, string> emit;

    /// <summary>Creates the generator.</summary>
    public CopydeskGenerator()
        : this(ArticleEmitter.Emit)
    {
    }

    /// <summary>Creates a generator with another emitter; tests use it to prove that an emitter crash is reported, not thrown.</summary>
    /// <param name="emit">Returns the source for a schema's plan, its file name and its namespace.</param>
    internal CopydeskGenerator(Func<ParsePlan, string, string?, string> emit) => this.emit = emit;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every step catches what it could throw: an exception escaping a generator fails the build (CS8785)
        // without saying which schema or why, so each becomes a CD1099 diagnostic at the schema instead.
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                Read(provider.GlobalOptions, "build_property.RootNamespace"),
                Read(provider.GlobalOptions, "build_property.ProjectDir")))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValuesProvider<LoadedSchema> schemas = context.AdditionalTextsProvider
            .Where(static file => file.Path is { } path && path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => ReadSource(file, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaText)
            .Select(static (source, cancellationToken) => Load(source, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaModel);

        IncrementalValuesProvider<GenerationUnit> units = schemas
            .Combine(options)
            .Select(static (pair, _) => CreateUnit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GenerationUnit);

        Func<ParsePlan, string, string?, string> emitter = emit;
        IncrementalValuesProvider<EmittedSchema> emitted = units
            .Select((unit, cancellationToken) => Emit(unit, emitter, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedSource);

        // All schemas together: each file once, each type once (CD1015), each generated file name once. Sources
        // are added in one callback because the driver rejects a hint name used twice only after the callbacks
        // ran, where no generator can catch it (CS8785): here a clash is settled before AddSource is called.
        IncrementalValueProvider<EquatableArray<PlannedOutput>> plan = emitted
            .Collect()
            .Select(static (all, _) => Plan(all))
            .WithTrackingName(TrackingNames.DuplicateTypes);

        context.RegisterSourceOutput(plan, static (production, outputs) => Produce(production, outputs));
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static SchemaSource ReadSource(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            // A file the compiler cannot read has no text; the compiler reports that itself.
            return new SchemaSource(file.Path, file.GetText(cancellationToken)?.ToString(), null);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new SchemaSource(file.Path, null, "the file could not be read: " + Describe(exception));
        }
    }

    private static LoadedSchema Load(SchemaSource source, CancellationToken cancellationToken)
    {
        try
        {
            if (source.Text is null)
            {
                return new LoadedSchema(
                    source.Path,
                    new SchemaLoadResult(null, source.ReadError is null ? EquatableArray<SchemaDiagnostic>.Empty : InternalError(source.ReadError)));
            }

            return new LoadedSchema(source.Path, SchemaLoader.Load(source.Text, cancellationToken));
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new LoadedSchema(source.Path, new SchemaLoadResult(null, InternalError(Describe(exception))));
        }
    }

    private static GenerationUnit CreateUnit(LoadedSchema loaded, GeneratorOptions options)
    {
        try
        {
            ArticleSchema? schema = loaded.Result.Schema;
            EquatableArray<SchemaDiagnostic> diagnostics = loaded.Result.Diagnostics;
            string? @namespace = schema?.Namespace;
            if (schema is not null && @namespace is null && options.RootNamespace is { } rootNamespace)
            {
                // The project's namespace is not checked by the loader: a schema without 'namespace' lands in it.
                if (Identifiers.CheckNamespace(rootNamespace) is { } reason)
                {
                    diagnostics = diagnostics.Concat([SchemaDiagnostic.Create(
                        DiagnosticCatalog.InvalidIdentifier,
                        schema.TypeRange,
                        rootNamespace,
                        "the namespace of the generated types (the project's RootNamespace, used because the schema has no 'namespace' key)",
                        reason)]).ToEquatableArray();
                    schema = null;
                }
                else
                {
                    @namespace = rootNamespace;
                }
            }

            return new GenerationUnit(loaded.Path, HintNames.For(loaded.Path, options.ProjectDirectory), @namespace, schema, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new GenerationUnit(
                loaded.Path,
                string.Empty,
                null,
                null,
                loaded.Result.Diagnostics.Concat(InternalError(Describe(exception))).ToEquatableArray());
        }
    }

    private static EmittedSchema Emit(GenerationUnit unit, Func<ParsePlan, string, string?, string> emit, CancellationToken cancellationToken)
    {
        if (unit.Schema is null)
        {
            return new EmittedSchema(unit.Path, unit.HintName, null, TextRange.FileStart, unit.Diagnostics, null);
        }

        try
        {
            string source = emit(ParsePlanBuilder.Build(unit.Schema), Path.GetFileName(unit.Path), unit.Namespace);
            return new EmittedSchema(unit.Path, unit.HintName, unit.FullTypeName, unit.Schema.TypeRange, unit.Diagnostics, source);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new EmittedSchema(unit.Path, unit.HintName, null, TextRange.FileStart, unit.Diagnostics.Concat(InternalError(Describe(exception))).ToEquatableArray(), null);
        }
    }

    private static EquatableArray<PlannedOutput> Plan(ImmutableArray<EmittedSchema> all)
    {
        var outputs = new List<PlannedOutput>(all.Length);
        try
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var firstByType = new Dictionary<string, string>(StringComparer.Ordinal);
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (EmittedSchema schema in all)
            {
                // The same file passed twice is read once: no second copy of its diagnostics or code.
                if (!paths.Add(schema.Path))
                {
                    continue;
                }

                var diagnostics = new List<SchemaDiagnostic>(schema.Diagnostics);
                string? source = schema.Source;
                if (source is not null && schema.FullTypeName is { } type)
                {
                    if (firstByType.TryGetValue(type, out string? first))
                    {
                        // Reported at the later file, which generates nothing: one clear error, not the compiler's two-definitions errors.
                        diagnostics.Add(SchemaDiagnostic.Create(DiagnosticCatalog.DuplicateType, schema.TypeRange, type, first));
                        source = null;
                    }
                    else
                    {
                        firstByType.Add(type, schema.Path);
                    }
                }

                if (source is not null && !hintNames.Add(schema.HintName))
                {
                    diagnostics.AddRange(InternalError($"the generated file name '{schema.HintName}' is already used by another schema; rename this file"));
                    source = null;
                }

                outputs.Add(new PlannedOutput(schema.Path, diagnostics.ToEquatableArray(), source is null ? null : schema.HintName, source));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            outputs.Add(new PlannedOutput(string.Empty, InternalError(Describe(exception)), null, null));
        }

        return outputs.ToEquatableArray();
    }

    private static void Produce(SourceProductionContext production, EquatableArray<PlannedOutput> outputs)
    {
        foreach (PlannedOutput output in outputs)
        {
            foreach (SchemaDiagnostic diagnostic in output.Diagnostics)
            {
                Report(production, output.Path, diagnostic);
            }

            if (output.HintName is null || output.Source is null)
            {
                continue;
            }

            try
            {
                production.AddSource(output.HintName, SourceText.From(output.Source, System.Text.Encoding.UTF8));
            }
            catch (Exception exception) when (!IsCancellation(exception, production.CancellationToken))
            {
                foreach (SchemaDiagnostic diagnostic in InternalError(Describe(exception)))
                {
                    Report(production, output.Path, diagnostic);
                }
            }
        }
    }

    /// <summary>Reports a schema diagnostic; if even that fails, reports the failure without a location rather than throw.</summary>
    private static void Report(SourceProductionContext production, string path, SchemaDiagnostic diagnostic)
    {
        try
        {
            production.ReportDiagnostic(RoslynDiagnostics.Create(path, diagnostic));
        }
        catch (Exception exception) when (!IsCancellation(exception, production.CancellationToken))
        {
            try
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    RoslynDiagnostics.DescriptorFor(DiagnosticCatalog.InternalError),
                    Location.None,
                    $"{path}: {diagnostic.Id} could not be reported ({Describe(exception)})"));
            }
            catch (Exception) when (!production.CancellationToken.IsCancellationRequested)
            {
                // Nothing else can be done without failing the build.
            }
        }
    }

    // Only a cancellation the compiler asked for may leave the generator.
    private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;

    private static EquatableArray<SchemaDiagnostic> InternalError(string message) =>
        new([SchemaDiagnostic.Create(DiagnosticCatalog.InternalError, TextRange.FileStart, message)]);
}
