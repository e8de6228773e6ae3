using System.Collections.Generic;
using System.Globalization;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// What a schema pattern costs to run, decided from its structure (<see cref="RegexSyntax"/>):
/// <list type="bullet">
/// <item><see cref="FindBacktrackingConstruct"/>: whether it needs .NET's backtracking engine (backreferences,
/// lookarounds, conditionals, atomic and balancing groups, <c>\G</c>, or too large to unfold); every other pattern
/// runs on the non-backtracking engine, in time linear in the line (CD1040).</item>
/// <item><see cref="FindCatastrophicBacktracking"/>: shapes that split a line that almost matches in exponentially
/// (or highly polynomially) many ways (CD1017). They are harmless to the non-backtracking engine except nested counted
/// repetitions, which it takes seconds to build, but they are exponential in any backtracking engine, and here too
/// once the pattern needs backtracking.</item>
/// </list>
/// Structural and conservative: a warning is a shape seen, never a guess from timing.
/// </summary>
internal static class PatternSafety
{
    /// <summary>The deepest nesting of groups a pattern may have.</summary>
    public const int MaxGroupDepth = 100;

    /// <summary>The most positions a pattern may unfold to and still run on the non-backtracking engine (the engine's own limit).</summary>
    public const int MaxUnfoldedSize = 10_000;

    /// <summary>How many times a group may repeat a free repetition before the splits count as highly polynomial.</summary>
    private const int ManyIterations = 10;

    /// <summary>How many free repetitions in a row make a line split in too many ways.</summary>
    private const int ManyFreeLoops = 3;

    /// <summary>The product of nested variable counts from which the splits count as too many.</summary>
    private const int ManyNestedCounts = 100;

    private const int MaxShownLength = 40;

    // Sizes stop growing here: far past any limit, and far from overflowing when added up.
    private const long Saturated = long.MaxValue / 4;

    /// <summary>How deep the groups of <paramref name="pattern"/> nest, counting every <c>(</c> outside character classes.</summary>
    public static int GroupDepth(string pattern)
    {
        int depth = 0, deepest = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
                case '(' when !inClass:
                    deepest = System.Math.Max(deepest, ++depth);
                    break;
                case ')' when !inClass:
                    depth = System.Math.Max(0, depth - 1);
                    break;
            }
        }

        return deepest;
    }

    /// <summary>
    /// Why <paramref name="pattern"/> (a pattern the .NET parser accepts, nested at most <see cref="MaxGroupDepth"/>
    /// deep) must run on the backtracking engine, or <see langword="null"/> when the non-backtracking engine can run it.
    /// </summary>
    public static string? FindBacktrackingConstruct(string pattern)
    {
        if (RegexSyntax.Parse(pattern) is not var (root, text))
        {
            return "it uses syntax that Copydesk does not analyse";
        }

        string? found = null;
        Walk(root, node =>
        {
            found ??= node switch
            {
                { Kind: RegexNodeKind.Backreference } => $"it uses the backreference '{Show(text, node.Start, node.BodyEnd)}'",
                { Kind: RegexNodeKind.Anchor, Key: "\\G" } => "it uses the anchor '\\G'",
                { Kind: RegexNodeKind.Group, GroupKind: RegexGroupKind.Lookaround } => $"it uses the lookaround '{Show(text, node.Start, node.BodyEnd)}'",
                { Kind: RegexNodeKind.Group, GroupKind: RegexGroupKind.Atomic } => $"it uses the atomic group '{Show(text, node.Start, node.BodyEnd)}'",
                { Kind: RegexNodeKind.Group, GroupKind: RegexGroupKind.Conditional } => $"it uses the conditional '{Show(text, node.Start, node.BodyEnd)}'",
                { Kind: RegexNodeKind.Group, GroupKind: RegexGroupKind.Balancing } => $"it uses the balancing group '{Show(text, node.Start, node.BodyEnd)}'",
                _ => null,
            };
        });

        if (found is null && UnfoldedSize(root) is var size and > MaxUnfoldedSize)
        {
            found = $"its counted repetitions unfold to {size.ToString("N0", CultureInfo.InvariantCulture)} positions, more than the " +
                $"non-backtracking engine's {MaxUnfoldedSize.ToString("N0", CultureInfo.InvariantCulture)}";
        }

        return found;
    }

    /// <summary>Why <paramref name="pattern"/> (a pattern the .NET parser accepts) may be slow, or <see langword="null"/>.</summary>
    public static string? FindCatastrophicBacktracking(string pattern)
    {
        if (RegexSyntax.Parse(pattern) is not var (root, text))
        {
            return null;
        }

        string? reason = null;
        Walk(root, node => reason ??= Explain(text, node));
        return reason;
    }

    private static string? Explain(string text, RegexNode node)
    {
        if (node.Kind != RegexNodeKind.Group)
        {
            return null;
        }

        // Several free repetitions in a row split the line between them in about n^k ways, repeated or not.
        foreach (List<RegexNode> alternative in node.Alternatives)
        {
            if (FreeLoops(alternative) is { Count: >= ManyFreeLoops } loops)
            {
                return $"'{Show(text, loops[0].Start, loops[loops.Count - 1].End)}' holds {loops.Count} repetitions in a row that can take " +
                    "the same characters, so a line that almost matches is split between them in about n^" + loops.Count.ToString(CultureInfo.InvariantCulture) +
                    " ways; anchor each with what must follow it (for example '[^a]*a' instead of '.*a')";
            }
        }

        if (!node.IsQuantified || node.Max < 2 || node.GroupKind is RegexGroupKind.Atomic or RegexGroupKind.Lookaround)
        {
            return null;
        }

        string group = Show(text, node.Start, node.End);
        if (node.IsUnbounded)
        {
            if (LoopTakingWholeIteration(node) is { } inner)
            {
                string loop = Show(text, inner.Start, inner.End);
                return $"'{group}' repeats '{loop}', which can itself repeat over the whole iteration, so a line that almost matches " +
                    "is split between the two repetitions in exponentially many ways; drop one of them or make each iteration start with something the previous one cannot take";
            }

            if (DuplicateAlternative(text, node) is { } duplicate)
            {
                return $"'{group}' repeats a choice between identical alternatives '{Show(duplicate)}', so a line that almost matches " +
                    "is tried in exponentially many ways; remove the duplicate";
            }

            if (OverlappingAlternatives(text, node) is var (first, second))
            {
                return $"'{group}' repeats a choice between '{Show(first)}' and '{Show(second)}', which can match the same characters, so a line " +
                    "that almost matches is split between them in exponentially many ways; make the alternatives exclusive";
            }

            if (OverlappingLoopsInside(node) is var (left, right))
            {
                return $"'{group}' repeats '{Show(text, left.Start, right.End)}', whose repetitions can take the same characters, so a line " +
                    "that almost matches is split between them in exponentially many ways; keep one repetition";
            }

            return null;
        }

        if (node.Max >= ManyIterations && FreeLoopInside(node) is { } free)
        {
            return $"'{group}' repeats '{Show(text, free.Start, free.End)}' {node.Max.ToString(CultureInfo.InvariantCulture)} times, and it can take " +
                "any share of the line each time, so a line that almost matches is split in about n^" + node.Max.ToString(CultureInfo.InvariantCulture) +
                " ways; anchor the repetition with what must follow it";
        }

        if (node.IsVariable && VariableCountInside(node) is { } counted && (long)counted.Max * node.Max >= ManyNestedCounts)
        {
            return $"'{group}' nests the variable count '{Show(text, counted.Start, counted.End)}' in another, so the ways to split a line grow with " +
                $"{counted.Max.ToString(CultureInfo.InvariantCulture)} × {node.Max.ToString(CultureInfo.InvariantCulture)}: exponential for a backtracking " +
                "engine, and seconds to build for the non-backtracking one; count once (for example 'a{1,900}')";
        }

        return null;
    }

    /// <summary>
    /// An unbounded repetition inside <paramref name="group"/> that the other items of its alternative let take a whole
    /// iteration (<c>(a+)+</c>, <c>(\w+\s?)*</c>), looking through unquantified groups.
    /// </summary>
    private static RegexNode? LoopTakingWholeIteration(RegexNode group)
    {
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            RegexNode? onlyRequired = null;
            int required = 0;
            foreach (RegexNode item in alternative)
            {
                if (!CanBeEmpty(item))
                {
                    required++;
                    onlyRequired = item;
                }
            }

            if (required > 1)
            {
                continue;
            }

            foreach (RegexNode item in alternative)
            {
                if (required == 1 && item != onlyRequired)
                {
                    continue;
                }

                if (item.IsUnbounded && CanBeNonEmpty(item))
                {
                    return item;
                }

                if (item is { Kind: RegexNodeKind.Group, IsQuantified: false, GroupKind: RegexGroupKind.Plain } && LoopTakingWholeIteration(item) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private static string? DuplicateAlternative(string text, RegexNode group)
    {
        if (group.Alternatives.Count < 2)
        {
            return null;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            if (alternative.Count > 0 && !seen.Add(SequenceText(text, alternative)))
            {
                return SequenceText(text, alternative);
            }
        }

        return null;
    }

    /// <summary>Two alternatives made only of the same character set (<c>a|aa</c>, <c>a|a?</c>), which split a run of it in many ways.</summary>
    private static (string First, string Second)? OverlappingAlternatives(string text, RegexNode group)
    {
        var byKey = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            if (UniformKey(alternative) is not { } key)
            {
                continue;
            }

            string written = SequenceText(text, alternative);
            if (byKey.TryGetValue(key, out string? earlier) && earlier != written)
            {
                return (earlier, written);
            }

            byKey[key] = written;
        }

        return null;
    }

    /// <summary>Two unbounded repetitions in one alternative whose characters overlap (<c>x+x+</c>).</summary>
    private static (RegexNode Left, RegexNode Right)? OverlappingLoopsInside(RegexNode group)
    {
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            RegexNode? previous = null;
            foreach (RegexNode item in alternative)
            {
                if (item is not { Kind: RegexNodeKind.Atom, IsUnbounded: true })
                {
                    if (!CanBeEmpty(item))
                    {
                        previous = null;
                    }

                    continue;
                }

                if (previous is not null && Overlap(previous.Key, item.Key))
                {
                    return (previous, item);
                }

                previous = item;
            }
        }

        return null;
    }

    /// <summary>An unbounded repetition of a character set that also matches what follows it in the alternative (<c>.*a</c>).</summary>
    private static RegexNode? FreeLoopInside(RegexNode group)
    {
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            for (int i = 0; i < alternative.Count; i++)
            {
                RegexNode item = alternative[i];
                if (item is { Kind: RegexNodeKind.Atom, IsUnbounded: true } && OverlapsLater(alternative, i, item.Key, wrap: true))
                {
                    return item;
                }
            }
        }

        return null;
    }

    /// <summary>A variable counted repetition (<c>a{1,30}</c>) that can take a whole iteration of <paramref name="group"/>.</summary>
    private static RegexNode? VariableCountInside(RegexNode group)
    {
        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            if (alternative.Count == 1 && alternative[0] is { IsVariable: true, IsUnbounded: false } item)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The unbounded repetitions in a row that can take characters meant for each other (<c>.*a.*b</c>).</summary>
    private static List<RegexNode> FreeLoops(List<RegexNode> alternative)
    {
        var loops = new List<RegexNode>();
        for (int i = 0; i < alternative.Count; i++)
        {
            RegexNode item = alternative[i];
            if (item is { Kind: RegexNodeKind.Atom, IsUnbounded: true } && OverlapsLater(alternative, i, item.Key, wrap: false))
            {
                loops.Add(item);
            }
        }

        return loops;
    }

    // Whether an item after index 'at' (up to the next repetition of the same shape) matches characters of 'key', so the
    // repetition at 'at' can take them or leave them; with 'wrap', items before 'at' count too (the next iteration).
    private static bool OverlapsLater(List<RegexNode> alternative, int at, string key, bool wrap)
    {
        for (int j = at + 1; j < alternative.Count + (wrap ? at : 0); j++)
        {
            RegexNode next = alternative[j % alternative.Count];
            if (next.Kind == RegexNodeKind.Atom && Overlap(key, next.Key))
            {
                return true;
            }

            if (next.Kind != RegexNodeKind.Anchor && !CanBeEmpty(next))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The character set every item of an alternative draws from, when they all draw from one.</summary>
    private static string? UniformKey(List<RegexNode> alternative)
    {
        string? key = null;
        foreach (RegexNode item in alternative)
        {
            if (item.Kind != RegexNodeKind.Atom || (key is not null && key != item.Key))
            {
                return null;
            }

            key = item.Key;
        }

        return key;
    }

    /// <summary>Whether two character sets, written as atoms, may share a character. Unknown pairs are assumed to.</summary>
    private static bool Overlap(string a, string b)
    {
        if (a == b || a == "." || b == ".")
        {
            return true;
        }

        bool aLiteral = IsLiteral(a, out char ca);
        bool bLiteral = IsLiteral(b, out char cb);
        if (aLiteral && bLiteral)
        {
            return ca == cb;
        }

        if (aLiteral || bLiteral)
        {
            (string set, char c) = aLiteral ? (b, ca) : (a, cb);
            return ContainsChar(set, c);
        }

        return !AreDisjointClasses(a, b) && !AreDisjointClasses(b, a);
    }

    private static bool AreDisjointClasses(string a, string b) => (a, b) switch
    {
        ("\\s", "\\S") or ("\\w", "\\W") or ("\\d", "\\D") => true,
        ("\\s", "\\w") or ("\\s", "\\d") => true,
        _ => false,
    };

    /// <summary>Whether the set <paramref name="set"/> (an escape class or a bracketed class) may contain <paramref name="c"/>.</summary>
    private static bool ContainsChar(string set, char c) => set switch
    {
        "\\d" => char.IsDigit(c),
        "\\D" => !char.IsDigit(c),
        "\\w" => char.IsLetterOrDigit(c) || c == '_',
        "\\W" => !(char.IsLetterOrDigit(c) || c == '_'),
        "\\s" => char.IsWhiteSpace(c),
        "\\S" => !char.IsWhiteSpace(c),
        _ when set.StartsWith("[^", System.StringComparison.Ordinal) && IsPlainClass(set) => set.IndexOf(c, 2) < 0 || set.IndexOf(c, 2) == set.Length - 1,
        _ when set.StartsWith("[", System.StringComparison.Ordinal) && IsPlainClass(set) => set.IndexOf(c, 1) > 0 && set.IndexOf(c, 1) < set.Length - 1,
        _ => true,
    };

    // A class of plain characters only: no ranges, escapes or subtractions, so membership is a character search.
    private static bool IsPlainClass(string set)
    {
        for (int i = 1; i < set.Length - 1; i++)
        {
            if (set[i] is '\\' or '[' || (set[i] == '-' && i > 1 && i < set.Length - 2))
            {
                return false;
            }
        }

        return set.Length > 2;
    }

    private static bool IsLiteral(string key, out char c)
    {
        c = key.Length > 0 ? key[key.Length - 1] : '\0';
        return key.Length == 1 && key != "." || (key.Length == 2 && key[0] == '\\' && !char.IsLetterOrDigit(key[1]));
    }

    private static bool CanBeEmpty(RegexNode node) => node.Min == 0 || node.Kind == RegexNodeKind.Anchor || (node.Kind == RegexNodeKind.Group && GroupCanBeEmpty(node));

    private static bool GroupCanBeEmpty(RegexNode group)
    {
        if (group.GroupKind == RegexGroupKind.Lookaround)
        {
            return true;
        }

        foreach (List<RegexNode> alternative in group.Alternatives)
        {
            if (alternative.TrueForAll(CanBeEmpty))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanBeNonEmpty(RegexNode node) => node.Max > 0 && node.Kind switch
    {
        RegexNodeKind.Atom or RegexNodeKind.Backreference => true,
        RegexNodeKind.Group => node.GroupKind != RegexGroupKind.Lookaround && node.Alternatives.Exists(a => a.Exists(CanBeNonEmpty)),
        _ => false,
    };

    /// <summary>How many positions the pattern has once counted repetitions are written out, as the non-backtracking engine does.</summary>
    private static long UnfoldedSize(RegexNode node)
    {
        long size = 1;
        if (node.Kind == RegexNodeKind.Group)
        {
            size = 0;
            foreach (List<RegexNode> alternative in node.Alternatives)
            {
                foreach (RegexNode item in alternative)
                {
                    size = System.Math.Min(Saturated, size + UnfoldedSize(item));
                }
            }
        }

        // a{n,m} is written out m times; a{n,} is n copies and a loop.
        long copies = node.IsUnbounded ? node.Min + 1L : System.Math.Max(1, node.Max);
        return size > Saturated / copies ? Saturated : size * copies;
    }

    /// <summary>Visits every node, groups before what they hold. Recursion is bounded by <see cref="MaxGroupDepth"/>.</summary>
    private static void Walk(RegexNode node, System.Action<RegexNode> visit)
    {
        visit(node);
        foreach (List<RegexNode> alternative in node.Alternatives)
        {
            foreach (RegexNode item in alternative)
            {
                Walk(item, visit);
            }
        }
    }

    private static string SequenceText(string text, List<RegexNode> sequence) =>
        sequence.Count == 0 ? string.Empty : text.Substring(sequence[0].Start, sequence[sequence.Count - 1].End - sequence[0].Start);

    private static string Show(string text, int start, int end) => Show(text.Substring(start, end - start));

    private static string Show(string text) => text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength) + "…";
}
