using System;

namespace Copydesk.Interpretation.Plan;

/// <summary>The layout or a part, ready to run: its slots in order.</summary>
internal sealed class OwnerPlan
{
    /// <param name="partName">The part name, or <see langword="null"/> for the layout.</param>
    /// <param name="recordName">The part name, or the article type name for the layout.</param>
    /// <param name="slots">The slots in schema order; parts they read are complete already.</param>
    public OwnerPlan(string? partName, string recordName, SlotPlan[] slots)
    {
        PartName = partName;
        RecordName = recordName;
        Slots = slots;
        HasChecks = Array.Exists(slots, slot => slot.HasChecks);
    }

    /// <summary>The part name; <see langword="null"/> for the layout.</summary>
    public string? PartName { get; }

    /// <summary>The name an <see cref="InterpretedRecord"/> of this owner carries.</summary>
    public string RecordName { get; }

    /// <summary>Whether this is the layout, whose slots set the section of parse errors.</summary>
    public bool IsLayout => PartName is null;

    public SlotPlan[] Slots { get; }

    /// <summary>Whether validating a record of this owner can report anything (the emitter's <c>PartHasChecks</c>).</summary>
    public bool HasChecks { get; }
}
