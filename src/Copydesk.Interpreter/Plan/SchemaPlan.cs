using Copydesk.Text;

namespace Copydesk.Interpretation.Plan;

/// <summary>A whole schema, ready to run. Immutable, so one plan serves any number of parses at once.</summary>
internal sealed class SchemaPlan
{
    public SchemaPlan(OwnerPlan layout, Marker[] markers, int cacheCount)
    {
        Layout = layout;
        Markers = markers;
        CacheCount = cacheCount;
    }

    /// <summary>The layout: the slots of the article.</summary>
    public OwnerPlan Layout { get; }

    /// <summary>Every marker of the schema, in the schema's order: lines matching one are reserved.</summary>
    public Marker[] Markers { get; }

    /// <summary>How many slots remember their runs (<see cref="SlotPlan.CacheIndex"/> ranges below it).</summary>
    public int CacheCount { get; }
}
