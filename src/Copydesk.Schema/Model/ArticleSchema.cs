using System.Collections.Generic;

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

    /// <summary>The input model (<c>input:</c>): how the article text becomes the units the schema matches.</summary>
    public InputModel Input { get; init; } = InputModel.Lines;

    /// <summary>The <c>jsonLd:</c> mapping, or <see langword="null"/> when the schema has none.</summary>
    public JsonLdMapping? JsonLd { get; init; }

    /// <summary>The <c>rules:</c> relating fields of the article, in written order; empty when the schema has none.</summary>
    public EquatableArray<FieldRule> Rules { get; init; } = EquatableArray<FieldRule>.Empty;

    /// <summary>Where the <c>input</c> value stands (the file start when it is not written), for diagnostics about what it needs.</summary>
    public TextRange InputRange { get; init; }

    /// <summary>Whether reading the schema's articles needs Copydesk.Markup (CD1052 when a project lacks it).</summary>
    public bool NeedsMarkup => Input.Kind == InputKind.Markdown || FrontMatter is not null;

    /// <summary>The accessibility of every generated type: <c>visibility</c> in the schema, or <see langword="null"/> for the project's default.</summary>
    public TypeVisibility? Visibility { get; init; }
}

/// <summary>The accessibility of the types generated from a schema.</summary>
public enum TypeVisibility
{
    /// <summary>Public types (the default).</summary>
    Public,

    /// <summary>Internal types, for a library that does not expose its articles.</summary>
    Internal,
}

/// <summary>A named line class: a predicate over the text of one line.</summary>
public sealed record LineClass(string Name, Predicate Predicate, string? Description, TextRange Range);

/// <summary>A composite part: an ordered list of slots that becomes a record type.</summary>
public sealed record Part(string Name, string? Description, EquatableArray<Slot> Slots, TextRange Range);

/// <summary>
/// A marker line: literal text, or one of several alternatives, matched case-insensitively unless
/// <see cref="CaseSensitive"/>, optionally capturing the rest of the line.
/// </summary>
/// <param name="Text">The marker text; the first alternative when there are several.</param>
/// <param name="CapturesRest">Whether text after the marker is allowed and captured.</param>
public sealed record MarkerDefinition(string Text, bool CapturesRest)
{
    /// <summary>The other texts the marker matches, after <see cref="Text"/>; empty for a single text.</summary>
    public EquatableArray<string> OtherTexts { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether case counts when a line is compared with the texts.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Which line reads a line matching the marker is kept from.</summary>
    public MarkerScope Scope { get; init; } = MarkerScope.Everywhere;

    /// <summary><see cref="Text"/>, then <see cref="OtherTexts"/>.</summary>
    public IEnumerable<string> Texts
    {
        get
        {
            yield return Text;
            foreach (string text in OtherTexts)
            {
                yield return text;
            }
        }
    }
}

/// <summary>Where a line matching a marker is reserved, that is, kept from every line class.</summary>
public enum MarkerScope
{
    /// <summary>Everywhere in the article: no line class ever reads it.</summary>
    Everywhere,

    /// <summary>
    /// Only where the schema could read the marker: a line read yields to it when the marker could be read at the
    /// same line by another case, or right after the item the line read belongs to. Elsewhere it is an ordinary line.
    /// </summary>
    WhereRead,
}
