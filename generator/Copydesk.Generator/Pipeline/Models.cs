using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Pipeline;

/// <summary>A schema file's path and text.</summary>
internal sealed record SchemaSource(string Path, string Text);

/// <summary>A schema file and what loading it produced.</summary>
internal sealed record LoadedSchema(string Path, SchemaLoadResult Result);

/// <summary>The build properties the generator reads.</summary>
/// <param name="RootNamespace">The project's root namespace, the default for schemas that name none.</param>
/// <param name="ProjectDirectory">The project folder, to name generated files after schema paths relative to it.</param>
internal sealed record GeneratorOptions(string? RootNamespace, string? ProjectDirectory);

/// <summary>Everything needed to emit one schema and report its diagnostics. Holds no Roslyn objects.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="Namespace">The namespace of the generated types, or <see langword="null"/> for the global namespace.</param>
/// <param name="Schema">The model, or <see langword="null"/> when errors prevent generation.</param>
/// <param name="Diagnostics">The schema's diagnostics.</param>
internal sealed record GenerationUnit(
    string Path,
    string HintName,
    string? Namespace,
    ArticleSchema? Schema,
    EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>The fully qualified name of the article type, or <see langword="null"/> when nothing is generated.</summary>
    public string? FullTypeName => Schema is null ? null : (Namespace is null ? string.Empty : Namespace + ".") + Schema.TypeName;
}

/// <summary>A diagnostic that belongs to a file: the unit of cross-schema reports.</summary>
internal sealed record LocatedDiagnostic(string Path, SchemaDiagnostic Diagnostic);
