using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>One slot of the layout or of a part, with every decision about it made.</summary>
/// <param name="Name">The slot name as written.</param>
/// <param name="JsonName">The JSON property name.</param>
/// <param name="SourceLine">The 1-based line of the slot's name in the schema file, cited by the generated code.</param>
/// <param name="Section">The section parse errors report while this slot reads (layout slots), or <see langword="null"/> to keep the current one.</param>
/// <param name="Read">What one occurrence reads.</param>
/// <param name="Cardinality">How often the slot occurs.</param>
/// <param name="Repeat">How a repeated slot collects its items; <see langword="null"/> unless <see cref="Cardinality"/> is <see cref="Cardinality.Repeat"/>.</param>
/// <param name="After">The marker read before the slot, or <see langword="null"/>.</param>
/// <param name="IsNullable">Whether an absent value is possible and written as <c>null</c>: optional slots and slots with <c>after:</c> that are not lists.</param>
/// <param name="Checks">The validation of the slot.</param>
/// <param name="Description">Documentation for the property.</param>
public sealed record SlotPlan(
    string Name,
    string JsonName,
    int SourceLine,
    string? Section,
    SlotRead Read,
    Cardinality Cardinality,
    RepeatPlan? Repeat,
    AfterMarkerPlan? After,
    bool IsNullable,
    SlotChecks Checks,
    string? Description);

/// <summary>
/// How a repeated slot collects its items: greedily, up to <paramref name="Max"/>; an item that reads no line ends
/// the repeat (it would match forever), and fewer than <paramref name="Min"/> items fail the slot.
/// </summary>
/// <param name="Min">The fewest items; fewer fail the slot.</param>
/// <param name="Max">The most items; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="Strategy">How its runs are allocated and kept.</param>
/// <param name="CacheIndex">For <see cref="RunStrategy.Cached"/>: the slot's cache among the parse's caches; otherwise -1.</param>
public sealed record RepeatPlan(int Min, int Max, RunStrategy Strategy, int CacheIndex)
{
    /// <summary>
    /// The largest upper bound of a repeat in a part that does not remember its runs: a retry re-reads at most this
    /// many items, which costs less than remembering them. Larger bounds, and no bound, are <see cref="RunStrategy.Cached"/>.
    /// </summary>
    public const int LargestUncachedBound = 16;

    /// <summary>
    /// Whether the items are listed only once every slot of the owner has matched: those a <see cref="RunStrategy.Cached"/>
    /// repeat takes can be shared with a run its run joined, and copying them for a part that then fails after the
    /// repeat (with or without an <c>after:</c> marker) would cost a copy per retry. Both back ends hold the items taken
    /// until then.
    /// </summary>
    public bool ListsOnceOwnerMatches => Strategy == RunStrategy.Cached;
}

/// <summary>How the items of a repeat are collected.</summary>
public enum RunStrategy
{
    /// <summary>In the layout, which runs once per parse: one run sized for every line left, never grown.</summary>
    SizedForLinesLeft,

    /// <summary>
    /// In a part, with an upper bound of at most <see cref="RepeatPlan.LargestUncachedBound"/>: a small run that grows,
    /// built anew each time the part is tried.
    /// </summary>
    Growing,

    /// <summary>
    /// In a part, unbounded or with a larger upper bound: a failed part is retried from later lines, inside the run it
    /// already read, so runs are remembered by the lines they cover and reused; that keeps parsing linear. A run records
    /// whether it stopped because its next item did not match or only because it had enough items, so a bounded repeat
    /// reuses it exactly, reading further only where the run stopped short of the bound.
    /// </summary>
    Cached,
}

/// <summary>The marker line an <c>after:</c> slot reads first; when it is missing, the slot is empty.</summary>
/// <param name="MarkerIndex">The marker, an index into <see cref="ParsePlan.Markers"/>.</param>
/// <param name="Expectation">What is recorded when the marker is not there.</param>
public sealed record AfterMarkerPlan(int MarkerIndex, ExpectationPlan Expectation);
