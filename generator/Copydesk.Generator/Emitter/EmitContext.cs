using System.Collections.Generic;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// The C# names and types of one schema's generated code. Every decision about what the code does is in the
/// <see cref="ParsePlan"/>; this only says how its parts are spelled in C#.
/// </summary>
internal sealed class EmitContext
{
    public const string Runtime = "global::Copydesk";
    public const string TextLineType = Runtime + ".TextLine";
    public const string AttributionType = Runtime + ".Attribution";
    public const string QuotedParagraphType = Runtime + ".Text.Quotes.QuotedParagraph";

    private readonly Dictionary<string, string> memberNames = new();
    private readonly HashSet<string> usedMemberNames = new();
    private readonly string commentFileName;

    /// <param name="plan">The plan of a schema loaded without errors.</param>
    /// <param name="namespace">The namespace, its segments already C# identifiers (keywords escaped), or <see langword="null"/>.</param>
    /// <param name="schemaFileName">The schema's file name, cited in comments.</param>
    public EmitContext(ParsePlan plan, string? @namespace, string schemaFileName)
    {
        Plan = plan;
        commentFileName = string.Join(" ", CSharp.DocLines(schemaFileName));
        Namespace = @namespace;
        TypeName = CSharp.Identifier(plan.TypeName);
        string qualifier = "global::" + (@namespace is null ? string.Empty : @namespace + ".");
        ArticleType = qualifier + TypeName;
        ParserClass = TypeName + "Parser";
        ValidatorClass = TypeName + "Validator";
        JsonClass = TypeName + "Json";
        QualifiedParserClass = qualifier + ParserClass;
        QualifiedValidatorClass = qualifier + ValidatorClass;
        QualifiedJsonClass = qualifier + JsonClass;
    }

    public ParsePlan Plan { get; }

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

    /// <summary>The token used in member names for a slot owner: <c>Layout</c> or <c>Part_Name</c>.</summary>
    public static string OwnerToken(OwnerPlan owner) => owner.IsLayout ? "Layout" : "Part_" + owner.Name;

    /// <summary>The C# type of the owner: the article or a part record.</summary>
    public string OwnerType(OwnerPlan owner) => owner.IsLayout ? ArticleType : PartType(owner.Name);

    public string PartType(string part) => ArticleType + "." + PartTypeName(part);

    /// <summary>The simple name of a part's record, as the plan names it.</summary>
    public string PartTypeName(string part) => CSharp.Identifier(Plan.GetPart(part).RecordName);

    public string UnionType(OwnerPlan owner, SlotPlan slot) =>
        ArticleType + "." + CSharp.Identifier(SchemaNames.UnionTypeName(owner.IsLayout ? null : owner.Name, slot.Name));

    public string CaseType(OwnerPlan owner, SlotPlan slot, CasePlan @case) => UnionType(owner, slot) + "." + CSharp.Identifier(SchemaNames.Pascal(@case.Name));

    /// <summary>The C# type one occurrence of a slot reads.</summary>
    public string ElementType(OwnerPlan owner, SlotPlan slot) => slot.Read switch
    {
        PartRead part => PartType(part.Part),
        OneOfRead => UnionType(owner, slot),
        LineRead line => LineValueType(line),
        MarkerRead => TextLineType,
        _ => throw Unknown(slot.Read),
    };

    /// <summary>The C# type of the value a line case or slot reads.</summary>
    public string LineValueType(LineRead line) => line.Spec is { } spec ? TypedValueEmitter.LineType(spec)
        : line.Capture is { } capture ? CaptureEmitter.RecordType(this, capture)
        : line.Value switch
        {
            ValueKind.Attribution => AttributionType,
            ValueKind.Quotes => QuotedParagraphType,
            _ => TextLineType,
        };

    /// <summary>The C# type a case holds.</summary>
    public string CaseValueType(CasePlan @case) => @case.Read switch
    {
        PartRead part => PartType(part.Part),
        LineRead line => LineValueType(line),
        _ => throw Unknown(@case.Read),
    };

    /// <summary>The C# property of a slot, as written in code: PascalCase, escaped if it is a keyword.</summary>
    public static string Property(SlotPlan slot) => CSharp.Identifier(SchemaNames.Pascal(slot.Name));

    /// <summary>Every slot with its owner: the layout's, then each part's.</summary>
    public IEnumerable<(OwnerPlan Owner, SlotPlan Slot)> AllSlots()
    {
        foreach (OwnerPlan owner in Plan.Owners)
        {
            foreach (SlotPlan slot in owner.Slots)
            {
                yield return (owner, slot);
            }
        }
    }

    /// <summary>Every <c>oneOf</c> slot with its owner, layout first.</summary>
    public IEnumerable<(OwnerPlan Owner, SlotPlan Slot, OneOfRead OneOf)> UnionSlots()
    {
        foreach ((OwnerPlan owner, SlotPlan slot) in AllSlots())
        {
            if (slot.Read is OneOfRead oneOf)
            {
                yield return (owner, slot, oneOf);
            }
        }
    }

    /// <summary>The comment that introduces a slot's code: its name and where it is written, <c>byline (wire-story.schema.yaml:31)</c>.</summary>
    public string SlotComment(SlotPlan slot) =>
        "// " + string.Join(" ", CSharp.DocLines(slot.Name)) + " (" + commentFileName + ":" + slot.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>The comment that introduces other code written in the schema: its text and where it is written, <c>headline: headline (wire-story.schema.yaml:64)</c>.</summary>
    public string SourceComment(string text, int line) =>
        "// " + string.Join(" ", CSharp.DocLines(text)) + " (" + commentFileName + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// Claims <paramref name="name"/> for a member whose name is fixed (<c>lines</c>, <c>TryLayout</c>) rather than
    /// made by <see cref="MemberName"/>, so no generated local hides it.
    /// </summary>
    public string FixedMemberName(string name)
    {
        usedMemberNames.Add(name);
        return name;
    }

    /// <summary>A unique member name for something not tied to a slot, such as a line class's pattern: <paramref name="candidate"/>, or it numbered.</summary>
    public string NewMemberName(string candidate)
    {
        string name = candidate;
        for (int n = 2; !usedMemberNames.Add(name); n++)
        {
            name = candidate + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Whether <paramref name="name"/> is a member of one of the generated helper classes.</summary>
    public bool IsMemberName(string name) => usedMemberNames.Contains(name);

    /// <summary>The exception for a plan node of a kind this emitter does not know: a bug, reported as CD1099.</summary>
    public static System.InvalidOperationException Unknown(object node) =>
        new("The emitter does not know the plan node " + node.GetType().Name + ".");

    /// <summary>
    /// A name for a generated member of the helper classes (<c>Match_Layout_body</c>), unique in the file. Names
    /// are built by joining schema names with <c>_</c>, which schema names may contain too: part <c>A_b</c> with
    /// slot <c>c</c> and part <c>A</c> with slot <c>b_c</c> both give <c>..._A_b_c</c>. The second one asked for
    /// gets a number (<c>..._A_b_c_2</c>); a given key always gets the same name.
    /// </summary>
    /// <param name="prefix">The kind of member, such as <c>Match</c>; part of the key.</param>
    /// <param name="owner">The layout or part.</param>
    /// <param name="slot">The slot.</param>
    /// <param name="suffix">A further name, such as a case name, or <see langword="null"/>.</param>
    /// <param name="suffixKind">What the suffix is (<c>case</c>), so a case named <c>after</c> and the word <c>after</c> differ.</param>
    public string MemberName(string prefix, OwnerPlan owner, SlotPlan slot, string? suffix = null, string? suffixKind = null)
    {
        // Schema names are letters, digits and '_', so '|' separates the parts of the key unambiguously.
        string key = prefix + "|" + (owner.IsLayout ? "|" : "Part|" + owner.Name) + "|" + slot.Name + "|" + suffixKind + "|" + suffix;
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
    public string PropertyType(OwnerPlan owner, SlotPlan slot)
    {
        string element = ElementType(owner, slot);
        if (slot.Repeat is not null)
        {
            return Runtime + ".NodeList<" + element + ">";
        }

        return slot.IsNullable ? element + "?" : element;
    }
}
