namespace Copydesk.Interpretation;

/// <summary>
/// The value of one slot of an <see cref="InterpretedRecord"/>: a node, nothing (an optional slot, or a slot
/// with <c>after:</c>, that did not match), or a list (a <c>repeat</c> slot).
/// </summary>
public readonly record struct InterpretedField
{
    private readonly string? name;

    private InterpretedField(string name, InterpretedNode? value, NodeList<InterpretedNode> items, bool isList)
    {
        this.name = name;
        Value = value;
        Items = items;
        IsList = isList;
    }

    /// <summary>The slot name as written in the schema; the contract JSON property name (empty for <see langword="default"/>).</summary>
    public string Name => name ?? string.Empty;

    /// <summary>
    /// For a slot that is not a <c>repeat</c>: the node read, or <see langword="null"/> when the slot is optional
    /// (or has <c>after:</c>) and did not match. Always <see langword="null"/> for a list.
    /// </summary>
    public InterpretedNode? Value { get; }

    /// <summary>For a <c>repeat</c> slot: the items read, in order (possibly none). Empty for other slots.</summary>
    public NodeList<InterpretedNode> Items { get; }

    /// <summary>Whether the slot is a <c>repeat</c>, so its value is <see cref="Items"/>.</summary>
    public bool IsList { get; }

    /// <summary>A slot that read one node.</summary>
    internal static InterpretedField Single(string name, InterpretedNode value) => new(name, value, NodeList<InterpretedNode>.Empty, isList: false);

    /// <summary>An optional slot that read nothing.</summary>
    internal static InterpretedField Absent(string name) => new(name, null, NodeList<InterpretedNode>.Empty, isList: false);

    /// <summary>A repeat slot and its items.</summary>
    internal static InterpretedField List(string name, NodeList<InterpretedNode> items) => new(name, null, items, isList: true);
}
