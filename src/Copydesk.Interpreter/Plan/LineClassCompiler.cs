using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Model;
using Copydesk.Text;

namespace Copydesk.Interpretation.Plan;

/// <summary>
/// Compiles line classes into <see cref="LineTest"/>s, each once, with the generated parser's semantics: the
/// built-in names <c>any</c>, <c>sentence</c> and <c>label</c> always mean the built-ins, <c>&amp;&amp;</c> and
/// <c>||</c> stop early, an empty <c>all</c> is true and an empty <c>any</c> is false.
/// </summary>
internal sealed class LineClassCompiler
{
    private static readonly LineTest Any = new("any", null, string.Empty);
    private static readonly LineTest Sentence = new("sentence", TextRules.IsSentence, "is not a sentence");
    private static readonly LineTest Label = new("label", static text => !TextRules.IsSentence(text), "is a sentence");

    private readonly Dictionary<string, LineClass> declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineTest> compiled = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);
    private readonly Func<string, Regex> compileRegex;

    public LineClassCompiler(IEnumerable<LineClass> classes, Func<string, Regex> compileRegex)
    {
        this.compileRegex = compileRegex;
        foreach (LineClass lineClass in classes)
        {
            if (!declared.TryAdd(lineClass.Name, lineClass))
            {
                throw new ArgumentException($"The schema declares the line class '{lineClass.Name}' twice.", "schema");
            }
        }
    }

    /// <summary>The test of the class <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The class is unknown, or refers to itself.</exception>
    public LineTest Get(string name)
    {
        switch (name)
        {
            case "any":
                return Any;
            case "sentence":
                return Sentence;
            case "label":
                return Label;
        }

        if (compiled.TryGetValue(name, out LineTest? test))
        {
            return test;
        }

        if (!declared.TryGetValue(name, out LineClass? lineClass))
        {
            throw new ArgumentException($"The schema uses the line class '{name}' but does not declare it.", "schema");
        }

        // A loaded schema has no cycles (CD1018); a hand-built one could, and would recurse forever.
        if (!inProgress.Add(name))
        {
            throw new ArgumentException($"The line class '{name}' refers to itself.", "schema");
        }

        test = new LineTest(name, Compile(lineClass.Predicate), "does not match " + name);
        inProgress.Remove(name);
        compiled.Add(name, test);
        return test;
    }

    private Func<string, bool> Compile(Predicate predicate)
    {
        switch (predicate)
        {
            case ClassPredicate p:
                LineTest inner = Get(p.Name);
                return inner == Any ? static _ => true : inner.Matches;

            case NotPredicate p:
                Func<string, bool> operand = Compile(p.Operand);
                return text => !operand(text);

            case AllPredicate p:
                Func<string, bool>[] all = p.Operands.Select(Compile).ToArray();
                return all.Length == 0 ? static _ => true : text => AllMatch(all, text);

            case AnyPredicate p:
                Func<string, bool>[] any = p.Operands.Select(Compile).ToArray();
                return any.Length == 0 ? static _ => false : text => AnyMatches(any, text);

            case EndsWithPredicate p:
                string[] suffixes = p.Suffixes.ToArray();
                return text => TextRules.EndsWithAny(text, suffixes);

            case StartsWithPredicate p:
                string[] prefixes = p.Prefixes.ToArray();
                return text => TextRules.StartsWithAny(text, prefixes);

            case WordCountPredicate p:
                (int minWords, int maxWords) = (p.Min, p.Max);
                return text => TextRules.WordCountWithin(text, minWords, maxWords);

            case LengthPredicate p:
                (int minLength, int maxLength) = (p.Min, p.Max);
                return text => text.Length >= minLength && text.Length <= maxLength;

            case PatternPredicate p:
                Regex regex = compileRegex(p.Pattern);
                return text => TextRules.Matches(regex, text);

            default:
                // The emitter writes 'false' for a predicate it does not know.
                return static _ => false;
        }
    }

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
