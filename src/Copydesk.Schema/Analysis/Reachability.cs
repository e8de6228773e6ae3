using System;
using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// CD1013: slots and <c>oneOf</c> cases that can never match. Run only on schemas without errors. Every
/// warning is a proof, never a guess (see <see cref="LineSets"/>):
/// <list type="bullet">
/// <item>a line slot or case whose line class matches no line (<c>all: [sentence, label]</c>);</item>
/// <item>a case after an earlier case of the same part, or of a line class that matches every line it would;</item>
/// <item>a line slot after an unbounded repetition, in the same list, that reads every line up to the next marker.</item>
/// </list>
/// </summary>
internal static class Reachability
{
    public static void Check(IReadOnlyList<LineClass> classes, IReadOnlyList<Part> parts, EquatableArray<Slot> layout, LoadContext context)
    {
        var names = new List<string>(classes.Count);
        foreach (LineClass lineClass in classes)
        {
            names.Add(lineClass.Name);
        }

        var edges = new Dictionary<string, List<LoadContext.Reference>>(StringComparer.Ordinal);
        foreach (LoadContext.Reference reference in context.LineClassReferences)
        {
            if (!edges.TryGetValue(reference.From, out List<LoadContext.Reference>? outgoing))
            {
                outgoing = new List<LoadContext.Reference>();
                edges.Add(reference.From, outgoing);
            }

            outgoing.Add(reference);
        }

        List<string> postOrder = CycleFinder.Walk(names, edges, static (_, _) => { }, context.CancellationToken);
        var sets = new LineSets(classes, postOrder, context.CancellationToken);

        CheckList(layout, null, sets, context);
        foreach (Part part in parts)
        {
            context.ThrowIfCancellationRequested();
            CheckList(part.Slots, part.Name, sets, context);
        }
    }

    private static void CheckList(EquatableArray<Slot> slots, string? part, LineSets sets, LoadContext context)
    {
        var reported = new HashSet<int>();
        for (int i = 0; i < slots.Count; i++)
        {
            Slot slot = slots[i];
            if (slot is LineSlot line && sets.MatchesNothing(line.LineClass))
            {
                reported.Add(i);
                context.Report(DiagnosticCatalog.UnreachableSlot, slot.TargetRange, SlotSubject(part, slot), MatchesNothing(line.LineClass));
            }
            else if (slot is OneOfSlot oneOf)
            {
                CheckCases(oneOf, part, sets, context);
            }
        }

        for (int i = 0; i < slots.Count; i++)
        {
            Slot repeat = slots[i];
            if (repeat.Cardinality != Cardinality.Repeat || repeat.Max != int.MaxValue || repeat.After is not null || ReadsEveryLine(repeat, sets) is not { } lineClass)
            {
                continue;
            }

            // The repetition stops only at a marker line (a line class never matches one) or at the end.
            for (int j = i + 1; j < slots.Count; j++)
            {
                Slot next = slots[j];
                if (next.After is not null || !OnlyReadsLineClasses(next))
                {
                    break;
                }

                if (reported.Add(j))
                {
                    context.Report(
                        DiagnosticCatalog.UnreachableSlot,
                        next.Range,
                        SlotSubject(part, next),
                        $"the slot '{repeat.Name}' before it repeats the line class '{lineClass}', which matches every line, without limit, so only a marker line or the end of the article can follow it");
                }

                bool mayBeEmpty = next.Cardinality == Cardinality.Optional || (next.Cardinality == Cardinality.Repeat && next.Min == 0);
                if (!mayBeEmpty)
                {
                    break;
                }
            }
        }
    }

    private static void CheckCases(OneOfSlot slot, string? part, LineSets sets, LoadContext context)
    {
        for (int j = 0; j < slot.Cases.Count; j++)
        {
            OneOfCase @case = slot.Cases[j];
            string subject = $"Case '{@case.Name}' of slot '{SchemaNames.ExpectationSlot(part, slot.Name)}'";
            if (@case is LineCase line && sets.MatchesNothing(line.LineClass))
            {
                context.Report(DiagnosticCatalog.UnreachableSlot, @case.TargetRange, subject, MatchesNothing(line.LineClass));
                continue;
            }

            for (int k = 0; k < j; k++)
            {
                OneOfCase earlier = slot.Cases[k];
                string? reason = null;
                if (earlier is PartCase earlierPart && @case is PartCase laterPart && earlierPart.Part == laterPart.Part)
                {
                    reason = $"the earlier case '{earlier.Name}' reads the same part '{laterPart.Part}' and is tried first";
                }
                else if (earlier is LineCase earlierLine && @case is LineCase laterLine && earlierLine.LineClass == laterLine.LineClass)
                {
                    reason = $"the earlier case '{earlier.Name}' reads the same line class '{laterLine.LineClass}' and is tried first";
                }
                else if (earlier is LineCase coveringLine && @case is LineCase coveredLine && sets.Covers(coveringLine.LineClass, coveredLine.LineClass))
                {
                    reason = $"the earlier case '{earlier.Name}' is tried first, and its line class '{coveringLine.LineClass}' matches every line that '{coveredLine.LineClass}' matches";
                }

                if (reason is not null)
                {
                    context.Report(DiagnosticCatalog.UnreachableSlot, @case.Range, subject, reason);
                    break;
                }
            }
        }
    }

    /// <summary>The line class, matching every line, that a repeated slot reads, or <see langword="null"/>.</summary>
    private static string? ReadsEveryLine(Slot slot, LineSets sets)
    {
        if (slot is LineSlot line)
        {
            return sets.MatchesEverything(line.LineClass) ? line.LineClass : null;
        }

        if (slot is OneOfSlot oneOf)
        {
            // Ordered choice: when earlier cases fail, this one still takes any line that is not a marker.
            foreach (OneOfCase @case in oneOf.Cases)
            {
                if (@case is LineCase lineCase && sets.MatchesEverything(lineCase.LineClass))
                {
                    return lineCase.LineClass;
                }
            }
        }

        return null;
    }

    // Slots that can only start at a line that is not a marker line. A part may start with a marker slot.
    private static bool OnlyReadsLineClasses(Slot slot)
    {
        if (slot is LineSlot)
        {
            return true;
        }

        if (slot is not OneOfSlot oneOf)
        {
            return false;
        }

        foreach (OneOfCase @case in oneOf.Cases)
        {
            if (@case is not LineCase)
            {
                return false;
            }
        }

        return true;
    }

    private static string SlotSubject(string? part, Slot slot) => $"Slot '{SchemaNames.ExpectationSlot(part, slot.Name)}'";

    private static string MatchesNothing(string lineClass) =>
        $"its line class '{lineClass}' matches no line: its conditions contradict each other";
}
