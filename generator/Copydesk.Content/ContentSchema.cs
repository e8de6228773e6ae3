using System;
using System.Linq;
using Copydesk.Interpretation;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Reading;

namespace Copydesk.Content;

/// <summary>
/// A schema prepared to check articles in the build: the plan the interpreter runs when the schema has no error, else
/// the schema's diagnostics. Prepared once per schema file and shared by every article of its collection; immutable,
/// and equal to another one of the same path and the same loaded model, so a build pipeline can cache it.
/// </summary>
public sealed class ContentSchema : IEquatable<ContentSchema>
{
    private readonly SchemaLoadResult loaded;

    private ContentSchema(string schemaPath, SchemaLoadResult loaded, SchemaInterpreter? interpreter)
    {
        SchemaPath = schemaPath;
        this.loaded = loaded;
        Interpreter = interpreter;
    }

    /// <summary>The schema file, as the caller named it.</summary>
    public string SchemaPath { get; }

    /// <summary>Every problem the schema has, in file order, located in the schema file; warnings may come with a usable schema.</summary>
    public EquatableArray<SchemaDiagnostic> Diagnostics => loaded.Diagnostics;

    /// <summary>Whether the schema loaded without errors, so articles can be checked against it.</summary>
    public bool IsUsable => Interpreter is not null;

    /// <summary>How many of <see cref="Diagnostics"/> are errors.</summary>
    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.Descriptor.DefaultSeverity == SchemaSeverity.Error);

    /// <summary>The interpreter that runs the schema's plan, or <see langword="null"/> when the schema has errors.</summary>
    internal SchemaInterpreter? Interpreter { get; }

    /// <summary>
    /// Loads, checks and plans a schema file's text exactly as <c>copydesk validate --schema</c> does. Never throws for
    /// bad text: a schema with errors gives a <see cref="ContentSchema"/> that is not <see cref="IsUsable"/> and
    /// carries the errors.
    /// </summary>
    /// <param name="schemaPath">The schema file, for messages.</param>
    /// <param name="schemaText">The text of the <c>*.schema.yaml</c> file.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ContentSchema Load(string schemaPath, string schemaText)
    {
        ArgumentNullException.ThrowIfNull(schemaPath);
        ArgumentNullException.ThrowIfNull(schemaText);
        try
        {
            return Create(schemaPath, SchemaLoader.Load(schemaText));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Loading never throws on any text; should a bug make it, the schema reports CD1099, as the generator
            // does, instead of failing the compilation.
            var diagnostic = SchemaDiagnostic.Create(DiagnosticCatalog.InternalError, TextRange.FileStart, $"{exception.GetType().FullName}: {exception.Message}");
            return new ContentSchema(schemaPath, new SchemaLoadResult(null, new EquatableArray<SchemaDiagnostic>([diagnostic])), null);
        }
    }

    /// <summary>
    /// Prepares a schema the caller has already loaded with <see cref="SchemaLoader"/>, as <see cref="Load"/> prepares
    /// the schema it loads, without reading its YAML again: the build hands over the model the generator built.
    /// </summary>
    /// <param name="schemaPath">The schema file, for messages.</param>
    /// <param name="loaded">What loading the schema file produced; a result without a schema gives a schema that is not <see cref="IsUsable"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The loaded schema is not one the loader accepts (see <see cref="SchemaInterpreter.Create"/>).</exception>
    public static ContentSchema Create(string schemaPath, SchemaLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(schemaPath);
        ArgumentNullException.ThrowIfNull(loaded);
        return new ContentSchema(schemaPath, loaded, loaded.Schema is { } schema ? SchemaInterpreter.Create(schema) : null);
    }

    /// <summary>Whether <paramref name="other"/> has the same path and was prepared from an equal loaded model.</summary>
    public bool Equals(ContentSchema? other) =>
        other is not null && (ReferenceEquals(this, other) || (SchemaPath == other.SchemaPath && loaded.Equals(other.loaded)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ContentSchema);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(SchemaPath) ^ loaded.Diagnostics.Count;
}
