using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>The keys of a rule of <c>rules:</c> and the relation each one states.</summary>
internal static class RuleKeys
{
    public const string Field = "field";
    public const string EqualsKey = "equals";
    public const string Before = "before";
    public const string NotBefore = "notBefore";
    public const string After = "after";
    public const string NotAfter = "notAfter";
    public const string RequiredWith = "requiredWith";
    public const string ForbiddenWith = "forbiddenWith";

    /// <summary>The relation keys, in the order the reference lists them.</summary>
    public static readonly string[] Relations = [EqualsKey, Before, NotBefore, After, NotAfter, RequiredWith, ForbiddenWith];

    /// <summary>The relation a key states.</summary>
    public static RuleRelation Relation(string key) => key switch
    {
        EqualsKey => RuleRelation.CountEquals,
        Before => RuleRelation.Before,
        NotBefore => RuleRelation.NotBefore,
        After => RuleRelation.After,
        NotAfter => RuleRelation.NotAfter,
        RequiredWith => RuleRelation.RequiredWith,
        _ => RuleRelation.ForbiddenWith,
    };
}
