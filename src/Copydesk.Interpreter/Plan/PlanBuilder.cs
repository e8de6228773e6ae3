using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Text;

namespace Copydesk.Interpretation.Plan;

/// <summary>
/// Turns an <see cref="ArticleSchema"/> into a <see cref="SchemaPlan"/>, deciding once everything the generated
/// code decides at build time: expectations, markers, compiled line classes and patterns, which repeats cache
/// their runs and which branches hold checks.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly ArticleSchema schema;
    private readonly LineClassCompiler classes;
    private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OwnerPlan> parts = new(StringComparer.Ordinal);
    private readonly HashSet<MarkerDefinition> markers;
    private int cacheCount;

    private PlanBuilder(ArticleSchema schema)
    {
        this.schema = schema;
        classes = new LineClassCompiler(schema.LineClasses, Pattern);
        markers = new HashSet<MarkerDefinition>(schema.Markers);
    }

    /// <summary>Builds the plan of <paramref name="schema"/>.</summary>
    /// <exception cref="ArgumentException">The schema is inconsistent: a name it uses is not declared, a part or line class contains itself, or a pattern is invalid.</exception>
    public static SchemaPlan Build(ArticleSchema schema) => new PlanBuilder(schema).Build();

    private SchemaPlan Build()
    {
        var byName = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (Part part in schema.Parts)
        {
            if (!byName.TryAdd(part.Name, part))
            {
                throw new ArgumentException($"The schema declares the part '{part.Name}' twice.", nameof(schema));
            }
        }

        // Each part after those it reads, so slots can hold finished plans of their parts.
        foreach (Part part in PartGraph.InDependencyOrder(schema.Parts, byName))
        {
            parts.Add(part.Name, new OwnerPlan(part.Name, part.Name, Slots(part, part.Slots)));
        }

        OwnerPlan layout = new(null, schema.TypeName, Slots(null, schema.Layout));
        var reserved = new Marker[schema.Markers.Count];
        for (int i = 0; i < reserved.Length; i++)
        {
            reserved[i] = new Marker(schema.Markers[i].Text, schema.Markers[i].CapturesRest);
        }

        return new SchemaPlan(layout, reserved, cacheCount);
    }

    private SlotPlan[] Slots(Part? owner, EquatableArray<Slot> slots)
    {
        var plans = new SlotPlan[slots.Count];
        for (int i = 0; i < plans.Length; i++)
        {
            plans[i] = Slot(owner, slots[i]);
        }

        return plans;
    }

    private SlotPlan Slot(Part? owner, Slot slot)
    {
        string expectationSlot = SchemaNames.ExpectationSlot(owner?.Name, slot.Name);
        LineTest? line = null;
        Marker? marker = null;
        Expectation? expectation = null;
        OwnerPlan? part = null;
        CasePlan[] cases = Array.Empty<CasePlan>();
        switch (slot.Kind)
        {
            case SlotKind.Line:
                line = classes.Get(slot.Target);
                expectation = new Expectation(expectationSlot, SchemaNames.ExpectsLine(slot.Target));
                break;
            case SlotKind.Marker:
                marker = DeclaredMarker(slot.Target, slot.CapturesRest);
                expectation = new Expectation(expectationSlot, SchemaNames.ExpectsMarker(slot.Target));
                break;
            case SlotKind.Part:
                part = Part(owner, slot.Target);
                break;
            case SlotKind.OneOf:
                cases = new CasePlan[slot.Cases.Count];
                for (int c = 0; c < cases.Length; c++)
                {
                    OneOfCase @case = slot.Cases[c];
                    cases[c] = @case.Kind == SlotKind.Part
                        ? new CasePlan(@case.Name, Part(owner, @case.Target))
                        : new CasePlan(
                            @case.Name,
                            classes.Get(@case.Target),
                            @case.Value,
                            new Expectation(SchemaNames.ExpectationSlot(owner?.Name, slot.Name, @case.Name), SchemaNames.ExpectsLine(@case.Target)));
                }

                break;
        }

        Marker? after = null;
        Expectation? afterExpectation = null;
        if (slot.After is not null)
        {
            after = DeclaredMarker(slot.After, capturesRest: false);
            afterExpectation = new Expectation(expectationSlot, SchemaNames.ExpectsMarker(slot.After));
        }

        // EmitContext.CachesRuns: only an unbounded repeat inside a part can be retried from inside one of its runs.
        bool cachesRuns = owner is not null && slot.Cardinality == Cardinality.Repeat && slot.Max == int.MaxValue;
        int cacheIndex = cachesRuns ? cacheCount++ : -1;
        CheckPlan? check = slot.Check is null ? null : new CheckPlan(slot.Check, Pattern);
        return new SlotPlan(slot, expectationSlot, line, marker, expectation, after, afterExpectation, part, cases, cacheIndex, check);
    }

    private OwnerPlan Part(Part? owner, string name) =>
        parts.TryGetValue(name, out OwnerPlan? plan)
            ? plan
            : throw new ArgumentException($"{(owner is null ? "The layout" : "Part '" + owner.Name + "'")} reads the part '{name}', which the schema does not declare.", nameof(schema));

    // The generated parser indexes its marker table; a marker missing from it is a schema the loader did not make.
    private Marker DeclaredMarker(string text, bool capturesRest) =>
        markers.Contains(new MarkerDefinition(text, capturesRest))
            ? new Marker(text, capturesRest)
            : throw new ArgumentException($"The marker \"{text}\" is used but not listed in the schema's markers.", nameof(schema));

    // Built as the generated code builds its patterns; equal patterns can share one instance.
    private Regex Pattern(string pattern)
    {
        if (!patterns.TryGetValue(pattern, out Regex? regex))
        {
            try
            {
                regex = TextRules.CreatePattern(pattern);
            }
            catch (ArgumentException exception)
            {
                throw new ArgumentException($"The pattern '{pattern}' is not a valid .NET regular expression: {exception.Message}", nameof(schema), exception);
            }

            patterns.Add(pattern, regex);
        }

        return regex;
    }
}
