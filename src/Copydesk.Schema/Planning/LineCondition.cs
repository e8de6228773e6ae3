using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// A test on the trimmed text of one line, resolved: built-in classes are an enum, declared classes are known to
/// exist, empty combinations are constants, and operands that cannot change the result are dropped. A closed set:
/// back ends treat anything else as a bug.
/// </summary>
public abstract record LineCondition
{
    // Only the kinds below derive from this type.
    private protected LineCondition()
    {
    }
}

/// <summary>A built-in class.</summary>
/// <param name="Class">Which.</param>
public sealed record BuiltInCondition(BuiltInLineClass Class) : LineCondition;

/// <summary>A class the schema declares (see <see cref="ParsePlan.LineClasses"/>).</summary>
/// <param name="Name">The class name.</param>
public sealed record DeclaredClassCondition(string Name) : LineCondition;

/// <summary>Always <paramref name="Result"/>: an empty <c>all</c> is true, an empty <c>any</c> is false.</summary>
/// <param name="Result">The result for every line.</param>
public sealed record ConstantCondition(bool Result) : LineCondition;

/// <summary>True when the operand is false.</summary>
/// <param name="Operand">The negated test.</param>
public sealed record NotCondition(LineCondition Operand) : LineCondition;

/// <summary>True when every operand is true, tested in order and stopping at the first false one. At least two operands.</summary>
/// <param name="Operands">The operands.</param>
public sealed record AllCondition(EquatableArray<LineCondition> Operands) : LineCondition;

/// <summary>True when some operand is true, tested in order and stopping at the first true one. At least two operands.</summary>
/// <param name="Operands">The operands.</param>
public sealed record AnyCondition(EquatableArray<LineCondition> Operands) : LineCondition;

/// <summary>The line ends with one of the suffixes, optionally followed by closing quotation marks or brackets.</summary>
/// <param name="Suffixes">The suffixes.</param>
public sealed record EndsWithCondition(EquatableArray<string> Suffixes) : LineCondition;

/// <summary>The line starts with one of the prefixes.</summary>
/// <param name="Prefixes">The prefixes.</param>
public sealed record StartsWithCondition(EquatableArray<string> Prefixes) : LineCondition;

/// <summary>The number of words lies in <c>Min..Max</c>.</summary>
/// <param name="Min">The fewest words.</param>
/// <param name="Max">The most words.</param>
public sealed record WordCountCondition(int Min, int Max) : LineCondition;

/// <summary>The length in UTF-16 code units lies in <c>Min..Max</c>.</summary>
/// <param name="Min">The shortest length.</param>
/// <param name="Max">The longest length.</param>
public sealed record LengthCondition(int Min, int Max) : LineCondition;

/// <summary>The line matches a .NET regular expression, built by the runtime's <c>TextRules.CreatePattern</c>.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Backtracking">Whether it needs the backtracking engine (CD1040) and so runs under the time budget; otherwise it runs on the non-backtracking engine.</param>
public sealed record PatternCondition(string Pattern, bool Backtracking) : LineCondition;

/// <summary>The unit is of one of the kinds.</summary>
/// <param name="Kinds">The kinds, at least one, named as <c>block:</c> names them: the runtime's <c>UnitKind</c> names with a lower-case first letter.</param>
public sealed record BlockCondition(EquatableArray<string> Kinds) : LineCondition;

/// <summary>A heading's level lies in <c>Min..Max</c>; every other unit has level 0.</summary>
/// <param name="Min">The lowest level.</param>
/// <param name="Max">The highest level.</param>
public sealed record LevelCondition(int Min, int Max) : LineCondition;

/// <summary>The unit's indentation, in columns (a tab to the next multiple of 4), lies in <c>Min..Max</c>.</summary>
/// <param name="Min">The least indentation.</param>
/// <param name="Max">The most indentation.</param>
public sealed record IndentCondition(int Min, int Max) : LineCondition;
