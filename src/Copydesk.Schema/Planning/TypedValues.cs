using System;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>The plan's decisions about typed values (<c>value: date</c>, <c>value: { type: list, … }</c>).</summary>
internal static class TypedValues
{
    private static readonly EquatableArray<ValueRule> TypedRule = new ValueRule[] { new TypedValueRule() }.ToEquatableArray();

    /// <summary>
    /// The spec a typed line reads with: every list has an item parser (text when none is declared). A typed line
    /// without a spec is a schema the loader did not make.
    /// </summary>
    public static ValueSpec Plan(ValueSpec? spec)
    {
        if (spec is null)
        {
            throw new ArgumentException("A typed value has no value parser.", "schema");
        }

        if (spec.Kind == TypedValueKind.List)
        {
            if (spec.Separator is not { Length: > 0 })
            {
                throw new ArgumentException("A list value has no separator.", "schema");
            }

            ValueSpec item = spec.Item ?? new ValueSpec(TypedValueKind.Text);
            if (item.Kind == TypedValueKind.List)
            {
                throw new ArgumentException("A list value cannot hold lists.", "schema");
            }

            return spec with { Item = item };
        }

        return spec.Kind == TypedValueKind.Text ? throw new ArgumentException("Text is not a typed value.", "schema") : spec;
    }

    /// <summary>The rule that reports refused values first, for a typed line; none otherwise.</summary>
    public static EquatableArray<ValueRule> Rules(bool typed) => typed ? TypedRule : EquatableArray<ValueRule>.Empty;

    /// <summary>Whether a case of <paramref name="oneOf"/> reads a typed or captured line, whose refusals validation reports.</summary>
    public static bool HasTypedCase(OneOfRead oneOf)
    {
        foreach (CasePlan @case in oneOf.Cases)
        {
            if (@case.Read is LineRead { Value: ValueKind.Typed or ValueKind.Captured })
            {
                return true;
            }
        }

        return false;
    }
}
