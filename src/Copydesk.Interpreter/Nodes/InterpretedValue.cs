using Copydesk.Values;

namespace Copydesk.Interpretation;

/// <summary>
/// A line read by a typed value parser (<c>value: date</c>, <c>value: integer</c>, …): the value as the generated
/// code's <see cref="TypedLine{T}"/> holds it, boxed (<see langword="null"/> when the parser refused the text).
/// </summary>
public sealed record InterpretedValue : InterpretedLine
{
    internal InterpretedValue(TypedLine<object?> value) => Value = value;

    /// <summary>The value, its text, span and failure.</summary>
    public TypedLine<object?> Value { get; }

    /// <inheritdoc/>
    public override string Text => Value.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Value.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}

/// <summary>
/// A line read by <c>value: list</c>: every item with its own value (boxed), text, span and failure, as the
/// generated code's <see cref="TypedLine{T}"/> of a <see cref="NodeList{T}"/> holds them.
/// </summary>
public sealed record InterpretedValueList : InterpretedLine
{
    internal InterpretedValueList(TypedLine<NodeList<TypedLine<object?>>> value) => Value = value;

    /// <summary>The items, and the text and span of the whole line.</summary>
    public TypedLine<NodeList<TypedLine<object?>>> Value { get; }

    /// <inheritdoc/>
    public override string Text => Value.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Value.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
