using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;
using Copydesk.Units;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Compiles the plan's line conditions into delegates, each declared class once; <c>&amp;&amp;</c> and <c>||</c>
/// stop early. The plan has resolved every name and ruled out self-reference.
/// </summary>
internal sealed class LineConditionCompiler
{
    private static readonly LineTest Any = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Any), null, string.Empty);
    private static readonly LineTest Sentence = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Sentence), static unit => TextRules.IsSentence(unit.AsSpan()), "is not a sentence");
    private static readonly LineTest Label = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Label), static unit => !TextRules.IsSentence(unit.AsSpan()), "is a sentence");

    private readonly Dictionary<string, LineClassPlan> declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineTest> compiled = new(StringComparer.Ordinal);
    private readonly Func<string, bool, Regex> compileRegex;

    public LineConditionCompiler(IEnumerable<LineClassPlan> classes, Func<string, bool, Regex> compileRegex)
    {
        this.compileRegex = compileRegex;
        foreach (LineClassPlan lineClass in classes)
        {
            declared.Add(lineClass.Name, lineClass);
        }
    }

    /// <summary>The test of the class a line slot or case reads: a built-in or a declared class.</summary>
    public LineTest Get(LineCondition test) => test switch
    {
        BuiltInCondition builtIn => BuiltIn(builtIn.Class),
        DeclaredClassCondition declaredClass => Declared(declaredClass.Name),
        _ => throw Unknown(test),
    };

    private static LineTest BuiltIn(BuiltInLineClass builtIn) => builtIn switch
    {
        BuiltInLineClass.Any => Any,
        BuiltInLineClass.Sentence => Sentence,
        BuiltInLineClass.Label => Label,
        _ => throw new InvalidOperationException($"The interpreter does not know the built-in line class {builtIn}."),
    };

    private LineTest Declared(string name)
    {
        if (!compiled.TryGetValue(name, out LineTest? test))
        {
            test = new LineTest(name, Compile(declared[name].Condition), "does not match " + name);
            compiled.Add(name, test);
        }

        return test;
    }

    private Func<TextUnit, bool> Compile(LineCondition condition)
    {
        switch (condition)
        {
            case BuiltInCondition or DeclaredClassCondition:
                LineTest inner = Get(condition);
                return inner == Any ? static _ => true : inner.Matches;

            case ConstantCondition { Result: true }:
                return static _ => true;

            case ConstantCondition:
                return static _ => false;

            case NotCondition p:
                Func<TextUnit, bool> operand = Compile(p.Operand);
                return unit => !operand(unit);

            case AllCondition p:
                Func<TextUnit, bool>[] all = p.Operands.Select(Compile).ToArray();
                return unit => AllMatch(all, unit);

            case AnyCondition p:
                Func<TextUnit, bool>[] any = p.Operands.Select(Compile).ToArray();
                return unit => AnyMatches(any, unit);

            case EndsWithCondition p:
                string[] suffixes = p.Suffixes.ToArray();
                return unit => TextRules.EndsWithAny(unit.AsSpan(), suffixes);

            case StartsWithCondition p:
                string[] prefixes = p.Prefixes.ToArray();
                return unit => TextRules.StartsWithAny(unit.AsSpan(), prefixes);

            case WordCountCondition p:
                (int minWords, int maxWords) = (p.Min, p.Max);
                return unit => TextRules.WordCountWithin(unit.AsSpan(), minWords, maxWords);

            case LengthCondition p:
                (int minLength, int maxLength) = (p.Min, p.Max);
                return unit => unit.Length >= minLength && unit.Length <= maxLength;

            case BlockCondition p:
                UnitKind[] kinds = p.Kinds.Select(kind => Enum.Parse<UnitKind>(kind, ignoreCase: true)).ToArray();
                return unit => Array.IndexOf(kinds, unit.Kind) >= 0;

            case LevelCondition p:
                (int minLevel, int maxLevel) = (p.Min, p.Max);
                return unit => unit.Level >= minLevel && unit.Level <= maxLevel;

            case IndentCondition p:
                (int minIndent, int maxIndent) = (p.Min, p.Max);
                return unit => unit.Indentation >= minIndent && unit.Indentation <= maxIndent;

            case PatternCondition p:
                Regex regex = compileRegex(p.Pattern, p.Backtracking);
                return unit => TextRules.IsMatch(regex, unit);

            default:
                throw Unknown(condition);
        }
    }

    private static InvalidOperationException Unknown(LineCondition condition) =>
        new($"The interpreter does not know the line condition {condition.GetType().Name}.");

    // Loops rather than Array.TrueForAll: no closure per line tested.
    private static bool AllMatch(Func<TextUnit, bool>[] tests, TextUnit unit)
    {
        foreach (Func<TextUnit, bool> test in tests)
        {
            if (!test(unit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatches(Func<TextUnit, bool>[] tests, TextUnit unit)
    {
        foreach (Func<TextUnit, bool> test in tests)
        {
            if (test(unit))
            {
                return true;
            }
        }

        return false;
    }
}
