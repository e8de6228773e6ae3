using System;
using System.Collections.Generic;
using System.Threading;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// Decides, conservatively, what line classes can match: whether a class matches no line at all, matches
/// every line, or matches every line another class matches. Only word counts, lengths and "is a sentence"
/// are understood; patterns, prefixes and suffixes are unknowns, so an answer of "yes" is a proof and
/// "no" means "not proven". Used for CD1013, which must never warn about a schema that is fine.
/// </summary>
/// <remarks>
/// A set of lines is a union of <see cref="Cube"/>s. Each predicate gets two sets: <c>Over</c> holds every
/// line the predicate matches (and maybe more), <c>Under</c> only lines it matches (maybe not all). Negation
/// swaps them, which is why both are kept. A line to classify is trimmed and not blank, so it has at least
/// one word and one character, and <c>w</c> words need at least <c>2w - 1</c> characters.
/// </remarks>
internal sealed class LineSets
{
    // Sets larger than this are widened (Over) or narrowed (Under): still sound, just less precise.
    private const int MaxCubes = 32;

    // Cube operations one load may spend; then every further answer is "not proven".
    private const long Budget = 2_000_000;

    private static readonly Cube Top = new(1, int.MaxValue, 1, int.MaxValue, Sentence.Any);
    private static readonly List<Cube> TopSet = [Top];
    private static readonly List<Cube> EmptySet = [];

    private readonly Dictionary<string, (List<Cube> Over, List<Cube> Under)> classes = new(StringComparer.Ordinal);
    private long budget = Budget;

    /// <summary>Analyses <paramref name="lineClasses"/>, each after the classes it refers to.</summary>
    public LineSets(IReadOnlyList<LineClass> lineClasses, IReadOnlyList<string> postOrder, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, LineClass>(StringComparer.Ordinal);
        foreach (LineClass lineClass in lineClasses)
        {
            if (!byName.ContainsKey(lineClass.Name))
            {
                byName.Add(lineClass.Name, lineClass);
            }
        }

        foreach (string name in postOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (byName.TryGetValue(name, out LineClass? lineClass) && !classes.ContainsKey(name))
            {
                classes.Add(name, Evaluate(lineClass.Predicate));
            }
        }
    }

    private enum Sentence : byte
    {
        Any,
        Yes,
        No,
    }

    /// <summary>Whether the line class <paramref name="name"/> provably matches no line.</summary>
    public bool MatchesNothing(string name) => Of(name).Over.Count == 0;

    /// <summary>Whether the line class <paramref name="name"/> provably matches every line.</summary>
    public bool MatchesEverything(string name) => Complement(Of(name).Under, over: true).Count == 0;

    /// <summary>Whether every line <paramref name="inner"/> matches is provably matched by <paramref name="outer"/>.</summary>
    public bool Covers(string outer, string inner) =>
        Intersect(Of(inner).Over, Complement(Of(outer).Under, over: true), over: true).Count == 0;

    private (List<Cube> Over, List<Cube> Under) Of(string name)
    {
        if (BuiltInLineClasses.TryParse(name, out BuiltInLineClass builtIn))
        {
            return builtIn switch
            {
                BuiltInLineClass.Any => (TopSet, TopSet),
                BuiltInLineClass.Sentence => ([new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence.Yes)], [new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence.Yes)]),
                BuiltInLineClass.Label => ([new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence.No)], [new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence.No)]),
                _ => throw new ArgumentOutOfRangeException(nameof(name), builtIn, "Unknown built-in line class."),
            };
        }

        return classes.TryGetValue(name, out var sets) ? sets : (TopSet, EmptySet);
    }

    // Recursion follows the predicate's nesting, which the YAML depth limit bounds; class references are looked up.
    private (List<Cube> Over, List<Cube> Under) Evaluate(Predicate predicate)
    {
        switch (predicate)
        {
            case ClassPredicate reference:
                return Of(reference.Name);

            case NotPredicate not:
                (List<Cube> over, List<Cube> under) = Evaluate(not.Operand);
                return (Complement(under, over: true), Complement(over, over: false));

            case AllPredicate all:
                List<Cube> allOver = TopSet, allUnder = TopSet;
                foreach (Predicate operand in all.Operands)
                {
                    (List<Cube> o, List<Cube> u) = Evaluate(operand);
                    allOver = Intersect(allOver, o, over: true);
                    allUnder = Intersect(allUnder, u, over: false);
                }

                return (allOver, allUnder);

            case AnyPredicate any:
                List<Cube> anyOver = EmptySet, anyUnder = EmptySet;
                foreach (Predicate operand in any.Operands)
                {
                    (List<Cube> o, List<Cube> u) = Evaluate(operand);
                    anyOver = Union(anyOver, o, over: true);
                    anyUnder = Union(anyUnder, u, over: false);
                }

                return (anyOver, anyUnder);

            case WordCountPredicate words:
                List<Cube> wordSet = Prune([new Cube(words.Min, words.Max, 1, int.MaxValue, Sentence.Any)]);
                return (wordSet, wordSet);

            case LengthPredicate length:
                List<Cube> lengthSet = Prune([new Cube(1, int.MaxValue, length.Min, length.Max, Sentence.Any)]);
                return (lengthSet, lengthSet);

            case EndsWithPredicate endsWith when AllEndInSentenceMarks(endsWith.Suffixes):
                // The text before any closing quotes or brackets ends with the suffix's mark: a sentence.
                return ([new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence.Yes)], EmptySet);

            default:
                // Patterns, prefixes and other suffixes: anything is possible, nothing is certain.
                return (TopSet, EmptySet);
        }
    }

    private static bool AllEndInSentenceMarks(EquatableArray<string> suffixes)
    {
        if (suffixes.Count == 0)
        {
            return false;
        }

        foreach (string suffix in suffixes)
        {
            if (suffix.Length == 0 || suffix[suffix.Length - 1] is not ('.' or '!' or '?' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    private bool Spend(long cost)
    {
        budget -= Math.Max(1, cost);
        return budget > 0;
    }

    // A widened set may hold lines that do not match; a narrowed one may miss lines that do.
    private static List<Cube> GiveUp(bool over) => over ? TopSet : EmptySet;

    private List<Cube> Intersect(List<Cube> left, List<Cube> right, bool over)
    {
        if (!Spend((long)left.Count * right.Count))
        {
            return GiveUp(over);
        }

        var result = new List<Cube>();
        foreach (Cube a in left)
        {
            foreach (Cube b in right)
            {
                if (a.Intersect(b) is { } cube && !cube.IsEmpty)
                {
                    result.Add(cube);
                    if (result.Count > MaxCubes)
                    {
                        return GiveUp(over);
                    }
                }
            }
        }

        return result;
    }

    private List<Cube> Union(List<Cube> left, List<Cube> right, bool over)
    {
        if (!Spend(left.Count + right.Count))
        {
            return GiveUp(over);
        }

        if (left.Count + right.Count > MaxCubes)
        {
            return GiveUp(over);
        }

        var result = new List<Cube>(left);
        result.AddRange(right);
        return result;
    }

    // The lines outside every cube of the set: the intersection of the cubes' complements.
    private List<Cube> Complement(List<Cube> set, bool over)
    {
        List<Cube> result = TopSet;
        foreach (Cube cube in set)
        {
            result = Intersect(result, cube.Complement(), over);
            if (result.Count == 0)
            {
                break;
            }
        }

        return result;
    }

    private static List<Cube> Prune(List<Cube> set) => set.FindAll(cube => !cube.IsEmpty);

    /// <summary>The lines whose word count, length and sentence-ness lie within given bounds.</summary>
    private readonly struct Cube
    {
        public Cube(int wordsMin, int wordsMax, int lengthMin, int lengthMax, Sentence sentence)
        {
            WordsMin = Math.Max(1, wordsMin);
            WordsMax = wordsMax;
            LengthMin = Math.Max(1, lengthMin);
            LengthMax = lengthMax;
            Sentence = sentence;
        }

        public int WordsMin { get; }

        public int WordsMax { get; }

        public int LengthMin { get; }

        public int LengthMax { get; }

        public Sentence Sentence { get; }

        // Some line fits: w words need at least 2w - 1 characters, and any such pair is a real line, sentence or not.
        public bool IsEmpty => WordsMin > WordsMax || LengthMin > LengthMax || (2L * WordsMin) - 1 > LengthMax;

        public Cube? Intersect(Cube other)
        {
            Sentence sentence = Sentence == Sentence.Any ? other.Sentence : Sentence;
            if (Sentence != Sentence.Any && other.Sentence != Sentence.Any && Sentence != other.Sentence)
            {
                return null;
            }

            return new Cube(
                Math.Max(WordsMin, other.WordsMin),
                Math.Min(WordsMax, other.WordsMax),
                Math.Max(LengthMin, other.LengthMin),
                Math.Min(LengthMax, other.LengthMax),
                sentence);
        }

        /// <summary>Every line outside this cube, as a union of cubes.</summary>
        public List<Cube> Complement()
        {
            if (IsEmpty)
            {
                return [Top];
            }

            var pieces = new List<Cube>(5);
            if (WordsMin > 1)
            {
                pieces.Add(new Cube(1, WordsMin - 1, 1, int.MaxValue, Sentence.Any));
            }

            if (WordsMax < int.MaxValue)
            {
                pieces.Add(new Cube(WordsMax + 1, int.MaxValue, 1, int.MaxValue, Sentence.Any));
            }

            if (LengthMin > 1)
            {
                pieces.Add(new Cube(1, int.MaxValue, 1, LengthMin - 1, Sentence.Any));
            }

            if (LengthMax < int.MaxValue)
            {
                pieces.Add(new Cube(1, int.MaxValue, LengthMax + 1, int.MaxValue, Sentence.Any));
            }

            if (Sentence != Sentence.Any)
            {
                pieces.Add(new Cube(1, int.MaxValue, 1, int.MaxValue, Sentence == Sentence.Yes ? Sentence.No : Sentence.Yes));
            }

            return pieces.FindAll(cube => !cube.IsEmpty);
        }
    }
}
