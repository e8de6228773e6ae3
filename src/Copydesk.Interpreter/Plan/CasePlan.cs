using System.Text.Json;
using Copydesk.Parsing;
using Copydesk.Schema.Model;

namespace Copydesk.Interpretation.Plan;

/// <summary>One case of a <c>oneOf</c> slot, ready to run.</summary>
internal sealed class CasePlan
{
    /// <summary>A line case.</summary>
    public CasePlan(string name, LineTest line, ValueKind value, Expectation expectation)
    {
        Name = name;
        JsonName = JsonNames.Encode(name);
        Line = line;
        Value = value;
        Expectation = expectation;
    }

    /// <summary>A part case.</summary>
    public CasePlan(string name, OwnerPlan part)
    {
        Name = name;
        JsonName = JsonNames.Encode(name);
        Part = part;
    }

    /// <summary>The case name: the <c>"$type"</c> in JSON.</summary>
    public string Name { get; }

    public JsonEncodedText JsonName { get; }

    /// <summary>The line class of a line case; <see langword="null"/> for a part case.</summary>
    public LineTest? Line { get; }

    /// <summary>How a line case turns its line into a value.</summary>
    public ValueKind Value { get; }

    /// <summary>What a line case records when it does not match.</summary>
    public Expectation? Expectation { get; }

    /// <summary>The part of a part case; <see langword="null"/> for a line case.</summary>
    public OwnerPlan? Part { get; }
}
