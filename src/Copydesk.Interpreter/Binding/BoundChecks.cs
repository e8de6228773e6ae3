using System.Text.RegularExpressions;
using Copydesk.Schema.Planning;

namespace Copydesk.Interpretation.Binding;

/// <summary>A slot's <see cref="SlotChecks"/>, bound: the severity mapped to the runtime's, patterns compiled.</summary>
internal sealed class BoundChecks
{
    public BoundChecks(SlotChecks plan, IssueSeverity severity, BoundRule[] valueRules)
    {
        Severity = severity;
        Message = plan.Message;
        Count = plan.Count;
        CaseCounts = [.. plan.CaseCounts];
        ValueRules = valueRules;
        HasNestedChecks = plan.HasNestedChecks;
        HasChecks = plan.HasChecks;
        HasElementChecks = plan.HasElementChecks;
    }

    public IssueSeverity Severity { get; }

    public string? Message { get; }

    /// <inheritdoc cref="SlotChecks.Count"/>
    public CountRule? Count { get; }

    /// <inheritdoc cref="SlotChecks.CaseCounts"/>
    public CaseCountRule[] CaseCounts { get; }

    /// <summary>The rules each value is checked against, in the plan's order.</summary>
    public BoundRule[] ValueRules { get; }

    /// <inheritdoc cref="SlotChecks.HasNestedChecks"/>
    public bool HasNestedChecks { get; }

    /// <inheritdoc cref="SlotChecks.HasChecks"/>
    public bool HasChecks { get; }

    /// <inheritdoc cref="SlotChecks.HasElementChecks"/>
    public bool HasElementChecks { get; }
}

/// <summary>A value rule with what the runtime's check needs attached.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Pattern">The compiled pattern of a <see cref="PatternRule"/>; otherwise <see langword="null"/>.</param>
/// <param name="Allowed">The allowed values of a <see cref="OneOfRule"/>; otherwise <see langword="null"/>.</param>
internal readonly record struct BoundRule(ValueRule Rule, Regex? Pattern, string[]? Allowed);
