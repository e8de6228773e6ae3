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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Copydesk.Generator.Pipeline.ConfigValues;
using static Copydesk.Generator.Pipeline.StepFailures;

namespace Copydesk.Generator;

/// <summary>
/// Generates typed article records, a parser, a validator and a JSON writer from every
/// <c>*.schema.yaml</c> file passed as an <c>AdditionalFiles</c> item. Schema mistakes are reported
/// as diagnostics located in the YAML file; the generator itself never throws. The articles of content collections
/// (<c>CopydeskContent</c> items) are checked against their schemas, each issue a diagnostic at the article, and
/// embedded collections get a typed class (see <see cref="ContentPipeline"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CopydeskGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of schema files.</summary>
    public const string SchemaSuffix = ".schema.yaml";

    private readonly Func<ParsePlan, string, string?, string> emit;
    private readonly IContentChecker? contentChecker;

    /// <summary>Creates the generator.</summary>
    public CopydeskGenerator()
        : this(ArticleEmitter.Emit, ContentEngine.Instance)
    {
    }

    /// <summary>Creates a generator with another emitter; tests use it to prove that an emitter crash is reported, not thrown.</summary>
    /// <param name="emit">Returns the source for a schema's plan, its file name and its namespace.</param>
    /// <param name="contentChecker">The engine that checks the articles of content collections.</param>
    internal CopydeskGenerator(Func<ParsePlan, string, string?, string> emit, IContentChecker? contentChecker = null)
    {
        this.emit = emit;
        this.contentChecker = contentChecker;
    }

    /// <summary>Creates a generator that checks content with <paramref name="contentChecker"/>; tests use it to watch what is checked.</summary>
    internal CopydeskGenerator(IContentChecker contentChecker)
        : this(ArticleEmitter.Emit, contentChecker)
    {
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every step catches what it could throw: an exception escaping a generator fails the build (CS8785)
        // without saying which schema or why, so each becomes a CD1099 diagnostic at the schema instead.
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                Read(provider.GlobalOptions, "build_property.RootNamespace"),
                Read(provider.GlobalOptions, "build_property.ProjectDir"))
            {
                DefaultVisibility = Read(provider.GlobalOptions, "build_property.CopydeskVisibility") is { } visibility
                    && string.Equals(visibility.Trim(), "internal", StringComparison.OrdinalIgnoreCase)
                    ? TypeVisibility.Internal
                    : null,
            })
            .WithTrackingName(TrackingNames.Options);

        // Each path once: the same file passed twice is read once, so no two outputs ever share a file name.
        IncrementalValuesProvider<AdditionalText> files = context.AdditionalTextsProvider
            .Where(static file => file.Path is { } path && path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Collect()
            .SelectMany(static (all, _) => FirstOfEachPath(all))
            .WithTrackingName(TrackingNames.SchemaFiles);

        IncrementalValuesProvider<SchemaSource> sources = files
            .Select(static (file, cancellationToken) => ReadSource(file, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaText);
        IncrementalValuesProvider<LoadedSchema> models = sources
            .Select(static (source, cancellationToken) => Load(source, cancellationToken))
            .WithTrackingName(TrackingNames.SchemaModel);
        IncrementalValuesProvider<GenerationUnit> units = models
            .Combine(options)
            .Select(static (pair, _) => CreateUnit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GenerationUnit);

        // The plan holds no positions: a comment added to a schema changes its model, not its plan, so emission
        // does not run again. Diagnostics, which do hold positions, take their own path below.
        Func<ParsePlan, string, string?, string> emitter = emit;
        IncrementalValuesProvider<EmittedSchema> emitted = units
            .Select(static (unit, cancellationToken) => Plan(unit, cancellationToken))
            .WithTrackingName(TrackingNames.ParsePlan)
            .Select((planned, cancellationToken) => Emit(planned, emitter, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedSource);

        // Across schemas, only the small facts: each type generated once (CD1015), each file name used once. The
        // driver rejects a file name used twice only after the callbacks ran, where no generator can catch it
        // (CS8785), so a clash is settled here, before AddSource is called.
        IncrementalValueProvider<ClaimVerdicts> verdicts = emitted
            .Select(static (schema, _) => new OutputClaim(schema.Path, schema.HintName, schema.Source is null ? null : schema.FullTypeName, schema.Error, schema.IsStandIn, schema.IsTooLarge))
            .WithTrackingName(TrackingNames.OutputClaims)
            .Collect()
            .Select(static (claims, _) => Judge(claims))
            .WithTrackingName(TrackingNames.DuplicateTypes);

        // Read once per project, not per schema: the compilation changes at every edit, but the facts taken from it
        // rarely do, so everything after this step stays cached. A project that cannot compile the generated code
        // gets one diagnostic and no source.
        IncrementalValueProvider<EquatableArray<SchemaDiagnostic>> projectProblems = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName(ProjectRequirements.RuntimeMarkerType) is not null))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => Read(provider.GlobalOptions, "build_property.TargetFramework")))
            .Select(static (facts, _) => ProjectRequirements.Check(new ProjectFacts(facts.Left.Left, facts.Left.Right, facts.Right)))
            .WithTrackingName(TrackingNames.ProjectRequirements);
        context.RegisterSourceOutput(projectProblems, static (production, problems) => ReportProject(production, problems));

        IncrementalValueProvider<bool> referencesMarkup = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(ProjectRequirements.MarkupMarkerType) is not null)
            .WithTrackingName(TrackingNames.MarkupReference);

        IncrementalValuesProvider<SchemaOutput> outputs = emitted
            .Combine(verdicts)
            .Select(static (pair, _) => Allow(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SchemaOutput);
        context.RegisterSourceOutput(
            outputs.Combine(projectProblems).Combine(referencesMarkup),
            static (production, pair) => AddSource(production, pair.Left.Left, pair.Left.Right, pair.Right));

        IncrementalValuesProvider<SchemaReport> reports = units
            .Combine(verdicts)
            .Combine(referencesMarkup)
            .Select(static (pair, _) => CreateReport(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.SchemaDiagnostics);
        context.RegisterSourceOutput(reports, static (production, report) => ReportAll(production, report));

        ContentPipeline.Register(context, models, units, options, projectProblems, contentChecker);
    }

    private static ImmutableArray<AdditionalText> FirstOfEachPath(ImmutableArray<AdditionalText> all)
    {
        try
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            return all.Where(file => paths.Add(file.Path)).ToImmutableArray();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing here can be reported; keeping every file still reports its own problems.
            return all;
        }
    }

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
            if (schema is { Visibility: null } && options.DefaultVisibility is { } defaultVisibility)
            {
                schema = schema with { Visibility = defaultVisibility };
            }

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

            return new GenerationUnit(loaded.Path, HintNames.For(loaded.Path, options.ProjectDirectory), @namespace, schema, diagnostics)
            {
                Shell = schema is null ? ShellEmitter.ForFailedSchema(loaded.Result, options.RootNamespace, FileName(loaded.Path)) : null,
            };
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

    private static PlannedSchema Plan(GenerationUnit unit, CancellationToken cancellationToken)
    {
        string fileName = FileName(unit.Path);
        if (unit.Schema is null)
        {
            return new PlannedSchema(unit.Path, unit.HintName, fileName, null, null, null, null) { Shell = unit.Shell };
        }

        try
        {
            return new PlannedSchema(unit.Path, unit.HintName, fileName, unit.Namespace, unit.FullTypeName, ParsePlanBuilder.Build(unit.Schema), null);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new PlannedSchema(unit.Path, unit.HintName, fileName, null, null, null, Describe(exception));
        }
    }

    private static EmittedSchema Emit(PlannedSchema planned, Func<ParsePlan, string, string?, string> emit, CancellationToken cancellationToken)
    {
        if (planned.Plan is null)
        {
            return planned.Shell is { } shell && planned.Error is null
                ? new EmittedSchema(planned.Path, planned.HintName, shell.FullTypeName, shell.Source, null) { IsStandIn = true }
                : new EmittedSchema(planned.Path, planned.HintName, null, null, planned.Error);
        }

        try
        {
            string source = emit(planned.Plan, planned.FileName, planned.Namespace);
            return new EmittedSchema(planned.Path, planned.HintName, planned.FullTypeName, source, null) { NeedsMarkup = planned.Plan.NeedsMarkup };
        }
        catch (GeneratedSourceTooLargeException)
        {
            GeneratedShell shell = ShellEmitter.ForTooLargeSchema(planned.Plan.TypeName, planned.Namespace, planned.FileName);
            return new EmittedSchema(planned.Path, planned.HintName, shell.FullTypeName, shell.Source, null) { IsStandIn = true, IsTooLarge = true };
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new EmittedSchema(planned.Path, planned.HintName, null, null, Describe(exception));
        }
    }

    private static string FileName(string path)
    {
        try
        {
            return Path.GetFileName(path);
        }
        catch (ArgumentException)
        {
            // A path with characters the platform rejects is still a name to cite.
            return path;
        }
    }

    private static ClaimVerdicts Judge(ImmutableArray<OutputClaim> claims)
    {
        var verdicts = new List<ClaimVerdict>();
        try
        {
            var firstByType = new Dictionary<string, string>(StringComparer.Ordinal);
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            // A schema with errors stands in for its type only where no schema generates that type for real.
            var generatedTypes = new HashSet<string>(claims.Where(c => !c.IsStandIn && c.FullTypeName is not null).Select(c => c.FullTypeName!), StringComparer.Ordinal);
            var standIns = new HashSet<string>(StringComparer.Ordinal);
            foreach (OutputClaim claim in claims)
            {
                if (claim.IsStandIn)
                {
                    bool givesWay = generatedTypes.Contains(claim.FullTypeName!) || !standIns.Add(claim.FullTypeName!) || !hintNames.Add(claim.HintName);
                    if (givesWay || claim.IsTooLarge)
                    {
                        verdicts.Add(new ClaimVerdict(claim.Path, null, null, false, null, StandInGivesWay: givesWay, IsTooLarge: claim.IsTooLarge));
                    }

                    continue;
                }

                string? duplicateType = null;
                string? firstPath = null;
                bool hintNameTaken = false;
                if (claim.FullTypeName is { } type)
                {
                    if (firstByType.TryGetValue(type, out string? first))
                    {
                        // Reported at the later file, which generates nothing: one clear error, not the compiler's two-definitions errors.
                        (duplicateType, firstPath) = (type, first);
                    }
                    else
                    {
                        firstByType.Add(type, claim.Path);
                        hintNameTaken = !hintNames.Add(claim.HintName);
                    }
                }

                if (duplicateType is not null || hintNameTaken || claim.Error is not null)
                {
                    verdicts.Add(new ClaimVerdict(claim.Path, duplicateType, firstPath, hintNameTaken, claim.Error));
                }
            }

            return new ClaimVerdicts(verdicts.ToEquatableArray(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ClaimVerdicts(verdicts.ToEquatableArray(), Describe(exception));
        }
    }

    private static SchemaOutput Allow(EmittedSchema schema, ClaimVerdicts verdicts)
    {
        try
        {
            // When the checks across schemas failed, no source is added: a clash they would have caught must not fail the build.
            bool adds = schema.Source is not null && verdicts.Error is null && (verdicts.For(schema.Path)?.AddsSource ?? true);
            return adds ? new SchemaOutput(schema.Path, schema.HintName, schema.Source) { NeedsMarkup = schema.NeedsMarkup } : new SchemaOutput(schema.Path, null, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SchemaOutput(schema.Path, null, null, Describe(exception));
        }
    }

    private static SchemaReport CreateReport(GenerationUnit unit, ClaimVerdicts verdicts, bool referencesMarkup)
    {
        try
        {
            var diagnostics = new List<SchemaDiagnostic>(unit.Diagnostics);
            if (unit.Schema is { } planned && ProjectRequirements.CheckMarkup(planned, referencesMarkup) is { } markup)
            {
                diagnostics.Add(markup);
            }

            if (verdicts.For(unit.Path) is { } verdict)
            {
                if (verdict.Error is { } error)
                {
                    diagnostics.AddRange(InternalError(error));
                }

                if (verdict.DuplicateType is { } type && unit.Schema is { } schema)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(DiagnosticCatalog.DuplicateType, schema.TypeRange, type, verdict.FirstPath!));
                }

                if (verdict.IsTooLarge && unit.Schema is { } tooLarge)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(DiagnosticCatalog.GeneratedCodeTooLarge, tooLarge.TypeRange, DiagnosticCatalog.MaxGeneratedCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
                }

                if (verdict.HintNameTaken)
                {
                    diagnostics.AddRange(InternalError($"the generated file name '{unit.HintName}' is already used by another schema; rename this file"));
                }
            }

            if (verdicts.Error is { } judgeError)
            {
                diagnostics.AddRange(InternalError(judgeError));
            }

            return new SchemaReport(unit.Path, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SchemaReport(unit.Path, unit.Diagnostics.Concat(InternalError(Describe(exception))).ToEquatableArray());
        }
    }

    private static void AddSource(SourceProductionContext production, SchemaOutput output, EquatableArray<SchemaDiagnostic> projectProblems, bool referencesMarkup)
    {
        if (output.Error is not null)
        {
            Report(production, output.Path, InternalError(output.Error)[0]);
            return;
        }

        // A project that cannot compile the generated code gets its one diagnostic instead (ReportProject).
        if (output.HintName is null || output.Source is null || projectProblems.Count > 0 || (output.NeedsMarkup && !referencesMarkup))
        {
            return;
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

    private static void ReportProject(SourceProductionContext production, EquatableArray<SchemaDiagnostic> problems)
    {
        foreach (SchemaDiagnostic problem in problems)
        {
            Report(production, string.Empty, problem);
        }
    }

    private static void ReportAll(SourceProductionContext production, SchemaReport report)
    {
        foreach (SchemaDiagnostic diagnostic in report.Diagnostics)
        {
            Report(production, report.Path, diagnostic);
        }
    }

    /// <summary>
    /// Reports a diagnostic of the schema at <paramref name="path"/>, or of the whole project (no location) when the
    /// path is empty; if even that fails, reports the failure without a location rather than throw.
    /// </summary>
    private static void Report(SourceProductionContext production, string path, SchemaDiagnostic diagnostic)
    {
        try
        {
            production.ReportDiagnostic(path.Length == 0 ? RoslynDiagnostics.CreateForProject(diagnostic) : RoslynDiagnostics.Create(path, diagnostic));
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

    private static EquatableArray<SchemaDiagnostic> InternalError(string message) =>
        new([SchemaDiagnostic.Create(DiagnosticCatalog.InternalError, TextRange.FileStart, message)]);
}
