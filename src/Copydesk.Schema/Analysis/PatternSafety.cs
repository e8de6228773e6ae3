using System.Collections.Generic;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// CD1017: finds the shapes of regular expression that make a backtracking engine take exponential time on a
/// line that almost matches: an unbounded repetition of a group that itself holds an unbounded repetition
/// able to take the whole iteration (<c>(a+)+</c>, <c>(a*)*</c>, <c>(.*)*</c>, <c>(\w+\s?)*</c>), or that chooses
/// between identical alternatives (<c>(a|a)*</c>). Structural and conservative: <c>(\d+,)*</c>, atomic groups
/// and lookarounds are not reported; unusual syntax (conditionals, the <c>x</c> option) is not analysed at all.
/// Generated and interpreted patterns also run with a match timeout, so this is advice, not protection.
/// </summary>
internal static class PatternSafety
{
    /// <summary>The deepest nesting of groups a pattern may have.</summary>
    public const int MaxGroupDepth = 100;

    private const int Unbounded = int.MaxValue;
    private const int MaxShownLength = 40;

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

    /// <summary>Why <paramref name="pattern"/> (a pattern the .NET parser accepts) may be slow, or <see langword="null"/>.</summary>
    public static string? FindCatastrophicBacktracking(string pattern)
    {
        var open = new List<Frame> { new(0, GroupKind.Capturing) };
        int i = 0;
        while (i < pattern.Length)
        {
            Frame frame = open[open.Count - 1];
            char c = pattern[i];
            int start = i;
            switch (c)
            {
                case '\\':
                    if (ReadEscape(pattern, i, out bool isAnchor) is not { } afterEscape)
                    {
                        return null;
                    }

                    i = afterEscape;
                    frame.Add(isAnchor ? Item.Anchor(start, i) : Item.Atom(start, i));
                    break;

                case '[':
                    if (SkipClass(pattern, i) is not { } afterClass)
                    {
                        return null;
                    }

                    i = afterClass;
                    frame.Add(Item.Atom(start, i));
                    break;

                case '(':
                    if (ReadGroupOpening(pattern, i, out GroupKind kind) is not { } afterOpening)
                    {
                        return null;
                    }

                    i = afterOpening;
                    if (kind != GroupKind.None)
                    {
                        open.Add(new Frame(start, kind));
                    }

                    break;

                case ')':
                    if (open.Count == 1)
                    {
                        return null;
                    }

                    open.RemoveAt(open.Count - 1);
                    i++;
                    open[open.Count - 1].Add(frame.Close(pattern, i));
                    break;

                case '|':
                    frame.NewAlternative();
                    i++;
                    break;

                case '*' or '+' or '?' or '{':
                    int min, max;
                    int after;
                    if (c == '{')
                    {
                        if (ReadBraces(pattern, i, out min, out max) is not { } afterBraces)
                        {
                            // Not a quantifier: a literal brace.
                            frame.Add(Item.Atom(start, i + 1));
                            i++;
                            break;
                        }

                        after = afterBraces;
                    }
                    else
                    {
                        (min, max) = c switch { '*' => (0, Unbounded), '+' => (1, Unbounded), _ => (0, 1) };
                        after = i + 1;
                    }

                    if (after < pattern.Length && pattern[after] == '?')
                    {
                        after++; // Lazy: backtracks the same way, in the other order.
                    }

                    if (!frame.Quantify(min, max, after))
                    {
                        return null;
                    }

                    i = after;
                    if (frame.Last is { IsGroup: true, Max: Unbounded } repeated && Explain(pattern, repeated) is { } reason)
                    {
                        return reason;
                    }

                    break;

                case '^' or '$':
                    i++;
                    frame.Add(Item.Anchor(start, i));
                    break;

                default:
                    i++;
                    frame.Add(Item.Atom(start, i));
                    break;
            }
        }

        return null;
    }

    private static string? Explain(string pattern, Item repeated)
    {
        string group = Show(pattern, repeated.Start, repeated.End);
        if (repeated.LoopInside is { } inner)
        {
            string loop = pattern.Substring(inner.Start, inner.End - inner.Start);
            return $"'{group}' repeats '{Show(loop)}', which can itself repeat over the whole iteration, so a line that almost matches " +
                $"is split between the two repetitions in exponentially many ways; make the inner repetition atomic, as in '{Show("(?>" + loop + ")")}', or drop one of them";
        }

        if (repeated.DuplicateAlternative is { } alternative)
        {
            return $"'{group}' repeats a choice between identical alternatives '{Show(alternative)}', so a line that almost matches " +
                "is tried in exponentially many ways; remove the duplicate";
        }

        return null;
    }

    private static string Show(string pattern, int start, int end) => Show(pattern.Substring(start, end - start));

    private static string Show(string text) => text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength) + "…";

    /// <summary>Reads <c>\x</c> escapes; returns the index after the escape.</summary>
    private static int? ReadEscape(string pattern, int at, out bool isAnchor)
    {
        isAnchor = false;
        if (at + 1 >= pattern.Length)
        {
            return null;
        }

        char kind = pattern[at + 1];
        int next = at + 2;
        switch (kind)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                isAnchor = true;
                return next;
            case 'p' or 'P' when next < pattern.Length && pattern[next] == '{':
                int close = pattern.IndexOf('}', next);
                return close < 0 ? null : close + 1;
            case 'k' when next < pattern.Length && pattern[next] is '<' or '\'':
                int end = pattern.IndexOf(pattern[next] == '<' ? '>' : '\'', next + 1);
                return end < 0 ? null : end + 1;
            case 'x':
                return Skip(pattern, next, 2, IsHex);
            case 'u':
                return Skip(pattern, next, 4, IsHex);
            case 'c':
                return next < pattern.Length ? next + 1 : null;
            case '0':
                return Skip(pattern, next, 2, static ch => ch is >= '0' and <= '7');
            case >= '1' and <= '9':
                return Skip(pattern, next, int.MaxValue, static ch => ch is >= '0' and <= '9');
            default:
                return next;
        }
    }

    private static int Skip(string pattern, int at, int most, System.Func<char, bool> accepts)
    {
        int i = at;
        while (i < pattern.Length && i - at < most && accepts(pattern[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Skips a character class, with .NET subtractions (<c>[a-z-[aeiou]]</c>); returns the index after it.</summary>
    private static int? SkipClass(string pattern, int at)
    {
        int depth = 0;
        int i = at;
        while (i < pattern.Length)
        {
            // At the start of a class: '[' then an optional '^', then a ']' that is a literal.
            depth++;
            i++;
            if (i < pattern.Length && pattern[i] == '^')
            {
                i++;
            }

            if (i < pattern.Length && pattern[i] == ']')
            {
                i++;
            }

            bool nested = false;
            while (i < pattern.Length)
            {
                char c = pattern[i];
                if (c == '\\')
                {
                    i = i + 2 < pattern.Length && pattern[i + 1] is 'p' or 'P' && pattern[i + 2] == '{'
                        ? pattern.IndexOf('}', i + 2) is int close and >= 0 ? close + 1 : pattern.Length
                        : i + 2;
                }
                else if (c == '[' && pattern[i - 1] == '-')
                {
                    nested = true;
                    break;
                }
                else if (c == ']')
                {
                    i++;
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
                else
                {
                    i++;
                }
            }

            if (!nested)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reads what follows <c>(</c>; <see cref="GroupKind.None"/> for inline options and comments, which open no group.</summary>
    private static int? ReadGroupOpening(string pattern, int at, out GroupKind kind)
    {
        kind = GroupKind.Capturing;
        int i = at + 1;
        if (i >= pattern.Length || pattern[i] != '?')
        {
            return i;
        }

        i++;
        if (i >= pattern.Length)
        {
            return null;
        }

        switch (pattern[i])
        {
            case ':':
                return i + 1;
            case '>':
                kind = GroupKind.Atomic;
                return i + 1;
            case '=' or '!':
                kind = GroupKind.Lookaround;
                return i + 1;
            case '<' when i + 1 < pattern.Length && pattern[i + 1] is '=' or '!':
                kind = GroupKind.Lookaround;
                return i + 2;
            case '<' or '\'':
                int end = pattern.IndexOf(pattern[i] == '<' ? '>' : '\'', i + 1);
                return end < 0 ? null : end + 1;
            case '#':
                kind = GroupKind.None;
                int close = pattern.IndexOf(')', i);
                return close < 0 ? null : close + 1;
            default:
                // Options: (?imnsx-imnsx) or (?imnsx-imnsx:...). With 'x' white space and '#' mean something else: not analysed.
                bool on = true;
                while (i < pattern.Length && pattern[i] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                {
                    if (pattern[i] == '-')
                    {
                        on = false;
                    }
                    else if (pattern[i] == 'x' && on)
                    {
                        return null;
                    }

                    i++;
                }

                if (i < pattern.Length && pattern[i] == ':')
                {
                    return i + 1;
                }

                if (i < pattern.Length && pattern[i] == ')')
                {
                    kind = GroupKind.None;
                    return i + 1;
                }

                // Conditionals and anything else.
                return null;
        }
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>; <see langword="null"/> when the brace is a literal.</summary>
    private static int? ReadBraces(string pattern, int at, out int min, out int max)
    {
        min = max = 0;
        int i = at + 1;
        int digits = Skip(pattern, i, 9, static ch => ch is >= '0' and <= '9');
        if (digits == i)
        {
            return null;
        }

        min = int.Parse(pattern.Substring(i, digits - i), System.Globalization.CultureInfo.InvariantCulture);
        i = digits;
        if (i < pattern.Length && pattern[i] == '}')
        {
            max = min;
            return i + 1;
        }

        if (i >= pattern.Length || pattern[i] != ',')
        {
            return null;
        }

        i++;
        int upper = Skip(pattern, i, 9, static ch => ch is >= '0' and <= '9');
        if (upper >= pattern.Length || pattern[upper] != '}')
        {
            return null;
        }

        max = upper == i ? Unbounded : int.Parse(pattern.Substring(i, upper - i), System.Globalization.CultureInfo.InvariantCulture);
        return upper + 1;
    }

    private enum GroupKind
    {
        /// <summary>Opens no group (inline options, comments).</summary>
        None,

        /// <summary>A group that backtracks: capturing, named or non-capturing.</summary>
        Capturing,

        /// <summary><c>(?>...)</c>: never backtracked into.</summary>
        Atomic,

        /// <summary>A lookahead or lookbehind: matches no text.</summary>
        Lookaround,
    }

    /// <summary>An element of a sequence: an atom, an anchor or a group, with its quantifier.</summary>
    private sealed class Item
    {
        public int Start { get; set; }

        public int End { get; set; }

        public int Min { get; set; } = 1;

        public int Max { get; set; } = 1;

        public bool CanBeEmpty { get; set; }

        public bool CanBeNonEmpty { get; set; }

        public bool IsGroup { get; set; }

        /// <summary>For backtracking groups: an unbounded repetition inside that can take a whole iteration.</summary>
        public Item? LoopInside { get; set; }

        /// <summary>For backtracking groups: an alternative written twice.</summary>
        public string? DuplicateAlternative { get; set; }

        public static Item Atom(int start, int end) => new() { Start = start, End = end, CanBeNonEmpty = true };

        public static Item Anchor(int start, int end) => new() { Start = start, End = end, CanBeEmpty = true };
    }

    /// <summary>A group being read: its alternatives so far.</summary>
    private sealed class Frame
    {
        private readonly List<List<Item>> alternatives = new() { new List<Item>() };

        public Frame(int start, GroupKind kind)
        {
            Start = start;
            Kind = kind;
        }

        public int Start { get; }

        public GroupKind Kind { get; }

        public Item? Last
        {
            get
            {
                List<Item> current = alternatives[alternatives.Count - 1];
                return current.Count == 0 ? null : current[current.Count - 1];
            }
        }

        public void Add(Item item) => alternatives[alternatives.Count - 1].Add(item);

        public void NewAlternative() => alternatives.Add(new List<Item>());

        public bool Quantify(int min, int max, int end)
        {
            if (Last is not { } item)
            {
                return false;
            }

            item.Min = min;
            item.Max = max;
            item.End = end;
            item.CanBeEmpty |= min == 0;
            item.CanBeNonEmpty &= max > 0;
            return true;
        }

        public Item Close(string pattern, int end)
        {
            var group = new Item { Start = Start, End = end, IsGroup = true };
            if (Kind == GroupKind.Lookaround)
            {
                group.CanBeEmpty = true;
                return group;
            }

            var texts = new HashSet<string>(System.StringComparer.Ordinal);
            for (int a = 0; a < alternatives.Count; a++)
            {
                List<Item> alternative = alternatives[a];
                int required = 0;
                Item? onlyRequired = null;
                foreach (Item item in alternative)
                {
                    group.CanBeNonEmpty |= item.CanBeNonEmpty;
                    if (!item.CanBeEmpty)
                    {
                        required++;
                        onlyRequired = item;
                    }
                }

                group.CanBeEmpty |= required == 0;
                if (Kind == GroupKind.Atomic)
                {
                    continue;
                }

                // A repetition that every other element of the alternative lets take the whole iteration.
                if (group.LoopInside is null && required <= 1)
                {
                    foreach (Item item in alternative)
                    {
                        if (required == 1 && item != onlyRequired)
                        {
                            continue;
                        }

                        if (item.Max == Unbounded && item.CanBeNonEmpty)
                        {
                            group.LoopInside = item;
                            break;
                        }

                        if (item is { IsGroup: true, Max: 1, LoopInside: { } nested })
                        {
                            group.LoopInside = nested;
                            break;
                        }
                    }
                }

                if (alternatives.Count > 1 && group.DuplicateAlternative is null && alternative.Count > 0)
                {
                    int from = alternative[0].Start;
                    int to = alternative[alternative.Count - 1].End;
                    string text = pattern.Substring(from, to - from);
                    if (!texts.Add(text))
                    {
                        group.DuplicateAlternative = text;
                    }
                }
            }

            return group;
        }
    }
}
