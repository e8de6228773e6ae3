using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Compiles the plan's line conditions into delegates, each declared class once; <c>&amp;&amp;</c> and <c>||</c>
/// stop early. The plan has resolved every name and ruled out self-reference.
/// </summary>
internal sealed class LineConditionCompiler
{
    private static readonly LineTest Any = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Any), null, string.Empty);
    private static readonly LineTest Sentence = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Sentence), TextRules.IsSentence, "is not a sentence");
    private static readonly LineTest Label = new(BuiltInLineClasses.NameOf(BuiltInLineClass.Label), static text => !TextRules.IsSentence(text), "is a sentence");

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

    private Func<string, bool> Compile(LineCondition condition)
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
                Func<string, bool> operand = Compile(p.Operand);
                return text => !operand(text);

            case AllCondition p:
                Func<string, bool>[] all = p.Operands.Select(Compile).ToArray();
                return text => AllMatch(all, text);

            case AnyCondition p:
                Func<string, bool>[] any = p.Operands.Select(Compile).ToArray();
                return text => AnyMatches(any, text);

            case EndsWithCondition p:
                string[] suffixes = p.Suffixes.ToArray();
                return text => TextRules.EndsWithAny(text, suffixes);

            case StartsWithCondition p:
                string[] prefixes = p.Prefixes.ToArray();
                return text => TextRules.StartsWithAny(text, prefixes);

            case WordCountCondition p:
                (int minWords, int maxWords) = (p.Min, p.Max);
                return text => TextRules.WordCountWithin(text, minWords, maxWords);

            case LengthCondition p:
                (int minLength, int maxLength) = (p.Min, p.Max);
                return text => text.Length >= minLength && text.Length <= maxLength;

            case PatternCondition p:
                Regex regex = compileRegex(p.Pattern, p.Backtracking);
                return regex.IsMatch;

            default:
                throw Unknown(condition);
        }
    }

    private static InvalidOperationException Unknown(LineCondition condition) =>
        new($"The interpreter does not know the line condition {condition.GetType().Name}.");

    // Loops rather than Array.TrueForAll: no closure per line tested.
    private static bool AllMatch(Func<string, bool>[] tests, string text)
    {
        foreach (Func<string, bool> test in tests)
        {
            if (!test(text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatches(Func<string, bool>[] tests, string text)
    {
        foreach (Func<string, bool> test in tests)
        {
            if (test(text))
            {
                return true;
            }
        }

        return false;
    }
}
