using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// How a captured line becomes a record, decided once: the pattern and its engine, the record's name, and each field
/// with its source (a named group or the text after the match) and its parser. The generator prints it as a nested
/// record and a read method; the interpreter binds it to the same runtime calls (<c>Copydesk.Values.LineCaptures</c>).
/// </summary>
/// <param name="Pattern">The pattern matched on the line's text.</param>
/// <param name="Backtracking">Whether it needs the backtracking engine (CD1040) and so runs under the time budget.</param>
/// <param name="RecordName">The name of the record, nested in the article type (<see cref="Naming.SchemaNames.CaptureTypeName"/>).</param>
/// <param name="Fields">The fields in record and JSON order: the declared groups, then the rest field.</param>
public sealed record CapturePlan(string Pattern, bool Backtracking, string RecordName, EquatableArray<CaptureFieldPlan> Fields)
{
    /// <summary>
    /// Whether the rest is read with <c>value: quotes</c>: its quotations are found with the article's, once the parse
    /// ends, so the read needs the parse's state and the unit's position, not only the line.
    /// </summary>
    public bool ReadsQuotes => Fields.Count > 0 && Fields[Fields.Count - 1] is { IsRest: true, Value: ValueKind.Quotes };
}

/// <summary>One field of a captured record.</summary>
/// <param name="Name">The group name, or the rest field's name; the JSON property name.</param>
/// <param name="PropertyName">The C# property.</param>
/// <param name="IsRest">Whether the field takes the text after the match instead of a group.</param>
/// <param name="Spec">The typed value parser, or <see langword="null"/> for text; the rest has none.</param>
public sealed record CaptureFieldPlan(string Name, string PropertyName, bool IsRest, ValueSpec? Spec)
{
    /// <summary>
    /// How the field is read: <see cref="ValueKind.Typed"/> with <see cref="Spec"/>, <see cref="ValueKind.Text"/>, or
    /// for the rest <see cref="ValueKind.Quotes"/>, a paragraph and the quotations in it.
    /// </summary>
    public ValueKind Value { get; init; } = ValueKind.Text;
}
