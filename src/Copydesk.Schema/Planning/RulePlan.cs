using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// One rule of <c>rules:</c> with every decision made: which two fields it reads, where each one is, what it reads
/// of them and how it compares them. <c>Validate()</c> runs the rules in this order after the slots' checks; the
/// generator prints each one as a call of the runtime's <c>FieldRules</c>, the interpreter makes the same call.
/// </summary>
/// <param name="Relation">What the rule states.</param>
/// <param name="Field">The field the rule is about; issues are reported at its path.</param>
/// <param name="Other">The field it is related to.</param>
/// <param name="Comparison">What the rule reads of the two fields and how it compares them.</param>
/// <param name="Severity">The severity of the issue.</param>
/// <param name="Message">The message replacing the default one, or <see langword="null"/>.</param>
/// <param name="SourceLine">The 1-based line of the rule in the schema file, cited by the generated code.</param>
public sealed record RulePlan(
    RuleRelation Relation,
    RuleOperand Field,
    RuleOperand Other,
    RuleComparison Comparison,
    CheckSeverity Severity,
    string? Message,
    int SourceLine);

/// <summary>A field a rule reads: a layout slot or a top-level front-matter field.</summary>
/// <param name="Path">The field as issue paths and messages name it: the slot name, or <c>frontMatter.</c> and the key.</param>
/// <param name="Source">Where the field is.</param>
/// <param name="Index">The slot's position in the layout, or the field's among the top-level front-matter fields.</param>
/// <param name="Kind">What one value of the field is, as far as rules compare it.</param>
/// <param name="IsList">Whether the field is a list: a repeated slot or a front-matter list, present when it has an item.</param>
/// <param name="IsAlwaysPresent">Whether every article that parses has the field, so it is never absent.</param>
public sealed record RuleOperand(string Path, RuleFieldSource Source, int Index, RuleValueKind Kind, bool IsList, bool IsAlwaysPresent);

/// <summary>Where a field a rule reads is.</summary>
public enum RuleFieldSource
{
    /// <summary>A slot of the layout.</summary>
    Slot,

    /// <summary>A top-level field of the front matter.</summary>
    FrontMatter,
}

/// <summary>What one value of a field is, as far as rules compare it.</summary>
public enum RuleValueKind
{
    /// <summary>Anything rules only test for presence: text, a part, a marker line, another typed value.</summary>
    Other,

    /// <summary>A date: <c>value: date</c>, or a front-matter <c>date</c>.</summary>
    Date,

    /// <summary>A date and time: <c>value: date-time</c>, or a front-matter <c>date-time</c>.</summary>
    DateTime,

    /// <summary>An integer: <c>value: integer</c>, or a front-matter <c>integer</c>.</summary>
    Integer,
}

/// <summary>What a rule reads of its two fields and how it compares them.</summary>
public enum RuleComparison
{
    /// <summary>Whether each field is present: a value, or a list with an item (<c>requiredWith</c>, <c>forbiddenWith</c>).</summary>
    Presence,

    /// <summary>The number of items of the list with the integer of the other field (<c>count</c> and <c>equals</c>).</summary>
    Count,

    /// <summary>
    /// Two calendar dates; a date and time among them counts as its date where it was written (its own UTC offset), so
    /// <c>2024-05-15T08:30:00+02:00</c> is on <c>2024-05-15</c>.
    /// </summary>
    CalendarDates,

    /// <summary>Two dates and times, as instants: their UTC offsets are taken into account.</summary>
    Instants,
}
