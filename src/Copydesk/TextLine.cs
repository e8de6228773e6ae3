namespace Copydesk;

/// <summary>One line of an article after normalisation, or a text value read from one line.</summary>
/// <param name="Text">The trimmed text (for <c>quoted</c> values, the text inside the quotation marks).</param>
/// <param name="Span">Where the line stands in the original text.</param>
public readonly record struct TextLine(string Text, SourceSpan Span)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    /// <summary>The text of the line.</summary>
    public static implicit operator string(TextLine line) => line.Text;
}
