namespace Copydesk.Interpretation;

/// <summary>
/// A value read by an interpreted schema: the run-time counterpart of the records the generator emits.
/// The tree is immutable and compares by value, like the generated records.
/// </summary>
/// <remarks>
/// The kinds of node are:
/// <list type="bullet">
/// <item><see cref="InterpretedText"/>: a line read as text (slots with <c>value: text</c> or <c>quoted</c>, and markers);</item>
/// <item><see cref="InterpretedAttribution"/>: a line read with <c>value: attribution</c>;</item>
/// <item><see cref="InterpretedValue"/> and <see cref="InterpretedValueList"/>: a line read by a typed value parser (<c>value: date</c>, <c>value: list</c>, …);</item>
/// <item><see cref="InterpretedRecord"/>: the article or a part, with one <see cref="InterpretedField"/> per slot;</item>
/// <item><see cref="InterpretedCase"/>: the case of a <c>oneOf</c> slot that matched, and its value.</item>
/// </list>
/// </remarks>
public abstract record InterpretedNode
{
    /// <summary>Where the node stands in the original article text.</summary>
    public abstract SourceSpan Span { get; }
}
