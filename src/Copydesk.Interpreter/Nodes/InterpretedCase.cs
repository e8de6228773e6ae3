namespace Copydesk.Interpretation;

/// <summary>One item of a <c>oneOf</c> slot: the case that matched and what it read.</summary>
public sealed record InterpretedCase : InterpretedNode
{
    internal InterpretedCase(string name, int caseIndex, InterpretedNode value)
    {
        Name = name;
        CaseIndex = caseIndex;
        Value = value;
    }

    /// <summary>The case name as written in the schema; the <c>"$type"</c> of the contract JSON.</summary>
    public string Name { get; }

    /// <summary>The value the case read: an <see cref="InterpretedLine"/> for a line case, an <see cref="InterpretedRecord"/> for a part.</summary>
    public InterpretedNode Value { get; }

    /// <summary>Where the item stands: the span of its value.</summary>
    public override SourceSpan Span => Value.Span;

    /// <summary>The position of the case in the slot's <c>oneOf</c> list, so validation and JSON need no name lookup.</summary>
    internal int CaseIndex { get; }
}
