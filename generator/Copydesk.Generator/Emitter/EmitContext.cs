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
    private readonly HashSet<string> partsWithChecks;
    private readonly Dictionary<string, string> memberNames = new();
    private readonly HashSet<string> usedMemberNames = new();

    /// <param name="schema">A schema loaded without errors.</param>
    /// <param name="namespace">The namespace, its segments already C# identifiers (keywords escaped), or <see langword="null"/>.</param>
    public EmitContext(ArticleSchema schema, string? @namespace)
    {
        Schema = schema;
        Namespace = @namespace;
        TypeName = CSharp.Identifier(schema.TypeName);
        string qualifier = "global::" + (@namespace is null ? string.Empty : @namespace + ".");
        ArticleType = qualifier + TypeName;
        ParserClass = TypeName + "Parser";
        ValidatorClass = TypeName + "Validator";
        JsonClass = TypeName + "Json";
        QualifiedParserClass = qualifier + ParserClass;
        QualifiedValidatorClass = qualifier + ValidatorClass;
        QualifiedJsonClass = qualifier + JsonClass;
        parts = new Dictionary<string, Part>();
        foreach (Part part in schema.Parts)
        {
            parts[part.Name] = part;
        }

        Markers = schema.Markers.ToList();
        partsWithChecks = FindPartsWithChecks();
    }

    public ArticleSchema Schema { get; }

    public string? Namespace { get; }

    /// <summary>The article type name as a C# identifier.</summary>
    public string TypeName { get; }

    /// <summary>The fully qualified article type.</summary>
    public string ArticleType { get; }

    /// <summary>The file-local parser, validator and JSON writer classes, by simple name.</summary>
    public string ParserClass { get; }

    /// <inheritdoc cref="ParserClass"/>
    public string ValidatorClass { get; }

    /// <inheritdoc cref="ParserClass"/>
    public string JsonClass { get; }

    /// <summary>
    /// The same classes, qualified: the article type refers to them so, since a part or property of the article
    /// could otherwise hide them (a part named <c>StoryParser</c>).
    /// </summary>
    public string QualifiedParserClass { get; }

    /// <inheritdoc cref="QualifiedParserClass"/>
    public string QualifiedValidatorClass { get; }

    /// <inheritdoc cref="QualifiedParserClass"/>
    public string QualifiedJsonClass { get; }

    public IReadOnlyList<MarkerDefinition> Markers { get; }

    public Part GetPart(string name) => parts[name];

    /// <summary>The token used in member names for a slot owner: <c>Layout</c> or <c>Part_Name</c>.</summary>
    public static string OwnerToken(Part? owner) => owner is null ? "Layout" : "Part_" + owner.Name;

    /// <summary>The slots of an owner.</summary>
    public EquatableArray<Slot> SlotsOf(Part? owner) => owner is null ? Schema.Layout : owner.Slots;

    /// <summary>The C# type of the owner: the article or a part record.</summary>
    public string OwnerType(Part? owner) => owner is null ? ArticleType : PartType(owner.Name);

    public string PartType(string part) => ArticleType + "." + PartTypeName(part);

    /// <summary>The simple name of a part's record, as declared (see <see cref="SchemaNames.PartTypeName"/>).</summary>
    public string PartTypeName(string part) => CSharp.Identifier(SchemaNames.PartTypeName(part, Schema.Layout));

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

    /// <summary>The C# property of a slot, as written in code: PascalCase, escaped if it is a keyword.</summary>
    public static string Property(Slot slot) => CSharp.Identifier(SchemaNames.Pascal(slot.Name));

    /// <summary>
    /// A name for a generated member of the helper classes (<c>Match_Layout_body</c>), unique in the file. Names
    /// are built by joining schema names with <c>_</c>, which schema names may contain too: part <c>A_b</c> with
    /// slot <c>c</c> and part <c>A</c> with slot <c>b_c</c> both give <c>..._A_b_c</c>. The second one asked for
    /// gets a number (<c>..._A_b_c_2</c>); a given key always gets the same name.
    /// </summary>
    /// <param name="prefix">The kind of member, such as <c>Match</c>; part of the key.</param>
    /// <param name="owner">The part, or <see langword="null"/> for the layout.</param>
    /// <param name="slot">The slot.</param>
    /// <param name="suffix">A further name, such as a case name, or <see langword="null"/>.</param>
    /// <param name="suffixKind">What the suffix is (<c>case</c>), so a case named <c>after</c> and the word <c>after</c> differ.</param>
    public string MemberName(string prefix, Part? owner, Slot slot, string? suffix = null, string? suffixKind = null)
    {
        // Schema names are letters, digits and '_', so '|' separates the parts of the key unambiguously.
        string key = prefix + "|" + (owner is null ? "|" : "Part|" + owner.Name) + "|" + slot.Name + "|" + suffixKind + "|" + suffix;
        if (memberNames.TryGetValue(key, out string? name))
        {
            return name;
        }

        string candidate = prefix + "_" + OwnerToken(owner) + "_" + slot.Name + (suffix is null ? string.Empty : "_" + suffix);
        name = candidate;
        for (int n = 2; !usedMemberNames.Add(name); n++)
        {
            name = candidate + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        memberNames.Add(key, name);
        return name;
    }

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

    public bool PartHasChecks(Part part) => partsWithChecks.Contains(part.Name);

    // Parts holding checks, directly or in parts they contain: each part comes after the parts it reads,
    // so one pass over that order sees every contained part decided.
    private HashSet<string> FindPartsWithChecks()
    {
        var found = new HashSet<string>();
        foreach (Part part in PartGraph.InDependencyOrder(Schema.Parts, parts))
        {
            if (part.Slots.Any(slot => slot.Check is not null) || PartGraph.Contained(part).Any(found.Contains))
            {
                found.Add(part.Name);
            }
        }

        return found;
    }

    /// <summary>Whether a repeat must remember its runs: it may be retried from inside a run only within a part.</summary>
    public static bool CachesRuns(Part? owner, Slot slot) =>
        owner is not null && slot.Cardinality == Cardinality.Repeat && slot.Max == int.MaxValue;
}
