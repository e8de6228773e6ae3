using System.Text.Json;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>One case of a <c>oneOf</c> slot, bound: a line case or a part case.</summary>
internal sealed class BoundCase
{
    /// <summary>A line case.</summary>
    public BoundCase(CasePlan plan, LineTest line, ValueKind value, Marker[] yieldsTo, LineValueReader? typedRead, Expectation expectation)
        : this(plan)
    {
        Line = line;
        Value = value;
        YieldsTo = yieldsTo;
        TypedRead = typedRead;
        Expectation = expectation;
    }

    /// <summary>A part case.</summary>
    public BoundCase(CasePlan plan, BoundOwner part)
        : this(plan)
    {
        Part = part;
    }

    private BoundCase(CasePlan plan)
    {
        Name = plan.Name;
        JsonName = JsonNames.Encode(plan.JsonName);
    }

    /// <summary>The case name.</summary>
    public string Name { get; }

    /// <summary>The value of <c>"$type"</c>, encoded.</summary>
    public JsonEncodedText JsonName { get; }

    /// <summary>The line class of a line case; <see langword="null"/> for a part case.</summary>
    public LineTest? Line { get; }

    /// <summary>How a line case turns its line into a value.</summary>
    public ValueKind Value { get; }

    /// <summary>The markers reserved only where read that a line case leaves alone (<see cref="LineRead.YieldsTo"/>).</summary>
    public Marker[] YieldsTo { get; } = [];

    /// <summary>The typed value parser of a line case with <see cref="ValueKind.Typed"/>; otherwise <see langword="null"/>.</summary>
    public LineValueReader? TypedRead { get; }

    /// <summary>What a line case records when it does not match.</summary>
    public Expectation? Expectation { get; }

    /// <summary>The part of a part case; <see langword="null"/> for a line case.</summary>
    public BoundOwner? Part { get; }
}
