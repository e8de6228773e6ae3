namespace Copydesk.Schema.Model;

/// <summary>How often a slot occurs.</summary>
public enum Cardinality
{
    /// <summary>Exactly once.</summary>
    One,

    /// <summary>Once or not at all; absent is <c>null</c>.</summary>
    Optional,

    /// <summary>Min..Max times, greedily; an array.</summary>
    Repeat,
}

/// <summary>How a line becomes a value.</summary>
public enum ValueKind
{
    /// <summary>The trimmed line.</summary>
    Text,

    /// <summary>The line without one pair of enclosing quotation marks.</summary>
    Quoted,

    /// <summary>Speaker and context of an attribution line.</summary>
    Attribution,

    /// <summary>A typed value parser (<c>date</c>, <c>integer</c>, <c>list</c>, …), described by a <see cref="ValueSpec"/>.</summary>
    Typed,

    /// <summary>A paragraph of prose and the direct quotations in it, with their speakers resolved across the article.</summary>
    Quotes,

    /// <summary>The named groups of a pattern's match (and the text after it) as typed fields, described by a <see cref="CaptureSpec"/>.</summary>
    Captured,
}

/// <summary>
/// One slot of a layout or part: becomes a property and a JSON member. A closed hierarchy: a slot reads one line of
/// a class (<see cref="LineSlot"/>), a part (<see cref="PartSlot"/>), a marker line (<see cref="MarkerSlot"/>) or the
/// first of several cases (<see cref="OneOfSlot"/>); there is no other kind.
/// </summary>
public abstract record Slot
{
    // Only the kinds below derive from this type.
    private protected Slot()
    {
    }

    /// <summary>The name as written; the JSON property name.</summary>
    public required string Name { get; init; }

    /// <summary>How often the slot occurs.</summary>
    public Cardinality Cardinality { get; init; } = Cardinality.One;

    /// <summary>For repeats: the fewest items (1 for a slot read once, 0 for an optional one).</summary>
    public int Min { get; init; } = 1;

    /// <summary>For repeats: the most items; <see cref="int.MaxValue"/> for no limit.</summary>
    public int Max { get; init; } = 1;

    /// <summary>A marker line consumed before the slot; when absent the slot is empty. <see langword="null"/> for none.</summary>
    public string? After { get; init; }

    /// <summary>The other texts of the <see cref="After"/> marker, when it lists alternatives.</summary>
    public EquatableArray<string> OtherAfterTexts { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether the slot's markers (<c>marker</c> and <c>after</c>) compare case.</summary>
    public bool MarkersCaseSensitive { get; init; }

    /// <summary>Where the slot's markers (<c>marker</c> and <c>after</c>) reserve their lines.</summary>
    public MarkerScope MarkerScope { get; init; } = MarkerScope.Everywhere;

    /// <summary>The <see cref="After"/> marker with its options, or <see langword="null"/>.</summary>
    public MarkerDefinition? AfterMarker => After is null
        ? null
        : new MarkerDefinition(After, CapturesRest: false) { OtherTexts = OtherAfterTexts, CaseSensitive = MarkersCaseSensitive, Scope = MarkerScope };

    /// <summary>The rules checked by <c>Validate()</c>, or <see langword="null"/>.</summary>
    public Check? Check { get; init; }

    /// <summary>Documentation for the property.</summary>
    public string? Description { get; init; }

    /// <summary>Where the slot's name stands in the schema file.</summary>
    public TextRange Range { get; init; }

    /// <summary>
    /// Where the target is written: the line class or part name (bare or after <c>line:</c>/<c>part:</c>), the
    /// marker text, or the <c>oneOf</c> key. The name's <see cref="Range"/> when the target was not read.
    /// </summary>
    public TextRange TargetRange { get; init; }
}

/// <summary>A slot that reads one line of a line class.</summary>
public sealed record LineSlot : Slot
{
    /// <summary>The line class: a built-in or one the schema declares.</summary>
    public required string LineClass { get; init; }

    /// <summary>How the line becomes a value.</summary>
    public ValueKind Value { get; init; } = ValueKind.Text;

    /// <summary>The typed value parser when <see cref="Value"/> is <see cref="ValueKind.Typed"/>; otherwise <see langword="null"/>.</summary>
    public ValueSpec? Spec { get; init; }

    /// <summary>The capture when <see cref="Value"/> is <see cref="ValueKind.Captured"/>; otherwise <see langword="null"/>.</summary>
    public CaptureSpec? Capture { get; init; }
}

/// <summary>A slot that reads a composite part.</summary>
public sealed record PartSlot : Slot
{
    /// <summary>The part name.</summary>
    public required string Part { get; init; }
}

/// <summary>A slot that reads a marker line.</summary>
public sealed record MarkerSlot : Slot
{
    /// <summary>The marker text; the first alternative when there are several.</summary>
    public required string Text { get; init; }

    /// <summary>The other texts the marker matches, after <see cref="Text"/>.</summary>
    public EquatableArray<string> OtherTexts { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether text after the marker is allowed and captured.</summary>
    public bool CapturesRest { get; init; }

    /// <summary>The marker with its options.</summary>
    public MarkerDefinition Marker =>
        new(Text, CapturesRest) { OtherTexts = OtherTexts, CaseSensitive = MarkersCaseSensitive, Scope = MarkerScope };
}

/// <summary>A slot that reads the first of its cases that matches.</summary>
public sealed record OneOfSlot : Slot
{
    /// <summary>The cases, in the order they are tried.</summary>
    public required EquatableArray<OneOfCase> Cases { get; init; }
}

/// <summary>One case of a <c>oneOf</c> slot, under a case name: a line class (<see cref="LineCase"/>) or a part (<see cref="PartCase"/>).</summary>
public abstract record OneOfCase
{
    // Only the kinds below derive from this type.
    private protected OneOfCase()
    {
    }

    /// <summary>The case name; the <c>$type</c> in JSON.</summary>
    public required string Name { get; init; }

    /// <summary>Where the case's name stands in the schema file.</summary>
    public TextRange Range { get; init; }

    /// <summary>Where the line class or part name is written; the name's <see cref="Range"/> when it was not read.</summary>
    public TextRange TargetRange { get; init; }

    /// <summary>The <c>count</c> of the case: how many items of a repeated <c>oneOf</c> may take it; <see langword="null"/> for no rule.</summary>
    public CaseCount? Count { get; init; }
}

/// <summary>How many items of a repeated <c>oneOf</c> may take one case.</summary>
/// <param name="Min">The fewest items.</param>
/// <param name="Max">The most items; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="Range">Where the <c>count</c> key stands.</param>
public sealed record CaseCount(int Min, int Max, TextRange Range);

/// <summary>A case that reads one line of a line class.</summary>
public sealed record LineCase : OneOfCase
{
    /// <summary>The line class.</summary>
    public required string LineClass { get; init; }

    /// <summary>How the line becomes a value.</summary>
    public ValueKind Value { get; init; } = ValueKind.Text;

    /// <summary>The typed value parser when <see cref="Value"/> is <see cref="ValueKind.Typed"/>; otherwise <see langword="null"/>.</summary>
    public ValueSpec? Spec { get; init; }

    /// <summary>The capture when <see cref="Value"/> is <see cref="ValueKind.Captured"/>; otherwise <see langword="null"/>.</summary>
    public CaptureSpec? Capture { get; init; }
}

/// <summary>A case that reads a composite part.</summary>
public sealed record PartCase : OneOfCase
{
    /// <summary>The part name.</summary>
    public required string Part { get; init; }
}

/// <summary>Severity of a check violation.</summary>
public enum CheckSeverity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error (the default).</summary>
    Error,
}

/// <summary>The <c>check:</c> rules of a slot; <see langword="null"/> members are not checked.</summary>
public sealed record Check(
    int? MaxLength,
    int? MinLength,
    int? MaxWords,
    int? MinWords,
    string? Pattern,
    bool NotEmpty,
    EquatableArray<string> OneOf,
    bool SpeakerRequired,
    int? CountMin,
    int? CountMax,
    CheckSeverity Severity,
    string? Message)
{
    /// <summary><c>attributedWithin</c>: how many paragraphs before a quotation its attribution may stand; only on <c>value: quotes</c>.</summary>
    public int? AttributedWithin { get; init; }
}
