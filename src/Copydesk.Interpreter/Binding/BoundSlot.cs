using System.Text.Json;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>What a bound slot reads; mirrors the kinds of <see cref="SlotRead"/> so the parser switches on a number.</summary>
internal enum ReadKind
{
    Line,
    Marker,
    Part,
    OneOf,
}

/// <summary>
/// One slot of the layout or of a part, bound: its plan with the runtime objects it needs attached (line tests,
/// markers, expectations, compiled patterns, encoded JSON names) and the values the parser reads on every line
/// copied out of the plan.
/// </summary>
internal sealed class BoundSlot
{
    public BoundSlot(SlotPlan plan, ReadKind kind, BoundChecks checks)
    {
        Plan = plan;
        Name = plan.Name;
        JsonName = JsonNames.Encode(plan.JsonName);
        Section = plan.Section;
        Kind = kind;
        Cardinality = plan.Cardinality;
        Min = plan.Repeat?.Min ?? 0;
        Max = plan.Repeat?.Max ?? 1;
        Strategy = plan.Repeat?.Strategy ?? RunStrategy.Growing;
        CacheIndex = plan.Repeat?.CacheIndex ?? -1;
        IsNullable = plan.IsNullable;
        Checks = checks;
    }

    public SlotPlan Plan { get; }

    /// <summary>The slot name as written.</summary>
    public string Name { get; }

    public JsonEncodedText JsonName { get; }

    /// <inheritdoc cref="SlotPlan.Section"/>
    public string? Section { get; }

    public ReadKind Kind { get; }

    public Cardinality Cardinality { get; }

    /// <summary>The fewest items of a repeat.</summary>
    public int Min { get; }

    /// <summary>The most items of a repeat; <see cref="int.MaxValue"/> when unbounded.</summary>
    public int Max { get; }

    /// <summary>How a repeat collects its items.</summary>
    public RunStrategy Strategy { get; }

    /// <summary>The index of a cached repeat's <see cref="RepeatCache{T}"/> in a parse, or -1.</summary>
    public int CacheIndex { get; }

    /// <inheritdoc cref="SlotPlan.IsNullable"/>
    public bool IsNullable { get; }

    public BoundChecks Checks { get; }

    /// <summary>The line class of a line slot.</summary>
    public LineTest? Line { get; init; }

    /// <summary>How a line slot turns its line into a value.</summary>
    public ValueKind Value { get; init; }

    /// <summary>The markers reserved only where read that a line slot leaves alone (<see cref="LineRead.YieldsTo"/>).</summary>
    public Marker[] YieldsTo { get; init; } = [];

    /// <summary>The read of a line slot with <see cref="ValueKind.Typed"/> or <see cref="ValueKind.Captured"/>; otherwise <see langword="null"/>.</summary>
    public LineValueReader? TypedRead { get; init; }

    /// <summary>The marker of a marker slot.</summary>
    public Marker? Marker { get; init; }

    /// <summary>What a line or marker slot records when it does not match.</summary>
    public Expectation? Expectation { get; init; }

    /// <summary>The marker of <c>after:</c>, read before the slot; <see langword="null"/> when the slot has none.</summary>
    public Marker? After { get; init; }

    /// <summary>What the slot records when its <c>after:</c> marker is not there.</summary>
    public Expectation? AfterExpectation { get; init; }

    /// <summary>The part a part slot reads.</summary>
    public BoundOwner? Part { get; init; }

    /// <summary>The cases of a <c>oneOf</c> slot, in order; empty for other slots.</summary>
    public BoundCase[] Cases { get; init; } = [];
}
