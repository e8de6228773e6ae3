using System;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// The value a front-matter field of each type holds, as the typed value parser of a line that holds the same value:
/// the one mapping from front-matter types to value kinds, which the JSON-LD planner (what a field gives a property),
/// the rule planner (what a rule compares) and the front-matter planner (which parser its formats configure) share.
/// </summary>
internal static class FrontMatterValueKinds
{
    /// <summary>The value kind of <paramref name="type"/>; <see langword="null"/> for a mapping, which holds fields, not a value.</summary>
    public static TypedValueKind? Of(FrontMatterType type) => type switch
    {
        FrontMatterType.String => TypedValueKind.Text,
        FrontMatterType.Integer => TypedValueKind.Integer,
        FrontMatterType.Number => TypedValueKind.Number,
        FrontMatterType.Boolean => TypedValueKind.Boolean,
        FrontMatterType.Date => TypedValueKind.Date,
        FrontMatterType.DateTime => TypedValueKind.DateTime,
        FrontMatterType.Url => TypedValueKind.Url,
        FrontMatterType.Email => TypedValueKind.Email,
        FrontMatterType.Mapping => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The language has no such front-matter type."),
    };
}
