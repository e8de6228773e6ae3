using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// Everything the parse, validation and JSON writing of one schema mean, decided once: what each slot reads, how
/// often, what it records when it does not match, how its runs are kept, which checks run in which order and how
/// the JSON is named. The generator prints it as C#; the interpreter binds it and runs it. Compares by value, so
/// the incremental generator caches on it. Built by <see cref="ParsePlanBuilder"/>.
/// </summary>
/// <param name="TypeName">The article type name.</param>
/// <param name="Description">Documentation for the article type.</param>
/// <param name="Markers">Every marker of the schema, in the schema's order; lines matching one are reserved. Slots refer to them by index.</param>
/// <param name="LineClasses">The declared line classes, in schema order, their predicates resolved.</param>
/// <param name="Layout">The slots of the article itself.</param>
/// <param name="Parts">The parts, each after the parts it reads.</param>
/// <param name="CacheCount">How many repeats remember their runs (<see cref="RepeatPlan.CacheIndex"/> ranges below it).</param>
public sealed record ParsePlan(
    string TypeName,
    string? Description,
    EquatableArray<MarkerDefinition> Markers,
    EquatableArray<LineClassPlan> LineClasses,
    OwnerPlan Layout,
    EquatableArray<OwnerPlan> Parts,
    int CacheCount)
{
    /// <summary>
    /// How the front matter is read, or <see langword="null"/> when the schema declares none: its articles are then
    /// read from their first line, exactly as before front matter existed.
    /// </summary>
    public FrontMatterPlan? FrontMatter { get; init; }

    /// <summary>How the article text becomes the units the parse reads; both back ends read units this way.</summary>
    public InputModel Input { get; init; } = InputModel.Lines;

    /// <summary>
    /// Whether the parse calls Copydesk.Markup (the Markdown reader), so a project compiling the generated code must
    /// reference it (CD1052). Set by whatever in the schema needs it.
    /// </summary>
    public bool NeedsMarkup { get; init; }

    /// <summary>How the article becomes schema.org JSON-LD, or <see langword="null"/> when the schema maps nothing.</summary>
    public JsonLdPlan? JsonLd { get; init; }

    /// <summary>The rules relating fields of the article (<c>rules:</c>), in written order; <c>Validate()</c> runs them after the slots' checks.</summary>
    public EquatableArray<RulePlan> Rules { get; init; } = EquatableArray<RulePlan>.Empty;

    /// <summary>The accessibility of every generated type; the schema's <c>visibility</c>, or the project's default, or public.</summary>
    public TypeVisibility Visibility { get; init; } = TypeVisibility.Public;

    /// <summary>The layout, then every part.</summary>
    public IEnumerable<OwnerPlan> Owners
    {
        get
        {
            yield return Layout;
            foreach (OwnerPlan part in Parts)
            {
                yield return part;
            }
        }
    }

    /// <summary>The part named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no such part.</exception>
    public OwnerPlan GetPart(string name)
    {
        foreach (OwnerPlan part in Parts)
        {
            if (part.Name == name)
            {
                return part;
            }
        }

        throw new KeyNotFoundException("The plan has no part '" + name + "'.");
    }
}

/// <summary>The layout or a part: its slots, read in order.</summary>
/// <param name="Name">The part name; the article type name for the layout.</param>
/// <param name="RecordName">
/// The name of the record the owner becomes: the part name, or the part name with a suffix when a layout slot
/// reads the part under the part's own name (see <see cref="Naming.SchemaNames.PartTypeName"/>); the article type name for the layout.
/// </param>
/// <param name="IsLayout">Whether this is the layout, which runs once per parse.</param>
/// <param name="Description">Documentation for the record.</param>
/// <param name="Slots">The slots in schema order.</param>
/// <param name="HasChecks">Whether validating a record of this owner can report anything, directly or through the parts it reads.</param>
public sealed record OwnerPlan(string Name, string RecordName, bool IsLayout, string? Description, EquatableArray<SlotPlan> Slots, bool HasChecks);

/// <summary>A declared line class with its predicate resolved.</summary>
/// <param name="Name">The class name.</param>
/// <param name="Condition">The test a line's trimmed text must pass.</param>
public sealed record LineClassPlan(string Name, LineCondition Condition);

/// <summary>What a slot, a case or an <c>after:</c> marker records when it does not match: equal in both back ends, so parse errors are.</summary>
/// <param name="Slot">The slot as named in parse errors and traces: <c>headline</c>, <c>Quote.text</c>, <c>body.paragraph</c>.</param>
/// <param name="What">What it reads: a line class name, or <c>marker "Topic in-depth"</c>.</param>
public sealed record ExpectationPlan(string Slot, string What);

/// <summary>The property names the contract JSON uses besides slot and case names.</summary>
public static class ContractJsonNames
{
    /// <summary>The discriminator of a <c>oneOf</c> item: the case name.</summary>
    public const string Type = "$type";

    /// <summary>The single field of a <c>oneOf</c> line case.</summary>
    public const string Text = "text";
}
