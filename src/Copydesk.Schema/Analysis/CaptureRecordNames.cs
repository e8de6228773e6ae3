using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// The names of the records captures become (<see cref="SchemaNames.CaptureTypeName"/>), checked once the whole schema
/// is read. Each record is nested in the article type, so its name must be free there: not the article type's own name,
/// a layout slot's property, a part's record or another capture's record (CD1130; C# CS0542 or CS0102 otherwise). The
/// type of a <c>oneOf</c> slot ends in <c>Item</c>, so no record, which ends in <c>Capture</c>, can take its name. No
/// field of a record may have the record's name, which a C# member cannot (CD1131; CS0542 otherwise).
/// </summary>
internal static class CaptureRecordNames
{
    /// <summary>Reports CD1130 at the slot or case whose record name is taken, and CD1131 at a field named like its record.</summary>
    public static void Check(string? typeName, IReadOnlyList<Part> parts, EquatableArray<Slot> layout, LoadContext context)
    {
        List<Owned> captures = Captures(parts, layout);
        if (captures.Count == 0)
        {
            return;
        }

        Dictionary<string, string> taken = NestedNames(typeName, parts, layout);
        foreach (Owned capture in captures)
        {
            string record = SchemaNames.CaptureTypeName(capture.Part, capture.Slot, capture.Case);
            string owner = capture.Case is null ? $"'{SchemaNames.ExpectationSlot(capture.Part, capture.Slot)}'" : $"the case '{capture.Case}' of '{SchemaNames.ExpectationSlot(capture.Part, capture.Slot)}'";
            if (taken.TryGetValue(record, out string? holder))
            {
                context.Report(DiagnosticCatalog.CaptureRecordNameTaken, capture.Range, owner, record, holder);
            }
            else
            {
                taken.Add(record, $"the record of the capture of {owner}");
            }

            foreach (CaptureField field in capture.Spec.Fields)
            {
                CheckField(field.Name, field.Range, record, context);
            }

            if (capture.Spec.Rest is { } rest)
            {
                CheckField(rest, capture.Spec.RestRange, record, context);
            }
        }
    }

    private static void CheckField(string field, TextRange range, string record, LoadContext context)
    {
        if (SchemaNames.Pascal(field) == record)
        {
            context.Report(DiagnosticCatalog.CapturedFieldNamedLikeItsRecord, range, field, record);
        }
    }

    // What already has a name among the article type's members and nested types, and what declares it.
    private static Dictionary<string, string> NestedNames(string? typeName, IReadOnlyList<Part> parts, EquatableArray<Slot> layout)
    {
        var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (typeName is not null)
        {
            taken[typeName] = "the article type itself";
        }

        foreach (Slot slot in layout)
        {
            taken[SchemaNames.Pascal(slot.Name)] = $"the property of the layout slot '{slot.Name}'";
        }

        foreach (Part part in parts)
        {
            taken[SchemaNames.PartTypeName(part.Name, layout)] = $"the record of the part '{part.Name}'";
        }

        return taken;
    }

    // Every capture, layout first and then the parts, each list in file order: the second of two colliding records is
    // the one reported.
    private static List<Owned> Captures(IReadOnlyList<Part> parts, EquatableArray<Slot> layout)
    {
        var captures = new List<Owned>();
        Add(captures, null, layout);
        foreach (Part part in parts)
        {
            Add(captures, part.Name, part.Slots);
        }

        return captures;
    }

    private static void Add(List<Owned> captures, string? part, EquatableArray<Slot> slots)
    {
        foreach (Slot slot in slots)
        {
            if (slot is LineSlot { Capture: { } capture })
            {
                captures.Add(new Owned(part, slot.Name, null, capture, slot.Range));
            }
            else if (slot is OneOfSlot oneOf)
            {
                foreach (OneOfCase @case in oneOf.Cases)
                {
                    if (@case is LineCase { Capture: { } caseCapture })
                    {
                        captures.Add(new Owned(part, slot.Name, @case.Name, caseCapture, @case.Range));
                    }
                }
            }
        }
    }

    // A capture and where it stands: the part (null for the layout), the slot, the case, and the name that owns it.
    private readonly record struct Owned(string? Part, string Slot, string? Case, CaptureSpec Spec, TextRange Range);
}
