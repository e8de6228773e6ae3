using System.Linq;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Naming;

/// <summary>
/// Names and descriptions derived from a schema, shared by the generator and the interpreter so both
/// name the same things the same way (property names, expectation texts in parse errors).
/// </summary>
public static class SchemaNames
{
    /// <summary>The C# property name of a slot or case: the name with its first letter upper-cased.</summary>
    public static string Pascal(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>The slot part of an expectation: <c>headline</c> in the layout, <c>Quote.text</c> in a part.</summary>
    /// <param name="part">The part that owns the slot, or <see langword="null"/> for the layout.</param>
    /// <param name="slot">The slot name.</param>
    /// <param name="caseName">The <c>oneOf</c> case, when the expectation belongs to one.</param>
    public static string ExpectationSlot(string? part, string slot, string? caseName = null)
    {
        string owned = part is null ? slot : part + "." + slot;
        return caseName is null ? owned : owned + "." + caseName;
    }

    /// <summary>What a line slot or case expects: the line class name.</summary>
    public static string ExpectsLine(string lineClass) => lineClass;

    /// <summary>What a marker slot or <c>after:</c> expects: <c>marker "###"</c>, or <c>marker "###" / "-30-"</c> for alternatives.</summary>
    public static string ExpectsMarker(MarkerDefinition marker) =>
        "marker " + string.Join(" / ", marker.Texts.Select(text => "\"" + text + "\""));

    /// <summary>The suffix of a part's C# type when a layout slot that reads the part has the part's name.</summary>
    public const string PartTypeSuffix = "Part";

    /// <summary>
    /// The name of the C# record of <paramref name="part"/>, nested in the article type: the part name, or the part
    /// name with <see cref="PartTypeSuffix"/> when a layout slot reads that part under the same name
    /// (<c>- contact: Contact</c>). A C# type cannot have a property and a nested type of one name, and the property
    /// is what code reads, so it keeps the name: <c>story.Contact</c> is a <c>Story.ContactPart</c>.
    /// </summary>
    /// <param name="part">The part name.</param>
    /// <param name="layout">The layout slots.</param>
    public static string PartTypeName(string part, EquatableArray<Slot> layout) =>
        SlotNamedLikeItsPart(part, layout) is null ? part : part + PartTypeSuffix;

    /// <summary>The layout slot that reads <paramref name="part"/> under the part's own name, or <see langword="null"/>.</summary>
    public static Slot? SlotNamedLikeItsPart(string part, EquatableArray<Slot> layout)
    {
        foreach (Slot slot in layout)
        {
            if (slot is PartSlot partSlot && partSlot.Part == part && Pascal(slot.Name) == part)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>The name of the C# type of a <c>oneOf</c> slot, nested in the article type.</summary>
    public static string UnionTypeName(string? part, OneOfSlot slot) => UnionTypeName(part, slot.Name);

    /// <summary>The name of the C# type of the <c>oneOf</c> slot <paramref name="slotName"/> of <paramref name="part"/> (or of the layout).</summary>
    public static string UnionTypeName(string? part, string slotName) => (part ?? string.Empty) + Pascal(slotName) + "Item";

    /// <summary>The suffix of the C# record a capture becomes.</summary>
    public const string CaptureTypeSuffix = "Capture";

    /// <summary>
    /// The name of the C# record of the capture of slot <paramref name="slotName"/> of <paramref name="part"/> (or of
    /// the layout), or of its case <paramref name="caseName"/>, nested in the article type: <c>LeadCapture</c>,
    /// <c>QuoteBodyCapture</c>, <c>FactsDatedCapture</c>.
    /// </summary>
    public static string CaptureTypeName(string? part, string slotName, string? caseName) =>
        (part ?? string.Empty) + Pascal(slotName) + (caseName is null ? string.Empty : Pascal(caseName)) + CaptureTypeSuffix;
}
