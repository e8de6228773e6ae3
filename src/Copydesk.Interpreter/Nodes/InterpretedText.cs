namespace Copydesk.Interpretation;

/// <summary>
/// A line read as text: the trimmed line (<c>value: text</c>), the line without its quotation marks
/// (<c>value: quoted</c>), a marker line, or the text captured after a marker (<c>capture: rest</c>).
/// </summary>
public sealed record InterpretedText : InterpretedLine
{
    internal InterpretedText(TextLine value) => Value = value;

    /// <summary>The value, as the generated code holds it.</summary>
    public TextLine Value { get; }

    /// <inheritdoc/>
    public override string Text => Value.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Value.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
