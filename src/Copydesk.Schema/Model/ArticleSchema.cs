namespace Copydesk.Schema.Model;

/// <summary>A loaded and checked schema: everything code generation and interpretation need.</summary>
/// <param name="Version">The <c>copydesk</c> language version.</param>
/// <param name="TypeName">The article type name (a valid C# identifier).</param>
/// <param name="Namespace">The namespace of the generated types, or <see langword="null"/> for the project's root namespace.</param>
/// <param name="Description">Documentation for the article type.</param>
/// <param name="LineClasses">Line classes declared by the schema, in order; built-ins are not listed.</param>
/// <param name="Parts">Composite parts, in order.</param>
/// <param name="Layout">The slots of the article itself.</param>
/// <param name="Markers">Every marker the schema declares (by a marker slot or <c>after:</c>), without duplicates; lines matching one are reserved.</param>
public sealed record ArticleSchema(
    int Version,
    string TypeName,
    string? Namespace,
    string? Description,
    EquatableArray<LineClass> LineClasses,
    EquatableArray<Part> Parts,
    EquatableArray<Slot> Layout,
    EquatableArray<MarkerDefinition> Markers)
{
    /// <summary>Where the <c>type</c> value stands, for diagnostics about the generated type.</summary>
    public TextRange TypeRange { get; init; }

    /// <summary>The typed front matter the schema declares, or <see langword="null"/> when it reads none.</summary>
    public FrontMatterSchema? FrontMatter { get; init; }
}

/// <summary>A named line class: a predicate over the text of one line.</summary>
public sealed record LineClass(string Name, Predicate Predicate, string? Description, TextRange Range);

/// <summary>A composite part: an ordered list of slots that becomes a record type.</summary>
public sealed record Part(string Name, string? Description, EquatableArray<Slot> Slots, TextRange Range);

/// <summary>A marker line: literal text matched case-insensitively, optionally capturing the rest of the line.</summary>
public sealed record MarkerDefinition(string Text, bool CapturesRest);
