namespace Copydesk.Interpretation;

/// <summary>A line read with <c>value: attribution</c>: the whole line, its speaker and its context.</summary>
public sealed record InterpretedAttribution : InterpretedLine
{
    internal InterpretedAttribution(Attribution value) => Value = value;

    /// <summary>The value, as the generated code holds it.</summary>
    public Attribution Value { get; }

    /// <inheritdoc/>
    public override string Text => Value.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Value.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
