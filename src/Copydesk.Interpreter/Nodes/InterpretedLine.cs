namespace Copydesk.Interpretation;

/// <summary>A value read from one line: <see cref="InterpretedText"/>, <see cref="InterpretedAttribution"/>, <see cref="InterpretedQuotes"/>, <see cref="InterpretedValue"/> or <see cref="InterpretedValueList"/>.</summary>
public abstract record InterpretedLine : InterpretedNode
{
    /// <summary>The text of the value: what the contract JSON writes for a text value, and what checks measure.</summary>
    public abstract string Text { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
