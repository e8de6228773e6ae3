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
    /// a typed parser other than a list, as the loader allows.
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
            fields.Add(new CaptureFieldPlan(field.Name, SchemaNames.Pascal(field.Name), IsRest: false, typed));
        }

        if (spec.Rest is { } rest)
        {
            fields.Add(new CaptureFieldPlan(rest, SchemaNames.Pascal(rest), IsRest: true, Spec: null));
        }

        return new CapturePlan(spec.Pattern, ParsePlanBuilder.NeedsBacktracking(spec.Pattern), recordName, fields.ToEquatableArray());
    }
}
