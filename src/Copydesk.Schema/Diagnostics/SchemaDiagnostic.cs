using Copydesk.Schema.Model;

namespace Copydesk.Schema.Diagnostics;

/// <summary>A located problem in a schema file. A plain value: no Roslyn types, so it can be cached.</summary>
/// <param name="Id">The descriptor id.</param>
/// <param name="Arguments">The values for the descriptor's message placeholders.</param>
/// <param name="Range">Where the offending node stands.</param>
public sealed record SchemaDiagnostic(string Id, EquatableArray<string> Arguments, TextRange Range)
{
    /// <summary>Creates a diagnostic of <paramref name="descriptor"/> at <paramref name="range"/>, with exactly the arguments its message uses.</summary>
    public static SchemaDiagnostic Create(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments) =>
        new(descriptor.Id, new EquatableArray<string>(DiagnosticCatalog.FitArguments(descriptor, arguments ?? [])), range);

    /// <summary>The catalogue entry; <see cref="DiagnosticCatalog.InternalError"/> for an id the catalogue does not know.</summary>
    public SchemaDiagnosticDescriptor Descriptor => DiagnosticCatalog.Find(Id) ?? DiagnosticCatalog.InternalError;

    /// <summary>The formatted message.</summary>
    public string Message => DiagnosticCatalog.Format(Descriptor, Arguments);

    /// <summary>Formats the diagnostic MSBuild-style for <paramref name="file"/>.</summary>
    public string ToString(string file) =>
        $"{file}({Range.StartLine},{Range.StartColumn}): {Descriptor.DefaultSeverity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

/// <summary>The outcome of loading a schema: the model when it is usable, and every diagnostic.</summary>
/// <param name="Schema">The model, or <see langword="null"/> when an error prevents generation.</param>
/// <param name="Diagnostics">Every problem found, in file order.</param>
public sealed record SchemaLoadResult(ArticleSchema? Schema, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>
    /// The article type the schema names, when it is a valid C# type name; known even when the schema has errors,
    /// so a tool can still refer to the type (the generator emits an empty, obsolete shell of it).
    /// </summary>
    public string? TypeName { get; init; }

    /// <summary>The namespace the schema names, when it is valid; like <see cref="TypeName"/>, known despite errors.</summary>
    public string? Namespace { get; init; }
}
