using Copydesk.Schema.Planning;

namespace Copydesk.Interpretation.Binding;

/// <summary>The layout or a part, bound: its slots in order.</summary>
internal sealed class BoundOwner
{
    /// <param name="plan">The owner's plan.</param>
    /// <param name="slots">The bound slots; parts they read are bound already.</param>
    public BoundOwner(OwnerPlan plan, BoundSlot[] slots)
    {
        Name = plan.Name;
        IsLayout = plan.IsLayout;
        HasChecks = plan.HasChecks;
        Slots = slots;
    }

    /// <summary>The name an <see cref="InterpretedRecord"/> of this owner carries: the part name, or the article type name.</summary>
    public string Name { get; }

    /// <summary>Whether this is the layout.</summary>
    public bool IsLayout { get; }

    public BoundSlot[] Slots { get; }

    /// <inheritdoc cref="OwnerPlan.HasChecks"/>
    public bool HasChecks { get; }
}
