namespace Copydesk.Schema.Model;

/// <summary>
/// One entry of a schema's <c>rules:</c>, as written: a relation between two fields of an article, such as
/// <c>{ field: updated, notBefore: date }</c> or <c>{ count: steps, equals: stepCount }</c>. What the names mean is
/// decided by <see cref="Planning.RulePlanner"/>.
/// </summary>
/// <param name="Relation">What the rule states.</param>
/// <param name="Field">The field the rule is about (after <c>field</c> or <c>count</c>), as written.</param>
/// <param name="Other">The field it is related to (after the relation), as written.</param>
public sealed record FieldRule(RuleRelation Relation, string Field, string Other)
{
    /// <summary>Where the rule's first key stands: the rule as a whole.</summary>
    public TextRange Range { get; init; }

    /// <summary>Where <see cref="Field"/> is written.</summary>
    public TextRange FieldRange { get; init; }

    /// <summary>Where <see cref="Other"/> is written.</summary>
    public TextRange OtherRange { get; init; }

    /// <summary>Where the relation key is written.</summary>
    public TextRange RelationRange { get; init; }

    /// <summary>The severity of the rule's issue.</summary>
    public CheckSeverity Severity { get; init; } = CheckSeverity.Error;

    /// <summary>The message replacing the default one, or <see langword="null"/>.</summary>
    public string? Message { get; init; }
}

/// <summary>The relations a rule can state between two fields.</summary>
public enum RuleRelation
{
    /// <summary><c>count: list, equals: number</c>: the list has as many items as the number says.</summary>
    CountEquals,

    /// <summary><c>before</c>: the field's date is earlier than the other's.</summary>
    Before,

    /// <summary><c>notBefore</c>: the field's date is the other's or later.</summary>
    NotBefore,

    /// <summary><c>after</c>: the field's date is later than the other's.</summary>
    After,

    /// <summary><c>notAfter</c>: the field's date is the other's or earlier.</summary>
    NotAfter,

    /// <summary><c>requiredWith</c>: the field is present when the other is.</summary>
    RequiredWith,

    /// <summary><c>forbiddenWith</c>: the field is absent when the other is present.</summary>
    ForbiddenWith,
}
