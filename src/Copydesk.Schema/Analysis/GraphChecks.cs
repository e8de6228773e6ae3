using System;
using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// Checks that need the whole schema: recursive line classes and parts, and repetitions whose element can
/// match without reading a line (the parser would loop forever or the schema would be ambiguous).
/// </summary>
internal static class GraphChecks
{
    /// <summary>A line class that refers to itself would never finish matching (CD1018 at the closing reference).</summary>
    public static void CheckLineClasses(IReadOnlyList<LineClass> classes, LoadContext context)
    {
        var names = new List<string>(classes.Count);
        foreach (LineClass lineClass in classes)
        {
            names.Add(lineClass.Name);
        }

        var edges = new Dictionary<string, List<LoadContext.Reference>>(StringComparer.Ordinal);
        foreach (LoadContext.Reference reference in context.LineClassReferences)
        {
            Outgoing(edges, reference.From).Add(reference);
        }

        CycleFinder.Walk(
            names,
            edges,
            (edge, cycle) => context.Report(DiagnosticCatalog.RecursiveLineClass, edge.Range, edge.To, cycle),
            context.CancellationToken);
    }

    /// <summary>CD1011 for parts that contain themselves; CD1012 for repeats of elements that can be empty.</summary>
    public static void CheckParts(IReadOnlyList<Part> parts, EquatableArray<Slot> layout, LoadContext context)
    {
        var byName = new Dictionary<string, Part>(StringComparer.Ordinal);
        var names = new List<string>(parts.Count);
        var edges = new Dictionary<string, List<LoadContext.Reference>>(StringComparer.Ordinal);
        foreach (Part part in parts)
        {
            if (byName.ContainsKey(part.Name))
            {
                continue;
            }

            byName.Add(part.Name, part);
            names.Add(part.Name);
            List<LoadContext.Reference> outgoing = Outgoing(edges, part.Name);
            foreach (Slot slot in part.Slots)
            {
                foreach ((string read, TextRange range) in PartGraph.PartsReadBy(slot))
                {
                    outgoing.Add(new LoadContext.Reference(part.Name, read, range));
                }
            }
        }

        List<string> postOrder = CycleFinder.Walk(
            names,
            edges,
            (edge, cycle) => context.Report(DiagnosticCatalog.RecursivePart, edge.Range, edge.To, cycle),
            context.CancellationToken);

        // Post-order sees a part after the parts it contains, so one pass settles which parts can match
        // no line at all. Parts on a cycle count as non-empty; the cycle is already an error, and so is a part
        // with no slots (its list was reported as it was read).
        var canBeEmpty = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in postOrder)
        {
            if (byName[name].Slots.Count > 0 && AllCanBeEmpty(byName[name].Slots, canBeEmpty))
            {
                canBeEmpty.Add(name);
            }
        }

        foreach (Part part in parts)
        {
            ReportEmptyRepetitions(part.Slots, canBeEmpty, context);
        }

        ReportEmptyRepetitions(layout, canBeEmpty, context);
        if (postOrder.Count == byName.Count && !context.Diagnostics.HasErrors)
        {
            ReportDeepNesting(postOrder.ConvertAll(name => byName[name]), context);
        }
    }

    // Parsing recurses once per part level read, so the depth bounds the stack a parse needs: reported once, at the
    // part where the chain first goes too deep (every part that contains it is too deep as well).
    private static void ReportDeepNesting(List<Part> partsInDependencyOrder, LoadContext context)
    {
        int depth = PartGraph.NestingDepth(partsInDependencyOrder, PartGraph.MaxNestingDepth, out Part? tooDeep);
        if (tooDeep is not null)
        {
            context.Report(
                DiagnosticCatalog.LimitExceeded,
                tooDeep.Range,
                $"part '{tooDeep.Name}' starts a chain of {PartGraph.MaxNestingDepth + 1} nested parts ({depth} in the deepest chain); parts may nest at most {PartGraph.MaxNestingDepth} deep, so flatten the chain into fewer parts");
        }
    }

    private static void ReportEmptyRepetitions(EquatableArray<Slot> slots, HashSet<string> canBeEmpty, LoadContext context)
    {
        foreach (Slot slot in slots)
        {
            if (slot.Cardinality == Cardinality.Repeat && ElementCanBeEmpty(slot, canBeEmpty))
            {
                context.Report(DiagnosticCatalog.EmptyRepetition, slot.Range, slot.Name);
            }
        }
    }

    private static bool AllCanBeEmpty(EquatableArray<Slot> slots, HashSet<string> canBeEmpty)
    {
        foreach (Slot slot in slots)
        {
            if (!SlotCanBeEmpty(slot, canBeEmpty))
            {
                return false;
            }
        }

        return true;
    }

    // A slot matches no line when it may be absent (optional, repeat from 0, after a missing marker)
    // or when its element itself can match nothing.
    private static bool SlotCanBeEmpty(Slot slot, HashSet<string> canBeEmpty) =>
        slot.Cardinality == Cardinality.Optional
        || (slot.Cardinality == Cardinality.Repeat && slot.Min == 0)
        || slot.After is not null
        || ElementCanBeEmpty(slot, canBeEmpty);

    private static bool ElementCanBeEmpty(Slot slot, HashSet<string> canBeEmpty)
    {
        foreach ((string part, _) in PartGraph.PartsReadBy(slot))
        {
            if (canBeEmpty.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private static List<LoadContext.Reference> Outgoing(Dictionary<string, List<LoadContext.Reference>> edges, string from)
    {
        if (!edges.TryGetValue(from, out List<LoadContext.Reference>? list))
        {
            list = new List<LoadContext.Reference>();
            edges.Add(from, list);
        }

        return list;
    }
}
