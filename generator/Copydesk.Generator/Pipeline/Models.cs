using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Pipeline;

/// <summary>A schema file's path and text.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Text">The text, or <see langword="null"/> when the file could not be read.</param>
/// <param name="ReadError">Why reading threw, when it did.</param>
internal sealed record SchemaSource(string Path, string? Text, string? ReadError);

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

    /// <summary>For a schema with errors, the stand-in for its article type, when it names one.</summary>
    public GeneratedShell? Shell { get; init; }
}

/// <summary>The stand-in emitted for the article type of a schema with errors.</summary>
/// <param name="FullTypeName">The fully qualified type name.</param>
/// <param name="Source">The source of the stand-in.</param>
internal sealed record GeneratedShell(string FullTypeName, string Source);

/// <summary>A schema after emission: its diagnostics and, when it generates code, the source.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="FullTypeName">The fully qualified article type, when code was generated.</param>
/// <param name="TypeRange">Where the <c>type</c> value stands, for CD1015.</param>
/// <param name="Diagnostics">The schema's diagnostics, with CD1099 if emission failed.</param>
/// <param name="Source">The generated source, or <see langword="null"/>.</param>
internal sealed record EmittedSchema(
    string Path,
    string HintName,
    string? FullTypeName,
    TextRange TypeRange,
    EquatableArray<SchemaDiagnostic> Diagnostics,
    string? Source)
{
    /// <summary>For a schema with errors, the stand-in for its article type, when it names one.</summary>
    public GeneratedShell? Shell { get; init; }
}

/// <summary>What the generator reports and adds for one schema file, once every schema was seen.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="Diagnostics">Everything to report at the file, CD1015 included.</param>
/// <param name="HintName">The unique generated file name, or <see langword="null"/> when nothing is added.</param>
/// <param name="Source">The source to add, or <see langword="null"/>.</param>
internal sealed record PlannedOutput(string Path, EquatableArray<SchemaDiagnostic> Diagnostics, string? HintName, string? Source);
