using System;
using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// CD1016 for names that collide once the schema becomes C#, across lists: part records and the union types
/// of <c>oneOf</c> slots are nested in the article type, beside its members and the layout's properties.
/// Collisions inside one list (slots of a part, cases of a <c>oneOf</c>) are found while reading it.
/// </summary>
internal static class NameChecks
{
    public static void Check(string? typeName, IReadOnlyList<Part> parts, EquatableArray<Slot> layout, LoadContext context)
    {
        string article = typeName is null ? "the article type" : $"the article type '{typeName}'";

        // The types nested in the article type, with what declares each, in the order they are declared.
        var nested = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Part part in parts)
        {
            if (nested.ContainsKey(part.Name))
            {
                continue;
            }

            if (Identifiers.IsRecordMember(part.Name) || Array.IndexOf(Identifiers.ArticleMembers, part.Name) >= 0)
            {
                context.Report(
                    DiagnosticCatalog.ReservedName,
                    part.Range,
                    part.Name,
                    $"the member '{part.Name}' of {article}: parts are generated as records nested in the article type");
            }

            nested.Add(part.Name, $"the part '{part.Name}'");
        }

        // A part read by a layout slot of its own name is generated under another name (SchemaNames.PartTypeName),
        // which must be free too.
        foreach (Part part in parts)
        {
            if (SchemaNames.SlotNamedLikeItsPart(part.Name, layout) is not { } slot)
            {
                continue;
            }

            // Reported once, here, when the other name is taken too; the slot itself then has no rival.
            nested.Remove(part.Name);
            string type = SchemaNames.PartTypeName(part.Name, layout);
            string renamed = $"the part '{part.Name}' is generated as '{type}' so that the slot can have its name";
            if (type == typeName)
            {
                context.Report(DiagnosticCatalog.ReservedName, slot.Range, slot.Name, $"{article}: {renamed}");
            }
            else if (nested.TryGetValue(type, out string? taken))
            {
                context.Report(DiagnosticCatalog.ReservedName, slot.Range, slot.Name, $"{taken}: {renamed}");
            }
            else
            {
                nested.Add(type, $"the type '{type}' of the part '{part.Name}'");
            }
        }

        var unions = new List<(string? Owner, Slot Slot)>();
        foreach (Slot slot in layout)
        {
            if (slot is OneOfSlot)
            {
                unions.Add((null, slot));
            }
        }

        foreach (Part part in parts)
        {
            foreach (Slot slot in part.Slots)
            {
                if (slot is OneOfSlot)
                {
                    unions.Add((part.Name, slot));
                }
            }
        }

        // In file order, so the second of two colliding slots is the one reported.
        unions.Sort((left, right) => left.Slot.Range.StartOffset.CompareTo(right.Slot.Range.StartOffset));
        foreach ((string? owner, Slot slot) in unions)
        {
            string union = SchemaNames.UnionTypeName(owner, slot.Name);
            string because = $"the items of this 'oneOf' slot are generated as the type '{union}', nested in the article type";
            if (union == typeName)
            {
                context.Report(DiagnosticCatalog.ReservedName, slot.Range, slot.Name, $"{article}: {because}, which cannot have its own name");
            }
            else if (nested.TryGetValue(union, out string? first))
            {
                context.Report(DiagnosticCatalog.ReservedName, slot.Range, slot.Name, $"{first}: {because}");
            }
            else
            {
                nested.Add(union, $"the type '{union}' of the 'oneOf' slot '{SchemaNames.ExpectationSlot(owner, slot.Name)}'");
            }
        }

        foreach (Slot slot in layout)
        {
            string property = SchemaNames.Pascal(slot.Name);
            if (nested.TryGetValue(property, out string? type))
            {
                context.Report(
                    DiagnosticCatalog.ReservedName,
                    slot.Range,
                    slot.Name,
                    $"{type}: layout slots become properties of the article type, which cannot also have a nested type named '{property}'");
            }
        }
    }
}
