namespace Copydesk.Schema.Model;

/// <summary>
/// The unit is of one of the kinds, named as the schema writes them (<c>heading</c>, <c>listItem</c>, …): the names of
/// the runtime's <c>UnitKind</c> with a lower-case first letter.
/// </summary>
public sealed record BlockPredicate(EquatableArray<string> Kinds) : Predicate;

/// <summary>A heading's level lies in <c>Min..Max</c> (units that are not headings have level 0).</summary>
public sealed record LevelPredicate(int Min, int Max) : Predicate;

/// <summary>The unit's indentation, in columns, lies in <c>Min..Max</c>.</summary>
public sealed record IndentPredicate(int Min, int Max) : Predicate;
