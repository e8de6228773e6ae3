using System.Collections.Generic;
using System.Globalization;

namespace Copydesk.Schema.Analysis;

/// <summary>What a <see cref="RegexNode"/> is.</summary>
internal enum RegexNodeKind
{
    /// <summary>One character or character class: a literal, <c>.</c>, <c>\d</c>, <c>[a-z]</c>.</summary>
    Atom,

    /// <summary>A zero-width assertion: <c>^</c>, <c>$</c>, <c>\b</c>, <c>\A</c>, <c>\G</c>, …</summary>
    Anchor,

    /// <summary>A backreference: <c>\1</c>, <c>\k&lt;name&gt;</c>.</summary>
    Backreference,

    /// <summary>A group: a choice between sequences (a pattern without parentheses is one group).</summary>
    Group,
}

/// <summary>The kind of a <see cref="RegexNodeKind.Group"/>.</summary>
internal enum RegexGroupKind
{
    /// <summary>A group that backtracks: capturing, named or non-capturing (the whole pattern too).</summary>
    Plain,

    /// <summary><c>(?&gt;…)</c>: never backtracked into.</summary>
    Atomic,

    /// <summary>A lookahead or lookbehind: matches no text.</summary>
    Lookaround,

    /// <summary><c>(?(test)yes|no)</c>.</summary>
    Conditional,

    /// <summary><c>(?&lt;a-b&gt;…)</c>: pops another group's capture.</summary>
    Balancing,
}

/// <summary>
/// A node of a parsed .NET regular expression, with the quantifier that applies to it and where it stands in the
/// (normalised) pattern text. Only what the safety analyses need is kept.
/// </summary>
internal sealed class RegexNode
{
    /// <summary>An unbounded count.</summary>
    public const int Unbounded = int.MaxValue;

    public RegexNodeKind Kind { get; set; }

    public RegexGroupKind GroupKind { get; set; }

    /// <summary>For atoms: the text that names the character set (<c>a</c>, <c>.</c>, <c>\w</c>, <c>[^,]</c>).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Where the node starts in the pattern.</summary>
    public int Start { get; set; }

    /// <summary>Where the node ends, without its quantifier.</summary>
    public int BodyEnd { get; set; }

    /// <summary>Where the node ends, with its quantifier.</summary>
    public int End { get; set; }

    public int Min { get; set; } = 1;

    public int Max { get; set; } = 1;

    /// <summary>For groups: the alternatives, each a sequence.</summary>
    public List<List<RegexNode>> Alternatives { get; } = new();

    public bool IsQuantified => Min != 1 || Max != 1;

    public bool IsUnbounded => Max == Unbounded;

    /// <summary>Whether the repetition can take a different number of iterations (<c>a{1,30}</c>, <c>a*</c>).</summary>
    public bool IsVariable => Max > Min;
}

/// <summary>
/// Parses a .NET regular expression into <see cref="RegexNode"/>s for the safety analyses. The pattern has already
/// been accepted by .NET's parser and its group nesting is bounded, so this parser only has to understand valid
/// syntax, and recursion over groups is bounded too. Free-spacing mode (<c>x</c>) is honoured by removing white
/// space and comments before parsing; positions then refer to the normalised text.
/// </summary>
internal sealed class RegexSyntax
{
    private readonly string pattern;
    private int position;

    private RegexSyntax(string pattern) => this.pattern = pattern;

    /// <summary>The normalised pattern text that node positions refer to.</summary>
    public string Text => pattern;

    /// <summary>Parses <paramref name="pattern"/>; <see langword="null"/> for syntax this parser does not follow.</summary>
    public static (RegexNode Root, string Text)? Parse(string pattern)
    {
        var syntax = new RegexSyntax(UsesFreeSpacing(pattern) ? RemoveFreeSpacing(pattern) : pattern);
        var root = new RegexNode { Kind = RegexNodeKind.Group, GroupKind = RegexGroupKind.Plain, Start = 0 };
        if (!syntax.ReadAlternatives(root) || syntax.position != syntax.pattern.Length)
        {
            return null;
        }

        root.BodyEnd = root.End = syntax.pattern.Length;
        return (root, syntax.pattern);
    }

    /// <summary>Reads alternatives into <paramref name="group"/> up to a <c>)</c> or the end.</summary>
    private bool ReadAlternatives(RegexNode group)
    {
        var sequence = new List<RegexNode>();
        group.Alternatives.Add(sequence);
        while (position < pattern.Length)
        {
            char c = pattern[position];
            if (c == ')')
            {
                return true;
            }

            if (c == '|')
            {
                position++;
                sequence = new List<RegexNode>();
                group.Alternatives.Add(sequence);
                continue;
            }

            if (c is '*' or '+' or '?' or '{' && TryReadQuantifier(out int min, out int max))
            {
                if (sequence.Count == 0)
                {
                    return false;
                }

                RegexNode last = sequence[sequence.Count - 1];
                last.Min = min;
                last.Max = max;
                last.End = position;
                continue;
            }

            RegexNode? node = ReadNode();
            if (node is null)
            {
                return false;
            }

            if (node.Kind != RegexNodeKind.Group || node.Alternatives.Count > 0 || node.GroupKind != RegexGroupKind.Plain || node.Key != "options")
            {
                sequence.Add(node);
            }
        }

        return true;
    }

    private RegexNode? ReadNode()
    {
        int start = position;
        char c = pattern[position];
        switch (c)
        {
            case '\\':
                return ReadEscape(start);
            case '[':
                int? afterClass = SkipClass(position);
                if (afterClass is null)
                {
                    return null;
                }

                position = afterClass.Value;
                return Atom(start, pattern.Substring(start, position - start));
            case '(':
                return ReadGroup(start);
            case '^' or '$':
                position++;
                return new RegexNode { Kind = RegexNodeKind.Anchor, Key = c.ToString(), Start = start, BodyEnd = position, End = position };
            default:
                position++;
                return Atom(start, c.ToString());
        }
    }

    private RegexNode Atom(int start, string key) =>
        new() { Kind = RegexNodeKind.Atom, Key = key, Start = start, BodyEnd = position, End = position };

    private RegexNode? ReadEscape(int start)
    {
        if (position + 1 >= pattern.Length)
        {
            return null;
        }

        char kind = pattern[position + 1];
        position += 2;
        switch (kind)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return new RegexNode { Kind = RegexNodeKind.Anchor, Key = "\\" + kind, Start = start, BodyEnd = position, End = position };
            case 'p' or 'P' when position < pattern.Length && pattern[position] == '{':
                int close = pattern.IndexOf('}', position);
                if (close < 0)
                {
                    return null;
                }

                position = close + 1;
                break;
            case 'k' when position < pattern.Length && pattern[position] is '<' or '\'':
                int end = pattern.IndexOf(pattern[position] == '<' ? '>' : '\'', position + 1);
                if (end < 0)
                {
                    return null;
                }

                position = end + 1;
                return new RegexNode { Kind = RegexNodeKind.Backreference, Key = pattern.Substring(start, position - start), Start = start, BodyEnd = position, End = position };
            case >= '1' and <= '9':
                position = Skip(position, int.MaxValue, static ch => ch is >= '0' and <= '9');
                return new RegexNode { Kind = RegexNodeKind.Backreference, Key = pattern.Substring(start, position - start), Start = start, BodyEnd = position, End = position };
            case 'x':
                position = Skip(position, 2, IsHex);
                break;
            case 'u':
                position = Skip(position, 4, IsHex);
                break;
            case 'c':
                position = System.Math.Min(pattern.Length, position + 1);
                break;
            case '0':
                position = Skip(position, 2, static ch => ch is >= '0' and <= '7');
                break;
        }

        return Atom(start, pattern.Substring(start, position - start));
    }

    private RegexNode? ReadGroup(int start)
    {
        var group = new RegexNode { Kind = RegexNodeKind.Group, GroupKind = RegexGroupKind.Plain, Start = start };
        position++;
        if (position < pattern.Length && pattern[position] == '?')
        {
            position++;
            if (position >= pattern.Length)
            {
                return null;
            }

            char c = pattern[position];
            switch (c)
            {
                case ':':
                    position++;
                    break;
                case '>':
                    group.GroupKind = RegexGroupKind.Atomic;
                    position++;
                    break;
                case '=' or '!':
                    group.GroupKind = RegexGroupKind.Lookaround;
                    position++;
                    break;
                case '<' when position + 1 < pattern.Length && pattern[position + 1] is '=' or '!':
                    group.GroupKind = RegexGroupKind.Lookaround;
                    position += 2;
                    break;
                case '<' or '\'':
                    int nameEnd = pattern.IndexOf(c == '<' ? '>' : '\'', position + 1);
                    if (nameEnd < 0)
                    {
                        return null;
                    }

                    if (pattern.IndexOf('-', position, nameEnd - position) >= 0)
                    {
                        group.GroupKind = RegexGroupKind.Balancing;
                    }

                    position = nameEnd + 1;
                    break;
                case '(':
                    // (?(test)yes|no): the test is a group of its own; read it as the first alternative's first node.
                    group.GroupKind = RegexGroupKind.Conditional;
                    break;
                case '#':
                    int close = pattern.IndexOf(')', position);
                    if (close < 0)
                    {
                        return null;
                    }

                    position = close + 1;
                    return OptionsOnly(start);
                default:
                    // (?imnsx-imnsx) sets options and opens nothing; (?imnsx-imnsx:…) is a plain group.
                    while (position < pattern.Length && pattern[position] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                    {
                        position++;
                    }

                    if (position < pattern.Length && pattern[position] == ')')
                    {
                        position++;
                        return OptionsOnly(start);
                    }

                    if (position >= pattern.Length || pattern[position] != ':')
                    {
                        return null;
                    }

                    position++;
                    break;
            }
        }

        if (!ReadAlternatives(group) || position >= pattern.Length || pattern[position] != ')')
        {
            return null;
        }

        position++;
        group.BodyEnd = group.End = position;
        return group;
    }

    // Inline options and comments match nothing and take no quantifier: the reader drops them.
    private RegexNode OptionsOnly(int start) =>
        new() { Kind = RegexNodeKind.Group, GroupKind = RegexGroupKind.Plain, Key = "options", Start = start, BodyEnd = position, End = position };

    private bool TryReadQuantifier(out int min, out int max)
    {
        min = max = 1;
        char c = pattern[position];
        int after;
        if (c == '{')
        {
            if (ReadBraces(position, out min, out max) is not { } afterBraces)
            {
                return false;
            }

            after = afterBraces;
        }
        else
        {
            (min, max) = c switch { '*' => (0, RegexNode.Unbounded), '+' => (1, RegexNode.Unbounded), _ => (0, 1) };
            after = position + 1;
        }

        if (after < pattern.Length && pattern[after] == '?')
        {
            after++; // Lazy: backtracks the same way, in the other order.
        }

        position = after;
        return true;
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>; <see langword="null"/> when the brace is a literal.</summary>
    private int? ReadBraces(int at, out int min, out int max)
    {
        min = max = 0;
        int i = at + 1;
        int digits = Skip(i, 9, static ch => ch is >= '0' and <= '9');
        if (digits == i)
        {
            return null;
        }

        min = int.Parse(pattern.Substring(i, digits - i), CultureInfo.InvariantCulture);
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
        int upper = Skip(i, 9, static ch => ch is >= '0' and <= '9');
        if (upper >= pattern.Length || pattern[upper] != '}')
        {
            return null;
        }

        max = upper == i ? RegexNode.Unbounded : int.Parse(pattern.Substring(i, upper - i), CultureInfo.InvariantCulture);
        return upper + 1;
    }

    private int Skip(int at, int most, System.Func<char, bool> accepts)
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
    private int? SkipClass(int at) => SkipClass(pattern, at);

    /// <inheritdoc cref="SkipClass(int)"/>
    internal static int? SkipClass(string pattern, int at)
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

    /// <summary>Whether an inline option turns free-spacing mode on anywhere in the pattern.</summary>
    private static bool UsesFreeSpacing(string pattern)
    {
        for (int i = 0; i + 2 < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
                continue;
            }

            if (pattern[i] == '(' && pattern[i + 1] == '?')
            {
                for (int j = i + 2; j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or 'x'; j++)
                {
                    if (pattern[j] == 'x')
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Removes the white space and <c>#</c> comments that free-spacing mode ignores, outside character classes. Applied
    /// to the whole pattern even when <c>x</c> is scoped to a group: for finding shapes, a little too much is harmless.
    /// </summary>
    private static string RemoveFreeSpacing(string pattern)
    {
        var text = new System.Text.StringBuilder(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                text.Append(c).Append(pattern[++i]);
            }
            else if (c == '[' && SkipClass(pattern, i) is { } after)
            {
                text.Append(pattern, i, after - i);
                i = after - 1;
            }
            else if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == '#')
            {
                int close = pattern.IndexOf(')', i);
                int end = close < 0 ? pattern.Length : close + 1;
                text.Append(pattern, i, end - i);
                i = end - 1;
            }
            else if (c == '#')
            {
                while (i + 1 < pattern.Length && pattern[i + 1] != '\n')
                {
                    i++;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
