using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// One rule of <c>rules:</c> with every decision made: which two fields it reads, where each one is, what it reads
/// of them and which check of the runtime's <c>FieldRules</c> compares them. <c>Validate()</c> runs the rules in this
/// order after the slots' checks; the generator prints each one as a call of that check, the interpreter makes the
/// same call.
/// </summary>
/// <param name="Relation">What the rule states, as written.</param>
/// <param name="Field">The field the rule is about; issues are reported at its path.</param>
/// <param name="Other">The field it is related to.</param>
/// <param name="Check">The runtime check that runs the rule.</param>
/// <param name="Severity">The severity of the issue.</param>
/// <param name="Message">The message replacing the default one, or <see langword="null"/>.</param>
/// <param name="SourceLine">The 1-based line of the rule in the schema file, cited by the generated code.</param>
public sealed record RulePlan(
    RuleRelation Relation,
    RuleOperand Field,
    RuleOperand Other,
    RuleCheck Check,
    CheckSeverity Severity,
    string? Message,
    int SourceLine)
{
    /// <summary>
    /// For <see cref="RuleCheck.DateOrder"/> and <see cref="RuleCheck.InstantOrder"/>: the order the rule states
    /// between <see cref="Field"/> and <see cref="Other"/>; <see langword="null"/> for every other check.
    /// </summary>
    public RuleOrder? Order { get; init; }
}

/// <summary>A field a rule reads: a layout slot or a top-level front-matter field.</summary>
/// <param name="Path">The field as issue paths and messages name it: the slot name, or <c>frontMatter.</c> and the key.</param>
/// <param name="Source">Where the field is.</param>
/// <param name="Index">The slot's position in the layout, or the field's among the top-level front-matter fields.</param>
/// <param name="Kind">What one value of the field is, as far as rules compare it.</param>
/// <param name="IsList">Whether the field is a list: a repeated slot or a front-matter list, present when it has an item.</param>
/// <param name="IsAlwaysPresent">Whether every article that parses has the field, so it is never absent.</param>
public sealed record RuleOperand(string Path, RuleFieldSource Source, int Index, RuleValueKind Kind, bool IsList, bool IsAlwaysPresent)
{
    /// <summary>
    /// Whether the rule reads this date and time as its calendar date where it was written (its own UTC offset), so
    /// it compares with a date: <c>2024-05-15T08:30:00+02:00</c> is on <c>2024-05-15</c>.
    /// </summary>
    public bool ReadsCalendarDate { get; init; }
}

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

/// <summary>The check of the runtime's <c>FieldRules</c> that runs a rule, with what it reads of the two fields.</summary>
public enum RuleCheck
{
    /// <summary><c>FieldRules.CountEquals</c>: the number of items of the list with the integer of the other field (<c>count</c> and <c>equals</c>).</summary>
    CountEquals,

    /// <summary>
    /// <c>FieldRules.Order</c> of two calendar dates (<c>before</c>, <c>notBefore</c>, <c>after</c>, <c>notAfter</c>
    /// where a field is a date); a date and time among them is read as its calendar date (<see cref="RuleOperand.ReadsCalendarDate"/>).
    /// </summary>
    DateOrder,

    /// <summary><c>FieldRules.Order</c> of two dates and times, as instants: their UTC offsets are taken into account.</summary>
    InstantOrder,

    /// <summary><c>FieldRules.RequiredWith</c>: whether each field is present, a value or a list with an item.</summary>
    RequiredWith,

    /// <summary><c>FieldRules.ForbiddenWith</c>: whether each field is present, a value or a list with an item.</summary>
    ForbiddenWith,
}

/// <summary>The order a rule states between two dates; the runtime's <c>DateOrder</c> has the same members.</summary>
public enum RuleOrder
{
    /// <summary><c>before</c>: strictly earlier.</summary>
    Before,

    /// <summary><c>notBefore</c>: the same or later.</summary>
    NotBefore,

    /// <summary><c>after</c>: strictly later.</summary>
    After,

    /// <summary><c>notAfter</c>: the same or earlier.</summary>
    NotAfter,
}
