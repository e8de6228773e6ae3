using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// How an article becomes its schema.org JSON-LD document, decided once: which values each property reads and what
/// they become. Properties are written in this order, each only when it has a value; the generator prints the plan
/// as <c>WriteJsonLd</c> and the interpreter runs it, through the same runtime writer, so both write the same bytes.
/// </summary>
/// <param name="Type">The <c>@type</c> of the document.</param>
/// <param name="Properties">The properties, in the order the schema maps them.</param>
public sealed record JsonLdPlan(string Type, EquatableArray<JsonLdPropertyPlan> Properties);

/// <summary>One property of a JSON-LD object.</summary>
/// <param name="Name">The schema.org property.</param>
/// <param name="Path">Where its values are in the record that owns the object.</param>
/// <param name="Form">What each value becomes.</param>
/// <param name="IsArray">Whether the values are written as an array; otherwise there is at most one, written alone.</param>
/// <param name="ObjectType">The <c>@type</c> of an <see cref="JsonLdForm.Agent"/>, <see cref="JsonLdForm.BylineAgents"/> or <see cref="JsonLdForm.Object"/>; otherwise <see langword="null"/>.</param>
/// <param name="Properties">The properties of an <see cref="JsonLdForm.Object"/>, with paths relative to the part it reads.</param>
/// <param name="SourceLine">The 1-based line of the property in the schema file, cited by the generated code.</param>
public sealed record JsonLdPropertyPlan(
    string Name,
    JsonLdPath Path,
    JsonLdForm Form,
    bool IsArray,
    string? ObjectType,
    EquatableArray<JsonLdPropertyPlan> Properties,
    int SourceLine)
{
    /// <summary>
    /// The paths after <see cref="Path"/> when the schema maps a list of paths (<c>articleBody: [lead.paragraph,
    /// paragraphs]</c>): their values follow those of <see cref="Path"/>, in order, so a property written once takes the
    /// first value of the first path that has one. Empty for one path.
    /// </summary>
    public EquatableArray<JsonLdPath> MorePaths { get; init; } = EquatableArray<JsonLdPath>.Empty;

    /// <summary>Every path of the property: <see cref="Path"/>, then <see cref="MorePaths"/>.</summary>
    public System.Collections.Generic.IEnumerable<JsonLdPath> Paths
    {
        get
        {
            yield return Path;
            foreach (JsonLdPath more in MorePaths)
            {
                yield return more;
            }
        }
    }
}

/// <summary>What the values of a property become.</summary>
public enum JsonLdForm
{
    /// <summary>The text of each value: a string.</summary>
    Text,

    /// <summary>The texts of all values joined by a blank line (<c>"\n\n"</c>): one string, as <c>articleBody</c> is.</summary>
    JoinedText,

    /// <summary>
    /// A <c>Person</c> or <c>Organization</c> named by each value: the speaker of an attribution (its whole text when
    /// it has none), or the whole text of a text value.
    /// </summary>
    Agent,

    /// <summary>
    /// A <c>Person</c> for each name of the byline a text value reads as (<c>By Ana Ruiz and Li Wei, Reuters</c>), or
    /// one named by the whole text when it is not a byline; always an array, since a byline may name several.
    /// </summary>
    BylineAgents,

    /// <summary>An object of <see cref="JsonLdPropertyPlan.ObjectType"/> per part read, with its own properties.</summary>
    Object,

    /// <summary>
    /// A <c>Quotation</c> per quotation of the paragraphs read with <c>value: quotes</c>: its text, and its resolved
    /// speaker as a <c>Person</c> <c>creator</c> when someone can be named; always an array.
    /// </summary>
    Quotations,
}

/// <summary>What a path ends at.</summary>
public enum JsonLdSource
{
    /// <summary>
    /// A value written as its text: a line read as text, quoted, as a quotes paragraph or by a typed value parser
    /// other than date, date-time and url (its text as written); a marker line; a <c>string</c> or <c>email</c>
    /// front-matter field.
    /// </summary>
    Text,

    /// <summary>A line read with <c>value: attribution</c>.</summary>
    Attribution,

    /// <summary>A part's record.</summary>
    Part,

    /// <summary>A date (<c>value: date</c>, a <c>date</c> front-matter field): written as ISO 8601, <c>2024-05-14</c>.</summary>
    Date,

    /// <summary>
    /// A date and time (<c>value: date-time</c>, a <c>date-time</c> front-matter field): written as ISO 8601 with its
    /// UTC offset, <c>2024-05-15T08:30:00+02:00</c>.
    /// </summary>
    DateTime,

    /// <summary>An absolute URL (<c>value: url</c>, a <c>url</c> front-matter field): written as its absolute URI.</summary>
    Url,

    /// <summary>The quotations of a line read with <c>value: quotes</c> (<c>paragraphs.quotes</c>).</summary>
    Quotations,
    /// <summary>A line read with <c>capture:</c>: its whole text, as written in the article.</summary>
    Captured,
}

/// <summary>A resolved path: the slots (and <c>oneOf</c> cases) walked from a record to the values.</summary>
/// <param name="Text">The path as written, such as <c>body.quote</c>.</param>
/// <param name="Steps">The steps, from the record that owns the object.</param>
/// <param name="Source">What the values are.</param>
/// <param name="Part">For <see cref="JsonLdSource.Part"/>: the part read; otherwise <see langword="null"/>.</param>
/// <param name="IsMany">Whether a step repeats, so the path can reach more than one value.</param>
public sealed record JsonLdPath(string Text, EquatableArray<JsonLdStep> Steps, JsonLdSource Source, string? Part, bool IsMany)
{
    /// <summary>
    /// For a path into the front matter (<c>frontMatter.date</c>, <c>frontMatter.author.name</c>): the fields walked
    /// from the front matter's record, and <see cref="Steps"/> is empty; otherwise empty.
    /// </summary>
    public EquatableArray<JsonLdFieldStep> FrontMatter { get; init; } = EquatableArray<JsonLdFieldStep>.Empty;

    /// <summary>
    /// For a path through a captured line to one of its fields (<c>lead.dateline</c>, <c>lead.paragraph</c>,
    /// <c>lead.paragraph.quotes</c>): the field, whose value <see cref="Source"/> describes; otherwise
    /// <see langword="null"/>, and a path that ends at a captured line reads its whole text.
    /// </summary>
    public JsonLdCaptureField? CaptureField { get; init; }

    /// <summary>Whether the path reads a front-matter field rather than slots.</summary>
    public bool IsFrontMatter => FrontMatter.Count > 0;

    /// <summary>
    /// The schema.org data type the values keep: <c>Date</c>, <c>DateTime</c> or <c>URL</c>; <see langword="null"/>
    /// for every other source (text, agents, parts and quotations).
    /// </summary>
    public string? DataType => Source switch
    {
        JsonLdSource.Date => "Date",
        JsonLdSource.DateTime => "DateTime",
        JsonLdSource.Url => "URL",
        _ => null,
    };

    /// <summary>
    /// Whether the values keep their schema.org data type (a date, a date-time or a URL): written from the parsed value,
    /// and left out where the parser refused the text, rather than written as the text.
    /// </summary>
    public bool KeepsDataType => DataType is not null;
}

/// <summary>The field of a captured line a path ends at (or, for a rest read as quotes, reads the quotations of).</summary>
/// <param name="Field">The field's name, as the schema writes it.</param>
/// <param name="FieldIndex">The field's position in the capture's record (<see cref="CapturePlan.Fields"/>).</param>
/// <param name="PropertyName">The C# property of the field.</param>
public sealed record JsonLdCaptureField(string Field, int FieldIndex, string PropertyName);

/// <summary>One step of a path into the front matter: a field of the current front-matter record.</summary>
/// <param name="Field">The key, as written.</param>
/// <param name="FieldIndex">The field's position among its record's fields, in schema order.</param>
/// <param name="IsList">Whether the field holds a list, so the path can reach more than one value.</param>
public sealed record JsonLdFieldStep(string Field, int FieldIndex, bool IsList);

/// <summary>One step of a path: a slot of the current record, then, for a <c>oneOf</c> slot, one of its cases.</summary>
/// <param name="Owner">The part that owns the slot, or the article type name for the layout.</param>
/// <param name="IsLayout">Whether the slot is a layout slot.</param>
/// <param name="Slot">The slot name.</param>
/// <param name="SlotIndex">The slot's position among its owner's slots.</param>
/// <param name="Cardinality">How often the slot occurs.</param>
/// <param name="Case">The case kept, for a <c>oneOf</c> slot; <see langword="null"/> otherwise.</param>
/// <param name="CaseIndex">The case's position among the slot's cases; -1 without a case.</param>
public sealed record JsonLdStep(string Owner, bool IsLayout, string Slot, int SlotIndex, Cardinality Cardinality, string? Case, int CaseIndex);
