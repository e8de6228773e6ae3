using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// Decides which line reads yield to markers reserved only where the schema could read them
/// (<see cref="MarkerScope.WhereRead"/>): a line read yields to such a marker when the marker could be read at the
/// same line instead (by another case of its <c>oneOf</c>, or the next item of its repeat) or right after the item
/// (by whatever may follow the slot, through optional slots and out of parts to every place that reads them). This
/// is the classic FIRST/FOLLOW analysis of a grammar, over marker lines only.
/// </summary>
internal sealed class MarkerYields
{
    private readonly ArticleSchema schema;
    private readonly Func<MarkerDefinition, int> markerIndex;
    private readonly Dictionary<string, Part> parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (HashSet<int> Markers, bool Nullable)> partFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> partFollow = new(StringComparer.Ordinal);
    private readonly HashSet<int> whereRead = new();

    private MarkerYields(ArticleSchema schema, Func<MarkerDefinition, int> markerIndex)
    {
        this.schema = schema;
        this.markerIndex = markerIndex;
    }

    /// <summary>
    /// For every line slot and every <c>oneOf</c> slot with line cases, keyed by owner (the part name, or
    /// <see langword="null"/> for the layout) and slot index: the markers its line reads yield to, in marker order.
    /// Empty when no marker is reserved only where read.
    /// </summary>
    public static Dictionary<(string? Part, int Slot), EquatableArray<int>> Compute(ArticleSchema schema, Func<MarkerDefinition, int> markerIndex) =>
        new MarkerYields(schema, markerIndex).Compute();

    private Dictionary<(string? Part, int Slot), EquatableArray<int>> Compute()
    {
        var yields = new Dictionary<(string? Part, int Slot), EquatableArray<int>>();
        for (int i = 0; i < schema.Markers.Count; i++)
        {
            if (schema.Markers[i].Scope == MarkerScope.WhereRead)
            {
                whereRead.Add(i);
            }
        }

        if (whereRead.Count == 0)
        {
            return yields;
        }

        foreach (Part part in schema.Parts)
        {
            parts[part.Name] = part;
            partFollow[part.Name] = new HashSet<int>();
        }

        // What may follow a part is what may follow each slot that reads it; grow those sets until nothing changes.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach ((string? owner, EquatableArray<Slot> slots) in Owners())
            {
                for (int i = 0; i < slots.Count; i++)
                {
                    HashSet<int> follow = ItemFollow(owner, slots, i);
                    foreach (string read in PartsRead(slots[i]))
                    {
                        int before = partFollow[read].Count;
                        partFollow[read].UnionWith(follow);
                        changed |= partFollow[read].Count != before;
                    }
                }
            }
        }

        foreach ((string? owner, EquatableArray<Slot> slots) in Owners())
        {
            for (int i = 0; i < slots.Count; i++)
            {
                if (slots[i] is LineSlot or OneOfSlot)
                {
                    var set = new HashSet<int>(ItemFirst(slots[i]).Markers);
                    set.UnionWith(ItemFollow(owner, slots, i));
                    set.IntersectWith(whereRead);
                    yields[(owner, i)] = set.OrderBy(index => index).ToEquatableArray();
                }
            }
        }

        return yields;
    }

    private IEnumerable<(string? Owner, EquatableArray<Slot> Slots)> Owners()
    {
        yield return (null, schema.Layout);
        foreach (Part part in schema.Parts)
        {
            yield return (part.Name, part.Slots);
        }
    }

    private static IEnumerable<string> PartsRead(Slot slot) => slot switch
    {
        PartSlot part => new[] { part.Part },
        OneOfSlot oneOf => oneOf.Cases.OfType<PartCase>().Select(@case => @case.Part),
        _ => Enumerable.Empty<string>(),
    };

    // The markers that may be read right after one item of slot i: the next item of a repeat, the slots after it
    // (through those that may read nothing), and, past the end of a part, whatever may follow the part.
    private HashSet<int> ItemFollow(string? owner, EquatableArray<Slot> slots, int i)
    {
        (HashSet<int> follow, bool restNullable) = SequenceFirst(slots, i + 1);
        if (restNullable && owner is not null)
        {
            follow.UnionWith(partFollow[owner]);
        }

        if (slots[i].Cardinality == Cardinality.Repeat)
        {
            follow.UnionWith(ItemFirst(slots[i]).Markers);
        }

        return follow;
    }

    private (HashSet<int> Markers, bool Nullable) SequenceFirst(EquatableArray<Slot> slots, int from)
    {
        var markers = new HashSet<int>();
        for (int i = from; i < slots.Count; i++)
        {
            (HashSet<int> first, bool nullable) = SlotFirst(slots[i]);
            markers.UnionWith(first);
            if (!nullable)
            {
                return (markers, false);
            }
        }

        return (markers, true);
    }

    // The markers that may be the first line a slot reads, and whether it may read no line.
    private (HashSet<int> Markers, bool Nullable) SlotFirst(Slot slot)
    {
        if (slot.AfterMarker is { } after)
        {
            return (new HashSet<int> { markerIndex(after) }, true);
        }

        (HashSet<int> markers, bool nullable) = ItemFirst(slot);
        return (markers, nullable || slot.Cardinality == Cardinality.Optional || (slot.Cardinality == Cardinality.Repeat && slot.Min == 0));
    }

    private (HashSet<int> Markers, bool Nullable) ItemFirst(Slot slot)
    {
        switch (slot)
        {
            case MarkerSlot marker:
                return (new HashSet<int> { markerIndex(marker.Marker) }, false);
            case PartSlot part:
                return PartFirst(part.Part);
            case OneOfSlot oneOf:
                var markers = new HashSet<int>();
                bool nullable = false;
                foreach (PartCase @case in oneOf.Cases.OfType<PartCase>())
                {
                    (HashSet<int> first, bool caseNullable) = PartFirst(@case.Part);
                    markers.UnionWith(first);
                    nullable |= caseNullable;
                }

                return (markers, nullable);
            default:
                return (new HashSet<int>(), false);
        }
    }

    // Parts are acyclic (the plan builder refuses a cycle before this runs), so the recursion ends.
    private (HashSet<int> Markers, bool Nullable) PartFirst(string name)
    {
        if (!partFirst.TryGetValue(name, out (HashSet<int> Markers, bool Nullable) first))
        {
            first = SequenceFirst(parts[name].Slots, 0);
            partFirst[name] = first;
        }

        return (new HashSet<int>(first.Markers), first.Nullable);
    }
}
