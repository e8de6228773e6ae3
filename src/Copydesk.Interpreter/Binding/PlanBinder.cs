using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Binds a <see cref="ParsePlan"/> to the runtime: compiles its patterns with <see cref="TextRules.CreatePattern"/>,
/// its line conditions into delegates, encodes its JSON names and creates its markers and expectations. Decides
/// nothing: every decision is the plan's.
/// </summary>
internal sealed class PlanBinder
{
    private readonly ParsePlan plan;
    private readonly LineConditionCompiler classes;
    private readonly Dictionary<(string Pattern, bool Backtracking), Regex> patterns = new();
    private readonly Dictionary<string, BoundOwner> parts = new(StringComparer.Ordinal);
    private readonly Marker[] markers;

    private PlanBinder(ParsePlan plan)
    {
        this.plan = plan;
        classes = new LineConditionCompiler(plan.LineClasses, Pattern);
        markers = new Marker[plan.Markers.Count];
        for (int i = 0; i < markers.Length; i++)
        {
            MarkerDefinition marker = plan.Markers[i];
            markers[i] = new Marker(marker.Text, marker.CapturesRest)
            {
                Alternatives = [.. marker.Texts],
                CaseSensitive = marker.CaseSensitive,
                ReservedEverywhere = marker.Scope == MarkerScope.Everywhere,
            };
        }
    }

    /// <summary>Binds <paramref name="plan"/>.</summary>
    /// <exception cref="ArgumentException">A pattern is not a valid .NET regular expression.</exception>
    public static BoundSchema Bind(ParsePlan plan) => new PlanBinder(plan).Bind();

    private BoundSchema Bind()
    {
        // The plan lists each part after the parts it reads.
        foreach (OwnerPlan part in plan.Parts)
        {
            parts.Add(part.Name, Owner(part));
        }

        return new BoundSchema(plan, Owner(plan.Layout), markers) { FrontMatter = FrontMatterSpecBinder.Bind(plan.FrontMatter) };
    }

    private BoundOwner Owner(OwnerPlan owner)
    {
        var slots = new BoundSlot[owner.Slots.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = Slot(owner.Slots[i]);
        }

        return new BoundOwner(owner, slots);
    }

    private BoundSlot Slot(SlotPlan slot)
    {
        BoundChecks checks = Checks(slot.Checks);
        Marker? after = slot.After is null ? null : markers[slot.After.MarkerIndex];
        Expectation? afterExpectation = slot.After is null ? null : Expectation(slot.After.Expectation);
        return slot.Read switch
        {
            LineRead line => new BoundSlot(slot, ReadKind.Line, checks)
            {
                Line = classes.Get(line.Test),
                Value = line.Value,
                YieldsTo = YieldsTo(line),
                TypedRead = ValueReader(line),
                Expectation = Expectation(line.Expectation),
                After = after,
                AfterExpectation = afterExpectation,
            },
            MarkerRead marker => new BoundSlot(slot, ReadKind.Marker, checks)
            {
                Marker = markers[marker.MarkerIndex],
                Expectation = Expectation(marker.Expectation),
                After = after,
                AfterExpectation = afterExpectation,
            },
            PartRead part => new BoundSlot(slot, ReadKind.Part, checks)
            {
                Part = parts[part.Part],
                After = after,
                AfterExpectation = afterExpectation,
            },
            OneOfRead oneOf => new BoundSlot(slot, ReadKind.OneOf, checks)
            {
                Cases = Cases(oneOf),
                After = after,
                AfterExpectation = afterExpectation,
            },
            _ => throw Unknown(slot.Read),
        };
    }

    // How a typed or captured line becomes a node; other lines are read by the parse itself.
    private static LineValueReader? ValueReader(LineRead line)
    {
        if (line.Spec is { } spec)
        {
            System.Func<TextLine, InterpretedLine> typed = TypedValueBinder.Reader(spec);
            return (_, _, text) => typed(text);
        }

        return line.Capture is { } capture ? CaptureBinder.Reader(capture) : null;
    }

    private BoundCase[] Cases(OneOfRead oneOf)
    {
        var cases = new BoundCase[oneOf.Cases.Count];
        for (int c = 0; c < cases.Length; c++)
        {
            CasePlan @case = oneOf.Cases[c];
            cases[c] = @case.Read switch
            {
                LineRead line => new BoundCase(@case, classes.Get(line.Test), line.Value, YieldsTo(line), ValueReader(line), Expectation(line.Expectation)),
                PartRead part => new BoundCase(@case, parts[part.Part]),
                _ => throw Unknown(@case.Read),
            };
        }

        return cases;
    }

    private BoundChecks Checks(SlotChecks checks)
    {
        var rules = new BoundRule[checks.ValueRules.Count];
        for (int i = 0; i < rules.Length; i++)
        {
            ValueRule rule = checks.ValueRules[i];
            rules[i] = new BoundRule(
                rule,
                rule is PatternRule pattern ? Pattern(pattern.Pattern, pattern.Backtracking) : null,
                rule is OneOfRule oneOf ? [.. oneOf.Values] : null);
        }

        return new BoundChecks(checks, Severity(checks.Severity), rules);
    }

    /// <summary>The runtime's severity of a check's severity.</summary>
    internal static IssueSeverity Severity(CheckSeverity severity) => severity switch
    {
        CheckSeverity.Info => IssueSeverity.Info,
        CheckSeverity.Warning => IssueSeverity.Warning,
        CheckSeverity.Error => IssueSeverity.Error,
        _ => throw new InvalidOperationException($"The interpreter does not know the severity {severity}."),
    };

    private Marker[] YieldsTo(LineRead line)
    {
        var yieldsTo = new Marker[line.YieldsTo.Count];
        for (int i = 0; i < yieldsTo.Length; i++)
        {
            yieldsTo[i] = markers[line.YieldsTo[i]];
        }

        return yieldsTo;
    }

    private static Expectation Expectation(ExpectationPlan expectation) => new(expectation.Slot, expectation.What);

    // Equal patterns share one instance.
    private Regex Pattern(string pattern, bool backtracking)
    {
        if (!patterns.TryGetValue((pattern, backtracking), out Regex? regex))
        {
            try
            {
                regex = TextRules.CreatePattern(pattern, backtracking);
            }
            catch (ArgumentException exception)
            {
                throw new ArgumentException($"The pattern '{pattern}' is not a valid .NET regular expression: {exception.Message}", "schema", exception);
            }

            patterns.Add((pattern, backtracking), regex);
        }

        return regex;
    }

    private static InvalidOperationException Unknown(SlotRead read) =>
        new($"The interpreter does not know the slot read {read.GetType().Name}.");
}
