using System.Text.Json;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Text;

namespace Copydesk.Interpretation.Plan;

/// <summary>
/// One slot of the layout or of a part, ready to run: what it reads, how often, the expectations it records
/// when it does not match (equal to the generated parser's), its checks and its JSON name.
/// </summary>
internal sealed class SlotPlan
{
    public SlotPlan(
        Slot slot,
        string expectationSlot,
        LineTest? line,
        Marker? marker,
        Expectation? expectation,
        Marker? after,
        Expectation? afterExpectation,
        OwnerPlan? part,
        CasePlan[] cases,
        int cacheIndex,
        CheckPlan? check)
    {
        Name = slot.Name;
        JsonName = JsonNames.Encode(slot.Name);
        ExpectationSlot = expectationSlot;
        Kind = slot.Kind;
        Cardinality = slot.Cardinality;
        Min = slot.Min;
        Max = slot.Max;
        Value = slot.Value;
        Line = line;
        Marker = marker;
        Expectation = expectation;
        After = after;
        AfterExpectation = afterExpectation;
        Part = part;
        Cases = cases;
        CacheIndex = cacheIndex;
        Check = check;

        // As the emitter's HasNestedChecks / HasChecks / HasElementChecks: branches without checks are not walked.
        HasNestedChecks = slot.Kind switch
        {
            SlotKind.Part => part!.HasChecks,
            SlotKind.OneOf => System.Array.Exists(cases, c => c.Part is { HasChecks: true }),
            _ => false,
        };
        HasChecks = check is not null || HasNestedChecks;
        HasElementChecks = (check?.HasValueChecks ?? false) || HasNestedChecks;

        // Value rules apply to line and marker values only; on parts and oneOf slots the generated validator skips them.
        RunsValueChecks = check is { HasValueChecks: true } && slot.Kind is SlotKind.Line or SlotKind.Marker;
        RunsSpeakerCheck = RunsValueChecks && check!.SpeakerRequired && slot.Kind == SlotKind.Line && slot.Value == ValueKind.Attribution;
    }

    /// <summary>The slot name as written.</summary>
    public string Name { get; }

    public JsonEncodedText JsonName { get; }

    /// <summary>The slot as named in expectations and traces: <c>headline</c> or <c>Quote.text</c>.</summary>
    public string ExpectationSlot { get; }

    public SlotKind Kind { get; }

    public Cardinality Cardinality { get; }

    public int Min { get; }

    /// <summary>The most items of a repeat; <see cref="int.MaxValue"/> when unbounded.</summary>
    public int Max { get; }

    /// <summary>How a line slot turns its line into a value.</summary>
    public ValueKind Value { get; }

    /// <summary>The line class of a line slot.</summary>
    public LineTest? Line { get; }

    /// <summary>The marker of a marker slot.</summary>
    public Marker? Marker { get; }

    /// <summary>What a line or marker slot records when it does not match.</summary>
    public Expectation? Expectation { get; }

    /// <summary>The marker of <c>after:</c>, read before the slot; <see langword="null"/> when the slot has none.</summary>
    public Marker? After { get; }

    /// <summary>What the slot records when its <c>after:</c> marker is not there.</summary>
    public Expectation? AfterExpectation { get; }

    /// <summary>The part a part slot reads.</summary>
    public OwnerPlan? Part { get; }

    /// <summary>The cases of a <c>oneOf</c> slot, in order; empty for other slots.</summary>
    public CasePlan[] Cases { get; }

    /// <summary>
    /// The index of the slot's <see cref="RepeatCache{T}"/> in a parse, or -1: only unbounded repeats inside parts
    /// remember their runs, exactly where the generated parser does.
    /// </summary>
    public int CacheIndex { get; }

    public CheckPlan? Check { get; }

    /// <summary>Whether an absent value is possible and written as <c>null</c>: optional slots and slots with <c>after:</c>.</summary>
    public bool IsNullable => Cardinality == Cardinality.Optional || After is not null;

    /// <summary>Whether the parts the slot reads (directly or through a case) hold checks.</summary>
    public bool HasNestedChecks { get; }

    /// <summary>Whether validating the slot can report anything.</summary>
    public bool HasChecks { get; }

    /// <summary>Whether each item of a repeat needs a visit (its own rules or nested checks).</summary>
    public bool HasElementChecks { get; }

    /// <summary>Whether the value rules (length, words, pattern, notEmpty, oneOf) run on this slot's values.</summary>
    public bool RunsValueChecks { get; }

    /// <summary>Whether <c>speaker: required</c> runs on this slot's values.</summary>
    public bool RunsSpeakerCheck { get; }
}
