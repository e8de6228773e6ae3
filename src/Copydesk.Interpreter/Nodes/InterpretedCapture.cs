namespace Copydesk.Interpretation;

/// <summary>
/// A line read with <c>capture:</c>: the line, whether the capture pattern matched it, and one field per declared group
/// (and the rest field), each an <see cref="InterpretedText"/> or an <see cref="InterpretedValue"/>, or absent when it
/// captured nothing. The generated code holds the same as a record nested in the article type.
/// </summary>
public sealed record InterpretedCapture : InterpretedLine
{
    internal InterpretedCapture(TextLine line, bool isMatch, NodeList<InterpretedField> fields)
    {
        Line = line;
        IsMatch = isMatch;
        Fields = fields;
    }

    /// <summary>The line read, whole.</summary>
    public TextLine Line { get; }

    /// <summary>Whether the capture pattern matched the line; when it did not, every group field is absent.</summary>
    public bool IsMatch { get; }

    /// <summary>The fields, in the schema's order: the declared groups, then the rest field.</summary>
    public NodeList<InterpretedField> Fields { get; }

    /// <summary>The whole line's text.</summary>
    public override string Text => Line.Text;

    /// <inheritdoc/>
    public override SourceSpan Span => Line.Span;

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
