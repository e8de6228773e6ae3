namespace Copydesk.Values;

/// <summary>
/// A line read by a typed value parser (<c>value: date</c>, <c>value: integer</c>, …): the value, or
/// <see langword="null"/> when the parser refused the text, with the text and where it stands. A refused text is
/// reported by <c>Validate()</c> under the parser's code (<see cref="Failure"/>), never thrown.
/// </summary>
/// <typeparam name="T">The nullable type of the value: <c>DateOnly?</c>, <c>long?</c>, <c>Uri?</c>, ….</typeparam>
/// <param name="Value">The value; <see langword="null"/> when the text was refused.</param>
/// <param name="Text">The trimmed text the parser read.</param>
/// <param name="Span">Where the text stands in the original article.</param>
/// <param name="Failure">Why the text was refused, or <see langword="null"/> when it was read.</param>
public readonly record struct TypedLine<T>(T Value, string Text, SourceSpan Span, ValueFailure? Failure)
{
    /// <summary>Whether the parser read the text.</summary>
    public bool IsRead => Failure is null;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
