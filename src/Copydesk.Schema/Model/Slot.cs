namespace Copydesk.Schema.Model;

/// <summary>What a slot reads.</summary>
public enum SlotKind
{
    /// <summary>One line of a line class.</summary>
    Line,

    /// <summary>A composite part.</summary>
    Part,

    /// <summary>A marker line.</summary>
    Marker,

    /// <summary>The first of several cases that matches.</summary>
    OneOf,
}

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
}

/// <summary>One slot of a layout or part: becomes a property and a JSON member.</summary>
/// <param name="Name">The name as written; the JSON property name.</param>
/// <param name="Kind">What the slot reads.</param>
/// <param name="Target">The line class (for <see cref="SlotKind.Line"/>), part (for <see cref="SlotKind.Part"/>) or marker text (for <see cref="SlotKind.Marker"/>); empty for <see cref="SlotKind.OneOf"/>.</param>
/// <param name="CapturesRest">For markers: whether text after the marker is allowed and captured.</param>
/// <param name="Cases">For <see cref="SlotKind.OneOf"/>: the cases in order.</param>
/// <param name="Cardinality">How often the slot occurs.</param>
/// <param name="Min">For repeats: the fewest items.</param>
/// <param name="Max">For repeats: the most items; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="After">A marker line consumed before the slot; when absent the slot is empty.</param>
/// <param name="Value">How a line becomes a value (line slots).</param>
/// <param name="Check">The rules checked by <c>Validate()</c>, or <see langword="null"/>.</param>
/// <param name="Description">Documentation for the property.</param>
/// <param name="Range">Where the slot's name stands in the schema file.</param>
public sealed record Slot(
    string Name,
    SlotKind Kind,
    string Target,
    bool CapturesRest,
    EquatableArray<OneOfCase> Cases,
    Cardinality Cardinality,
    int Min,
    int Max,
    string? After,
    ValueKind Value,
    Check? Check,
    string? Description,
    TextRange Range)
{
    /// <summary>
    /// Where the target is written: the line class or part name (bare or after <c>line:</c>/<c>part:</c>), the
    /// marker text, or the <c>oneOf</c> key. The name's <see cref="Range"/> when the target was not read.
    /// </summary>
    public TextRange TargetRange { get; init; }
}

/// <summary>One case of a <c>oneOf</c> slot: a line class or a part, under a case name.</summary>
/// <param name="Name">The case name; the <c>$type</c> in JSON.</param>
/// <param name="Kind"><see cref="SlotKind.Line"/> or <see cref="SlotKind.Part"/>.</param>
/// <param name="Target">The line class or part name.</param>
/// <param name="Value">How a line becomes a value, for line cases.</param>
/// <param name="Range">Where the case's name stands in the schema file.</param>
public sealed record OneOfCase(string Name, SlotKind Kind, string Target, ValueKind Value, TextRange Range)
{
    /// <summary>Where the line class or part name is written; the name's <see cref="Range"/> when it was not read.</summary>
    public TextRange TargetRange { get; init; }
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
    string? Message);
