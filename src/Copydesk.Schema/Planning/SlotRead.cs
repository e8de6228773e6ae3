using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// What one occurrence of a slot reads: a line of a class (<see cref="LineRead"/>), a marker line
/// (<see cref="MarkerRead"/>), a part (<see cref="PartRead"/>) or the first matching case (<see cref="OneOfRead"/>).
/// A closed set: back ends treat anything else as a bug.
/// </summary>
public abstract record SlotRead
{
    // Only the kinds below derive from this type.
    private protected SlotRead()
    {
    }
}

/// <summary>One line, not reserved by a marker, that passes a line class.</summary>
/// <param name="ClassName">The line class as written.</param>
/// <param name="Test">The class: a <see cref="BuiltInCondition"/> or a <see cref="DeclaredClassCondition"/>.</param>
/// <param name="Value">How the line becomes a value.</param>
/// <param name="Expectation">What is recorded when the line does not fit.</param>
public sealed record LineRead(string ClassName, LineCondition Test, ValueKind Value, ExpectationPlan Expectation) : SlotRead
{
    /// <summary>
    /// The markers reserved only where read (<see cref="MarkerScope.WhereRead"/>) that this read leaves alone, as
    /// indexes into <see cref="ParsePlan.Markers"/> in ascending order; markers reserved everywhere are not listed.
    /// </summary>
    public EquatableArray<int> YieldsTo { get; init; } = EquatableArray<int>.Empty;

    /// <summary>The typed value parser and its options when <see cref="Value"/> is <see cref="ValueKind.Typed"/>; otherwise <see langword="null"/>.</summary>
    public ValueSpec? Spec { get; init; }

    /// <summary>The capture when <see cref="Value"/> is <see cref="ValueKind.Captured"/>; otherwise <see langword="null"/>.</summary>
    public CapturePlan? Capture { get; init; }
}

/// <summary>
/// One marker line; reserved lines are what markers read. The value is the text after the marker when the marker
/// captures the rest, otherwise the whole line.
/// </summary>
/// <param name="MarkerIndex">The marker, an index into <see cref="ParsePlan.Markers"/>.</param>
/// <param name="Expectation">What is recorded when the line is not the marker.</param>
public sealed record MarkerRead(int MarkerIndex, ExpectationPlan Expectation) : SlotRead;

/// <summary>A part: all its slots in order, or nothing.</summary>
/// <param name="Part">The part name (see <see cref="ParsePlan.GetPart"/>).</param>
public sealed record PartRead(string Part) : SlotRead;

/// <summary>The first case that matches, tried in order.</summary>
/// <param name="Cases">The cases.</param>
public sealed record OneOfRead(EquatableArray<CasePlan> Cases) : SlotRead;

/// <summary>One case of a <c>oneOf</c> slot.</summary>
/// <param name="Name">The case name.</param>
/// <param name="JsonName">The value of <c>"$type"</c> for items of this case.</param>
/// <param name="Read">A <see cref="LineRead"/> or a <see cref="PartRead"/>.</param>
public sealed record CasePlan(string Name, string JsonName, SlotRead Read);
