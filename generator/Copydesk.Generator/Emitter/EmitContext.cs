using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Generator.Emitter;

/// <summary>What every part of the emitter needs to know about one schema: names, types and lookups.</summary>
internal sealed class EmitContext
{
    public const string Runtime = "global::Copydesk";
    public const string TextLineType = Runtime + ".TextLine";
    public const string AttributionType = Runtime + ".Attribution";

    private readonly Dictionary<string, Part> parts;
    private readonly Dictionary<string, bool> partHasChecks = new();

    public EmitContext(ArticleSchema schema, string? @namespace)
    {
        Schema = schema;
        Namespace = @namespace;
        TypeName = CSharp.Identifier(schema.TypeName);
        ArticleType = "global::" + (@namespace is null ? string.Empty : @namespace + ".") + TypeName;
        parts = schema.Parts.ToDictionary(p => p.Name);
        Markers = schema.Markers.ToList();
    }

    public ArticleSchema Schema { get; }

    public string? Namespace { get; }

    /// <summary>The article type name as a C# identifier.</summary>
    public string TypeName { get; }

    /// <summary>The fully qualified article type.</summary>
    public string ArticleType { get; }

    public IReadOnlyList<MarkerDefinition> Markers { get; }

    public Part GetPart(string name) => parts[name];

    /// <summary>The token used in member names for a slot owner: <c>Layout</c> or <c>Part_Name</c>.</summary>
    public static string OwnerToken(Part? owner) => owner is null ? "Layout" : "Part_" + owner.Name;

    /// <summary>The slots of an owner.</summary>
    public EquatableArray<Slot> SlotsOf(Part? owner) => owner is null ? Schema.Layout : owner.Slots;

    /// <summary>The C# type of the owner: the article or a part record.</summary>
    public string OwnerType(Part? owner) => owner is null ? ArticleType : PartType(owner.Name);

    public string PartType(string part) => ArticleType + "." + CSharp.Identifier(part);

    public string UnionType(Part? owner, Slot slot) => ArticleType + "." + CSharp.Identifier(SchemaNames.UnionTypeName(owner?.Name, slot));

    public string CaseType(Part? owner, Slot slot, OneOfCase @case) => UnionType(owner, slot) + "." + CSharp.Identifier(SchemaNames.Pascal(@case.Name));

    /// <summary>The C# type one occurrence of a slot reads.</summary>
    public string ElementType(Part? owner, Slot slot) => slot.Kind switch
    {
        SlotKind.Part => PartType(slot.Target),
        SlotKind.OneOf => UnionType(owner, slot),
        SlotKind.Line => LineValueType(slot.Value),
        _ => TextLineType,
    };

    public static string LineValueType(ValueKind value) => value == ValueKind.Attribution ? AttributionType : TextLineType;

    /// <summary>The C# type of the slot's property: the element, nullable, or a list.</summary>
    public string PropertyType(Part? owner, Slot slot)
    {
        string element = ElementType(owner, slot);
        if (slot.Cardinality == Cardinality.Repeat)
        {
            return Runtime + ".NodeList<" + element + ">";
        }

        return slot.Cardinality == Cardinality.Optional || slot.After is not null ? element + "?" : element;
    }

    public int MarkerIndex(string text, bool capturesRest)
    {
        for (int i = 0; i < Markers.Count; i++)
        {
            if (Markers[i].Text == text && Markers[i].CapturesRest == capturesRest)
            {
                return i;
            }
        }

        throw new KeyNotFoundException("Marker not declared: " + text);
    }

    /// <summary>Whether validating a value of this slot can report anything.</summary>
    public bool HasChecks(Slot slot) => slot.Check is not null || HasNestedChecks(slot);

    /// <summary>Whether the parts a slot reads (directly or through its cases) hold checks.</summary>
    public bool HasNestedChecks(Slot slot) => slot.Kind switch
    {
        SlotKind.Part => PartHasChecks(GetPart(slot.Target)),
        SlotKind.OneOf => slot.Cases.Any(c => c.Kind == SlotKind.Part && PartHasChecks(GetPart(c.Target))),
        _ => false,
    };

    public bool PartHasChecks(Part part)
    {
        if (!partHasChecks.TryGetValue(part.Name, out bool has))
        {
            // Parts are never recursive in a loaded schema; the entry guards against looping regardless.
            partHasChecks[part.Name] = false;
            has = part.Slots.Any(HasChecks);
            partHasChecks[part.Name] = has;
        }

        return has;
    }

    /// <summary>Whether a repeat must remember its runs: it may be retried from inside a run only within a part.</summary>
    public static bool CachesRuns(Part? owner, Slot slot) =>
        owner is not null && slot.Cardinality == Cardinality.Repeat && slot.Max == int.MaxValue;
}
