using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Planning;

/// <summary>The plan's decisions about captures (<c>capture: { pattern, fields, rest }</c>).</summary>
internal static class Captures
{
    /// <summary>
    /// The plan of <paramref name="spec"/>, whose record is <paramref name="recordName"/>; <see langword="null"/> for a
    /// line without a capture. The fields keep their declared order and the rest field comes last; a field is text or
    /// a typed parser other than a list, and the rest text or quotes, as the loader allows.
    /// </summary>
    public static CapturePlan? Plan(CaptureSpec? spec, string recordName)
    {
        if (spec is null)
        {
            return null;
        }

        var fields = new List<CaptureFieldPlan>(spec.Fields.Count + 1);
        foreach (CaptureField field in spec.Fields)
        {
            if (field.Spec is { Kind: TypedValueKind.List })
            {
                throw new ArgumentException($"The captured field '{field.Name}' is a list, which a capture cannot hold.", "schema");
            }

            ValueSpec? typed = field.Spec is null or { Kind: TypedValueKind.Text } ? null : TypedValues.Plan(field.Spec);
            fields.Add(new CaptureFieldPlan(field.Name, SchemaNames.Pascal(field.Name), IsRest: false, typed) { Value = typed is null ? ValueKind.Text : ValueKind.Typed });
        }

        if (spec.Rest is { } rest)
        {
            if (spec.RestValue is not (ValueKind.Text or ValueKind.Quotes))
            {
                throw new ArgumentException($"The rest of a capture is read as '{spec.RestValue}', which is neither text nor quotes.", "schema");
            }

            fields.Add(new CaptureFieldPlan(rest, SchemaNames.Pascal(rest), IsRest: true, Spec: null) { Value = spec.RestValue });
        }

        return new CapturePlan(spec.Pattern, ParsePlanBuilder.NeedsBacktracking(spec.Pattern), recordName, fields.ToEquatableArray());
    }
}
