using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Groups the articles of content collections by collection and decides, once per collection, what is wrong with its
/// declaration (CD1140–CD1146) and, for an embedded collection, what its generated class holds.
/// </summary>
internal static class ContentCollections
{
    /// <summary>Every collection the articles belong to, in name order; never throws.</summary>
    public static ImmutableArray<ContentCollectionPlan> Plan(
        ImmutableArray<ContentMember> members,
        ImmutableArray<SchemaFacts> schemas,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        var plans = ImmutableArray.CreateBuilder<ContentCollectionPlan>();
        foreach (IGrouping<string, ContentMember> collection in members.GroupBy(member => member.Settings.Collection, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                plans.Add(PlanOne(collection.Key, collection.OrderBy(member => member.Path, StringComparer.Ordinal).ToArray(), schemas, options));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                plans.Add(new ContentCollectionPlan(
                    collection.Key,
                    new([new LocatedDiagnostic(string.Empty, SchemaDiagnostic.Create(DiagnosticCatalog.ContentInternalError, TextRange.FileStart, $"collection '{collection.Key}': {exception.GetType().Name}: {exception.Message}"))]),
                    null));
            }
        }

        return plans.ToImmutable();
    }

    private static ContentCollectionPlan PlanOne(string name, ContentMember[] members, ImmutableArray<SchemaFacts> schemas, GeneratorOptions options)
    {
        var diagnostics = new List<LocatedDiagnostic>();
        void Report(SchemaDiagnosticDescriptor descriptor, string path, params string[] arguments) =>
            diagnostics.Add(new LocatedDiagnostic(path, SchemaDiagnostic.Create(descriptor, TextRange.FileStart, arguments)));

        ContentSettings settings = members[0].Settings;
        string shownName = name.Length > 0 ? name : members[0].Path;
        if (members.FirstOrDefault(member => !SameDeclaration(member.Settings, settings)) is { } other)
        {
            Report(DiagnosticCatalog.ConflictingCollection, string.Empty, shownName, Describe(settings, options), Describe(other.Settings, options));
            return new ContentCollectionPlan(name, diagnostics.ToEquatableArray(), null);
        }

        if (settings.Severity is { } severity && ContentPipeline.ParseSeverity(severity) is null)
        {
            Report(DiagnosticCatalog.InvalidContentSeverity, string.Empty, shownName, severity);
        }

        SchemaFacts? schema = null;
        if (settings.Schema is not { } schemaPath)
        {
            Report(DiagnosticCatalog.ContentWithoutSchema, string.Empty, shownName);
        }
        else if ((schema = schemas.FirstOrDefault(facts => HintNames.SameFile(facts.Path, schemaPath))) is null)
        {
            string known = schemas.Length == 0
                ? "the project has no *.schema.yaml files"
                : "its schemas are " + string.Join(", ", schemas.Select(facts => HintNames.Relative(facts.Path, options.ProjectDirectory)).OrderBy(path => path, StringComparer.Ordinal));
            Report(DiagnosticCatalog.ContentSchemaNotFound, string.Empty, shownName, HintNames.Relative(schemaPath, options.ProjectDirectory), known);
        }
        else if (schema.FullTypeName is null)
        {
            Report(DiagnosticCatalog.ContentSchemaHasErrors, string.Empty, shownName, HintNames.Relative(schema.Path, options.ProjectDirectory));
        }

        if (!settings.Embed)
        {
            return new ContentCollectionPlan(name, diagnostics.ToEquatableArray(), null);
        }

        bool valid = true;
        if (Identifiers.CheckTypeName(name) is { } reason)
        {
            Report(DiagnosticCatalog.InvalidCollectionName, string.Empty, name, reason);
            valid = false;
        }

        var entries = new List<CollectionEntry>();
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ContentMember member in members)
        {
            string relative = HintNames.Relative(member.Path, options.ProjectDirectory);
            string slug = Slug(relative);
            if (bySlug.TryGetValue(slug, out string? first))
            {
                Report(DiagnosticCatalog.DuplicateSlug, member.Path, slug, first, name);
                valid = false;
                continue;
            }

            bySlug.Add(slug, relative);
            entries.Add(new CollectionEntry(slug, member.Settings.Resource ?? relative, relative));
        }

        CollectionClass? @class = valid && schema?.FullTypeName is { } articleType
            ? new CollectionClass(name, options.RootNamespace, articleType, schema.IsInternal, FileName(schema.Path), entries.ToEquatableArray())
            : null;
        return new ContentCollectionPlan(name, diagnostics.ToEquatableArray(), @class);
    }

    /// <summary>An article's slug: its file name without the last extension.</summary>
    internal static string Slug(string path)
    {
        string fileName = FileName(path);
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private static string FileName(string path) => path.Substring(path.Replace('\\', '/').LastIndexOf('/') + 1);

    private static bool SameDeclaration(ContentSettings left, ContentSettings right) =>
        (left.Schema is null ? right.Schema is null : right.Schema is not null && HintNames.SameFile(left.Schema, right.Schema))
        && left.Embed == right.Embed
        && string.Equals(left.Severity, right.Severity, StringComparison.OrdinalIgnoreCase);

    private static string Describe(ContentSettings settings, GeneratorOptions options) =>
        $"Schema=\"{(settings.Schema is { } schema ? HintNames.Relative(schema, options.ProjectDirectory) : string.Empty)}\" Embed=\"{(settings.Embed ? "true" : "false")}\"" + (settings.Severity is { } severity ? $" Severity=\"{severity}\"" : string.Empty);
}
