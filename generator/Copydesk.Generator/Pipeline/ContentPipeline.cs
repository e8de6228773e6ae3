using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Copydesk.Generator.Emitter;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static Copydesk.Generator.Pipeline.StepFailures;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Content checked in the build: every article of a <c>CopydeskContent</c> item is its own pipeline item, joined with
/// its collection's schema and checked by <see cref="IContentChecker"/>, its issues reported as diagnostics at the
/// article; nothing is generated per article. Editing one article re-checks that article only, editing a schema the
/// articles of its collections only, and a C# edit nothing. Embedded collections get one generated class each, on a
/// path of their own that never carries article text, so editing an article does not re-emit its collection.
/// </summary>
internal static class ContentPipeline
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    /// <summary>Adds the content steps to the generator's pipeline.</summary>
    /// <param name="context">The generator's context.</param>
    /// <param name="schemaModels">What loading every schema file produced, each path once: the model the generated code comes from.</param>
    /// <param name="units">Every schema's generation unit, for the article type its collections parse with.</param>
    /// <param name="options">The build properties.</param>
    /// <param name="projectProblems">What the project lacks to compile generated code; collections add no source then.</param>
    /// <param name="checker">The engine that checks articles.</param>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<LoadedSchema> schemaModels,
        IncrementalValuesProvider<GenerationUnit> units,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<EquatableArray<SchemaDiagnostic>> projectProblems,
        IContentChecker? checker)
    {
        IncrementalValuesProvider<ContentArticle> articles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ToContentFile(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.ContentFiles)
            .Select(static (file, cancellationToken) => Read(file!, cancellationToken))
            .WithTrackingName(TrackingNames.ContentText);

        IncrementalValueProvider<ImmutableArray<ContentMember>> members = articles
            .Select(static (article, _) => new ContentMember(article.Path, article.Settings))
            .WithTrackingName(TrackingNames.ContentMembers)
            .Collect();

        // Only the schemas some collection names are prepared for checking, from the model the generator already
        // loaded: a project without content pays nothing, and no schema is read twice.
        IncrementalValueProvider<EquatableArray<string>> namedSchemas = members
            .Select(static (all, _) => all.Select(member => member.Settings.Schema).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.ContentSchemaPaths);

        IncrementalValuesProvider<LoadedContentSchema> schemas = schemaModels
            .Combine(namedSchemas)
            .Where(static pair => pair.Right.Any(path => HintNames.SameFile(path, pair.Left.Path)))
            .Select((pair, cancellationToken) => Load(checker, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.ContentSchema);

        // Every article sees every loaded schema, then keeps its own: an article whose schema is unchanged comes out
        // of this step unchanged, so the step after it, the expensive one, stays cached.
        IncrementalValuesProvider<ContentReport> reports = articles
            .Combine(schemas.Collect())
            .Select(static (pair, _) => new ContentCheck(pair.Left, pair.Right.FirstOrDefault(schema => pair.Left.Settings.Schema is { } path && HintNames.SameFile(path, schema.Path))))
            .WithTrackingName(TrackingNames.ContentJoin)
            .Select((check, cancellationToken) => Check(checker, check, cancellationToken))
            .WithTrackingName(TrackingNames.ContentValidation);
        context.RegisterSourceOutput(reports, static (production, report) => ReportArticle(production, report));

        IncrementalValueProvider<ImmutableArray<SchemaFacts>> facts = units
            .Select(static (unit, _) => new SchemaFacts(unit.Path, unit.FullTypeName, unit.Schema?.Visibility == TypeVisibility.Internal))
            .WithTrackingName(TrackingNames.SchemaFacts)
            .Collect();

        IncrementalValuesProvider<ContentCollectionPlan> collections = members
            .Combine(facts)
            .Combine(options)
            .SelectMany(static (input, cancellationToken) => ContentCollections.Plan(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ContentCollections);
        context.RegisterSourceOutput(collections, static (production, collection) => ReportCollection(production, collection));

        IncrementalValuesProvider<CollectionSource> sources = collections
            .Where(static collection => collection.Class is not null)
            .Select(static (collection, cancellationToken) => Emit(collection.Class!, cancellationToken))
            .WithTrackingName(TrackingNames.ContentCollectionSource);
        context.RegisterSourceOutput(sources.Combine(projectProblems), static (production, pair) => AddSource(production, pair.Left, pair.Right));
    }

    /// <summary>The settings of an article of a content collection, or <see langword="null"/> for any other additional file.</summary>
    internal static ContentFile? ToContentFile(AdditionalText file, AnalyzerConfigOptions options)
    {
        string? collection = Read(options, "CopydeskCollection");
        string? schema = Read(options, "CopydeskSchema");
        if (collection is null && schema is null)
        {
            return null;
        }

        bool embed = string.Equals(Read(options, "CopydeskEmbed"), "true", StringComparison.OrdinalIgnoreCase);
        return new ContentFile(file, new ContentSettings(schema, collection ?? string.Empty, embed, Read(options, "CopydeskSeverity"), Read(options, "CopydeskResource")));
    }

    /// <summary>The severity a collection's <c>Severity</c> names, or <see langword="null"/> when it names none.</summary>
    internal static SchemaSeverity? ParseSeverity(string? severity) => severity?.Trim().ToLowerInvariant() switch
    {
        "error" => SchemaSeverity.Error,
        "warning" => SchemaSeverity.Warning,
        "info" or "suggestion" => SchemaSeverity.Info,
        _ => null,
    };

    private static string? Read(AnalyzerConfigOptions options, string name) => ConfigValues.Read(options, Metadata + name);

    private static ContentArticle Read(ContentFile file, CancellationToken cancellationToken)
    {
        string path = file.File.Path ?? string.Empty;
        try
        {
            // A file the compiler cannot read has no text; the compiler reports that itself.
            if (file.File.GetText(cancellationToken) is not { } source)
            {
                return new ContentArticle(path, null, null, file.Settings);
            }

            // A file that is not UTF-8 is decoded by the compiler with a single-byte fallback, which gives every byte
            // back: the engine then finds where the file stops being UTF-8, as the command-line tool does.
            System.Text.Encoding? fallback = source.Encoding is { } encoding && !IsUnicode(encoding) ? encoding : null;
            return new ContentArticle(path, source.ToString(), null, file.Settings, fallback);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new ContentArticle(path, null, "the file could not be read: " + Describe(exception), file.Settings);
        }
    }

    private static bool IsUnicode(System.Text.Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static LoadedContentSchema Load(IContentChecker? checker, LoadedSchema loaded, CancellationToken cancellationToken)
    {
        if (checker is null)
        {
            return new LoadedContentSchema(loaded.Path, null, null);
        }

        try
        {
            return new LoadedContentSchema(loaded.Path, checker.Load(loaded.Path, loaded.Result, cancellationToken), null);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new LoadedContentSchema(loaded.Path, null, Describe(exception));
        }
    }

    private static ContentReport Check(IContentChecker? checker, ContentCheck check, CancellationToken cancellationToken)
    {
        ContentArticle article = check.Article;
        SchemaSeverity? severity = ParseSeverity(article.Settings.Severity);

        // A missing schema, or one with errors, is reported once for the collection, not at each article.
        if (check.Schema is not { } schema || (schema.Schema is null && schema.Error is null))
        {
            return new ContentReport(article.Path, severity, EquatableArray<ContentIssue>.Empty, null);
        }

        string? error = schema.Error is { } loadError ? "its schema could not be loaded: " + loadError : article.ReadError;
        if (error is not null || article.Text is null || checker is null)
        {
            return new ContentReport(article.Path, severity, EquatableArray<ContentIssue>.Empty, error);
        }

        try
        {
            return new ContentReport(article.Path, severity, checker.Check(schema.Schema!, article.Path, article.Text, article.FallbackEncoding, cancellationToken), null);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new ContentReport(article.Path, severity, EquatableArray<ContentIssue>.Empty, Describe(exception));
        }
    }

    private static CollectionSource Emit(CollectionClass collection, CancellationToken cancellationToken)
    {
        string hintName = "Copydesk.Content." + collection.Name + ".g.cs";
        try
        {
            return new CollectionSource(hintName, ContentCollectionEmitter.Emit(collection), null);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return new CollectionSource(hintName, null, Describe(exception));
        }
    }

    private static void ReportArticle(SourceProductionContext production, ContentReport report)
    {
        Guard(production, () =>
        {
            if (report.Error is { } error)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Create(report.Path, SchemaDiagnostic.Create(DiagnosticCatalog.ContentInternalError, TextRange.FileStart, error)));
            }

            foreach (ContentIssue issue in report.Issues)
            {
                production.ReportDiagnostic(ContentDiagnostics.Create(report.Path, issue, report.Severity));
            }
        });
    }

    private static void ReportCollection(SourceProductionContext production, ContentCollectionPlan collection)
    {
        Guard(production, () =>
        {
            foreach (LocatedDiagnostic located in collection.Diagnostics)
            {
                production.ReportDiagnostic(located.Path.Length == 0
                    ? RoslynDiagnostics.CreateForProject(located.Diagnostic)
                    : RoslynDiagnostics.Create(located.Path, located.Diagnostic));
            }
        });
    }

    private static void AddSource(SourceProductionContext production, CollectionSource source, EquatableArray<SchemaDiagnostic> projectProblems)
    {
        // A project that cannot compile generated code gets its one diagnostic instead, from the schema pipeline.
        if (projectProblems.Count > 0)
        {
            return;
        }

        Guard(production, () =>
        {
            if (source.Error is { } error)
            {
                production.ReportDiagnostic(RoslynDiagnostics.CreateForProject(SchemaDiagnostic.Create(DiagnosticCatalog.ContentInternalError, TextRange.FileStart, error)));
                return;
            }

            production.AddSource(source.HintName, SourceText.From(source.Source!, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>Runs an output callback; what it throws becomes CD1149 without a location rather than fail the build.</summary>
    private static void Guard(SourceProductionContext production, Action report)
    {
        try
        {
            report();
        }
        catch (Exception exception) when (!IsCancellation(exception, production.CancellationToken))
        {
            try
            {
                production.ReportDiagnostic(RoslynDiagnostics.CreateForProject(SchemaDiagnostic.Create(DiagnosticCatalog.ContentInternalError, TextRange.FileStart, Describe(exception))));
            }
            catch (Exception) when (!production.CancellationToken.IsCancellationRequested)
            {
                // Nothing else can be done without failing the build.
            }
        }
    }
}
