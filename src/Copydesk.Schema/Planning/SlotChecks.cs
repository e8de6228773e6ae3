using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// The validation of one slot: the <c>count</c> rule on its list, the rules run on each value in the order the
/// language documents (minLength, maxLength, minWords, maxWords, pattern, notEmpty, oneOf, speaker), and whether
/// the parts it reads hold checks. Branches without checks are not walked.
/// </summary>
/// <param name="Severity">The severity of every issue the slot's rules report.</param>
/// <param name="Message">The message replacing the default ones, or <see langword="null"/>.</param>
/// <param name="Count">The <c>count</c> rule of a repeat, or <see langword="null"/>.</param>
/// <param name="ValueRules">The rules each value is checked against, in order; only line and marker slots have any.</param>
/// <param name="HasNestedChecks">Whether the parts the slot reads, directly or through a case, hold checks.</param>
/// <param name="HasChecks">Whether validating the slot can report anything: it has a <c>check:</c>, case counts or nested checks.</param>
public sealed record SlotChecks(
    CheckSeverity Severity,
    string? Message,
    CountRule? Count,
    EquatableArray<ValueRule> ValueRules,
    bool HasNestedChecks,
    bool HasChecks)
{
    /// <summary>A slot that checks nothing.</summary>
    public static SlotChecks None { get; } = new(CheckSeverity.Error, null, null, EquatableArray<ValueRule>.Empty, false, false);

    /// <summary>The <c>count</c> rules of the cases of a repeated <c>oneOf</c>, in case order; checked after <see cref="Count"/>.</summary>
    public EquatableArray<CaseCountRule> CaseCounts { get; init; } = EquatableArray<CaseCountRule>.Empty;

    /// <summary>Whether each value (each item of a repeat) needs a visit: its own rules or nested checks.</summary>
    public bool HasElementChecks => ValueRules.Count > 0 || HasNestedChecks;
}

/// <summary>The number of items of a repeat lies in <c>Min..Max</c>; reported over the items, or over the owner when there are none.</summary>
/// <param name="Min">The fewest items.</param>
/// <param name="Max">The most items; <see cref="int.MaxValue"/> for no limit.</param>
public sealed record CountRule(int Min, int Max);

/// <summary>
/// The number of items of a repeated <c>oneOf</c> that take one case lies in <c>Min..Max</c>; reported over those
/// items, or over all the items when none takes it, or over the owner when there are no items.
/// </summary>
/// <param name="CaseIndex">The case, an index into the slot's cases.</param>
/// <param name="CaseName">The case name, as messages show it.</param>
/// <param name="Min">The fewest items of the case.</param>
/// <param name="Max">The most items of the case; <see cref="int.MaxValue"/> for no limit.</param>
public sealed record CaseCountRule(int CaseIndex, string CaseName, int Min, int Max);

/// <summary>A rule checked on one value's text. A closed set: back ends treat anything else as a bug.</summary>
public abstract record ValueRule
{
    // Only the kinds below derive from this type.
    private protected ValueRule()
    {
    }
}

/// <summary>At least <paramref name="Min"/> characters.</summary>
/// <param name="Min">The shortest length.</param>
public sealed record MinLengthRule(int Min) : ValueRule;

/// <summary>At most <paramref name="Max"/> characters.</summary>
/// <param name="Max">The longest length.</param>
public sealed record MaxLengthRule(int Max) : ValueRule;

/// <summary>At least <paramref name="Min"/> words.</summary>
/// <param name="Min">The fewest words.</param>
public sealed record MinWordsRule(int Min) : ValueRule;

/// <summary>At most <paramref name="Max"/> words.</summary>
/// <param name="Max">The most words.</param>
public sealed record MaxWordsRule(int Max) : ValueRule;

/// <summary>Matches a .NET regular expression, built by the runtime's <c>TextRules.CreatePattern</c>.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Backtracking">Whether it needs the backtracking engine (CD1040) and so runs under the time budget; otherwise it runs on the non-backtracking engine.</param>
public sealed record PatternRule(string Pattern, bool Backtracking) : ValueRule;

/// <summary>Not empty.</summary>
public sealed record NotEmptyRule : ValueRule;

/// <summary>One of the listed values.</summary>
/// <param name="Values">The allowed values.</param>
public sealed record OneOfRule(EquatableArray<string> Values) : ValueRule;

/// <summary>An attribution names its speaker.</summary>
public sealed record SpeakerRequiredRule : ValueRule;

/// <summary>Every quotation of a <c>value: quotes</c> paragraph has a speaker the reader can name.</summary>
public sealed record QuoteSpeakerRequiredRule : ValueRule;

/// <summary>Every quotation of a <c>value: quotes</c> paragraph is attributed in its paragraph or at most <paramref name="Paragraphs"/> paragraphs before it.</summary>
/// <param name="Paragraphs">How many paragraphs before the quotation its attribution may stand.</param>
public sealed record AttributedWithinRule(int Paragraphs) : ValueRule;

/// <summary>
/// The value a typed parser read (<c>value: date</c>, …) was refused: reported under the parser's code
/// (CD3010–CD3019), always as an error, before the slot's text rules; for a <c>list</c>, each refused item at its index.
/// For a captured line (<c>capture:</c>): a line the pattern does not match (CD3040), then each field whose parser
/// refused its group, under the field's name and at the group's span.
/// </summary>
public sealed record TypedValueRule : ValueRule;
