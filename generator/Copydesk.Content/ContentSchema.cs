using System;
using System.Linq;
using Copydesk.Interpretation;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Content;

/// <summary>
/// A schema loaded to check articles in the build: the plan the interpreter runs when the schema has no error, else
/// the schema's diagnostics. Loaded once per schema file and shared by every article of its collection; immutable, and
/// equal to another load of the same path and text, so a build pipeline can cache it.
/// </summary>
public sealed class ContentSchema : IEquatable<ContentSchema>
{
    private readonly string schemaText;

    private ContentSchema(string schemaPath, string schemaText, SchemaInterpreter? interpreter, EquatableArray<SchemaDiagnostic> diagnostics)
    {
        SchemaPath = schemaPath;
        this.schemaText = schemaText;
        Interpreter = interpreter;
        Diagnostics = diagnostics;
    }

    /// <summary>The schema file, as the caller named it.</summary>
    public string SchemaPath { get; }

    /// <summary>Every problem the schema has, in file order, located in the schema file; warnings may come with a usable schema.</summary>
    public EquatableArray<SchemaDiagnostic> Diagnostics { get; }

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
        SchemaInterpreter.TryLoad(schemaText, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics);
        return new ContentSchema(schemaPath, schemaText, interpreter, diagnostics);
    }

    /// <summary>Whether <paramref name="other"/> was loaded from the same path and text.</summary>
    public bool Equals(ContentSchema? other) =>
        other is not null && (ReferenceEquals(this, other) || (SchemaPath == other.SchemaPath && schemaText == other.schemaText));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ContentSchema);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(SchemaPath) ^ schemaText.Length;
}
