namespace Copydesk.Schema.Model;

/// <summary>
/// What <c>capture:</c> declares on a line slot or a line case: a pattern whose named groups become the fields of a
/// record, each read as text or by a typed value parser, and optionally a field that takes the text after the match.
/// <c>capture: { pattern: '^(?&lt;place&gt;[A-Z]+) — ', fields: { place: text }, rest: text }</c>, or with the rest read
/// as a paragraph and its quotations, <c>rest: { name: text, value: quotes }</c>. Compares by value.
/// </summary>
/// <param name="Pattern">The .NET regular expression matched on the line's trimmed text.</param>
/// <param name="Fields">The named groups read as fields, in the order <c>fields</c> lists them.</param>
public sealed record CaptureSpec(string Pattern, EquatableArray<CaptureField> Fields)
{
    /// <summary>The name of the field that holds the text after the match, or <see langword="null"/> for none.</summary>
    public string? Rest { get; init; }

    /// <summary>Where the rest field's name is written; the default when there is no rest field.</summary>
    public TextRange RestRange { get; init; }

    /// <summary>How the rest field is read: <see cref="ValueKind.Text"/> or <see cref="ValueKind.Quotes"/>.</summary>
    public ValueKind RestValue { get; init; } = ValueKind.Text;
}

/// <summary>One field of a capture: a named group of the pattern and how its text is read.</summary>
/// <param name="Name">The group name; the field's JSON name.</param>
/// <param name="Spec">The typed value parser, or <see langword="null"/> to keep the text.</param>
public sealed record CaptureField(string Name, ValueSpec? Spec)
{
    /// <summary>Where the field's name is written in <c>fields</c>.</summary>
    public TextRange Range { get; init; }
}
