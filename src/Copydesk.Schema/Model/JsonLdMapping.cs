namespace Copydesk.Schema.Model;

/// <summary>
/// The <c>jsonLd:</c> section of a schema: which values of an article become which schema.org properties of its
/// JSON-LD document, as written. Resolved against the slots by <see cref="JsonLd.JsonLdPlanner"/>.
/// </summary>
/// <param name="Type">The schema.org type of the document, such as <c>NewsArticle</c>.</param>
/// <param name="Properties">The mapped properties, in written order.</param>
public sealed record JsonLdMapping(string Type, EquatableArray<JsonLdPropertyMapping> Properties)
{
    /// <summary>Where the type is written; the <c>jsonLd</c> key when it is not.</summary>
    public TextRange TypeRange { get; init; }
}

/// <summary>
/// One mapped property: <c>headline: headline</c>, or the long form
/// <c>{ from: inDepth, type: CreativeWork, name: title }</c> for a value that becomes an object.
/// </summary>
/// <param name="Name">The schema.org property as written.</param>
/// <param name="From">The path of the value: slot names, and case names after a <c>oneOf</c> slot, joined by dots (<c>body.quote</c>).</param>
/// <param name="Type">The schema.org type of the object the value becomes, or <see langword="null"/> for the property's own default.</param>
/// <param name="Properties">For a part that becomes an object: its mapped properties, with paths relative to the part.</param>
public sealed record JsonLdPropertyMapping(string Name, string From, string? Type, EquatableArray<JsonLdPropertyMapping> Properties)
{
    /// <summary>Where the property name is written.</summary>
    public TextRange NameRange { get; init; }

    /// <summary>Where the path is written.</summary>
    public TextRange FromRange { get; init; }

    /// <summary>
    /// The paths after <see cref="From"/> when the value is a list of paths (<c>articleBody: [lead.paragraph, paragraphs]</c>),
    /// each with where it is written; empty for one path.
    /// </summary>
    public EquatableArray<JsonLdMorePath> MoreFrom { get; init; } = EquatableArray<JsonLdMorePath>.Empty;

    /// <summary>Where the type is written; the <see cref="NameRange"/> when there is none.</summary>
    public TextRange TypeRange { get; init; }
}

/// <summary>A path after the first of a property that maps a list of paths, and where it is written.</summary>
/// <param name="From">The path as written.</param>
/// <param name="Range">Where it is written.</param>
public sealed record JsonLdMorePath(string From, TextRange Range);
