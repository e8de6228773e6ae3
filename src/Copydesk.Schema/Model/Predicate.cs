namespace Copydesk.Schema.Model;

/// <summary>A test on the trimmed text of one line. All variants compare by value.</summary>
public abstract record Predicate;

/// <summary>Another line class, by name: a built-in (<c>any</c>, <c>sentence</c>, <c>label</c>) or one the schema declares.</summary>
public sealed record ClassPredicate(string Name) : Predicate;

/// <summary>True when the operand is false.</summary>
public sealed record NotPredicate(Predicate Operand) : Predicate;

/// <summary>True when every operand is true (an empty list is true).</summary>
public sealed record AllPredicate(EquatableArray<Predicate> Operands) : Predicate;

/// <summary>True when some operand is true (an empty list is false).</summary>
public sealed record AnyPredicate(EquatableArray<Predicate> Operands) : Predicate;

/// <summary>The line ends with one of the suffixes, optionally followed by closing quotation marks or brackets.</summary>
public sealed record EndsWithPredicate(EquatableArray<string> Suffixes) : Predicate;

/// <summary>The line starts with one of the prefixes.</summary>
public sealed record StartsWithPredicate(EquatableArray<string> Prefixes) : Predicate;

/// <summary>The number of words lies in <c>Min..Max</c>.</summary>
public sealed record WordCountPredicate(int Min, int Max) : Predicate;

/// <summary>The length in UTF-16 code units lies in <c>Min..Max</c>.</summary>
public sealed record LengthPredicate(int Min, int Max) : Predicate;

/// <summary>The line matches a .NET regular expression.</summary>
public sealed record PatternPredicate(string Pattern) : Predicate;
