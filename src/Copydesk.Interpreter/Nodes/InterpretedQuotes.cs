using Copydesk.Text.Quotes;

namespace Copydesk.Interpretation;

/// <summary>A paragraph read with <c>value: quotes</c>: its text and the direct quotations in it.</summary>
public sealed record InterpretedQuotes : InterpretedLine
{
    internal InterpretedQuotes(QuotedParagraph value) => Value = value;

    /// <summary>The value, as the generated code holds it.</summary>
    public QuotedParagraph Value { get; }

    /// <inheritdoc/>
    public override string Text => Value.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Value.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
