using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Analysis;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Converts scalar values to what the language expects (strings, counts, booleans, ranges, patterns).
/// Each method reports a wrong value at the value node and returns <see langword="null"/>.
/// </summary>
internal sealed class ValueReader
{
    private static readonly Regex AtLeast = new(@"^([0-9]{1,9})\+$", RegexOptions.CultureInvariant);
    private static readonly Regex Between = new(@"^([0-9]{1,9})\.\.([0-9]{1,9})$", RegexOptions.CultureInvariant);
    private static readonly Regex Exactly = new(@"^[0-9]{1,9}$", RegexOptions.CultureInvariant);
    private static readonly Regex Dashed = new(@"^([0-9]{1,9})\s*[-–]\s*([0-9]{1,9})$", RegexOptions.CultureInvariant);

    private readonly LoadContext context;

    public ValueReader(LoadContext context) => this.context = context;

    /// <summary>A string value. A YAML null is absent (<see langword="null"/>, not reported) when <paramref name="nullAllowed"/>.</summary>
    public string? String(KeyedEntry entry, bool nullAllowed = false)
    {
        switch (entry.Value)
        {
            case YamlScalar { IsNull: true } when nullAllowed:
                return null;
            case YamlScalar { IsNull: false } scalar:
                return scalar.Value;
            default:
                context.ReportWrongKind(entry.Value, entry.Key, "a string");
                return null;
        }
    }

    /// <summary>The literal text of a marker line: one line, not empty, no white space around it (CD1004 otherwise).</summary>
    public string? MarkerText(KeyedEntry entry)
    {
        string? text = String(entry);
        if (text is null)
        {
            return null;
        }

        if (text.Trim().Length == 0 || text.Trim().Length != text.Length || text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "the literal text of a marker line: one line, not empty, with no spaces around it");
            return null;
        }

        return text;
    }

    /// <summary>
    /// The texts of a marker: one marker text, or a non-empty sequence of alternatives (CD1004 otherwise). An
    /// alternative written twice — compared as lines will be, with or without case — is CD1042.
    /// </summary>
    public List<string>? MarkerTexts(KeyedEntry entry, bool caseSensitive)
    {
        if (entry.Value is not YamlSequence sequence)
        {
            return MarkerText(entry) is { } single ? new List<string> { single } : null;
        }

        if (sequence.Items.Count == 0)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a marker text or a non-empty sequence of alternative marker texts");
            return null;
        }

        var texts = new List<string>(sequence.Items.Count);
        var seen = new HashSet<string>(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        bool valid = true;
        foreach (YamlNode item in sequence.Items)
        {
            if (MarkerText(new KeyedEntry(entry.Key, entry.KeyNode, item)) is not { } text)
            {
                valid = false;
            }
            else if (!seen.Add(text))
            {
                // Say why two texts written differently are the same line.
                bool differInCase = !texts.Contains(text, StringComparer.Ordinal);
                context.Report(DiagnosticCatalog.DuplicateMarkerText, item.Range, text, differInCase ? " (case is ignored unless 'caseSensitive: true')" : string.Empty);
            }
            else
            {
                texts.Add(text);
            }
        }

        return valid ? texts : null;
    }

    /// <summary>A non-negative integer written as a plain number.</summary>
    public int? Count(KeyedEntry entry)
    {
        if (entry.Value is YamlScalar { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        context.ReportWrongKind(entry.Value, entry.Key, "a whole number, 0 or more, written without quotes");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>, written plain.</summary>
    public bool? Bool(KeyedEntry entry)
    {
        if (entry.Value is YamlScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        context.ReportWrongKind(entry.Value, entry.Key, "true or false");
        return null;
    }

    /// <summary>One non-empty string or a non-empty sequence of them.</summary>
    public List<string>? Strings(KeyedEntry entry)
    {
        const string Expected = "a non-empty string or a non-empty sequence of them";
        var result = new List<string>();
        switch (entry.Value)
        {
            case YamlScalar { IsNull: false } scalar when scalar.Value.Length > 0:
                result.Add(scalar.Value);
                return result;
            case YamlSequence { Items.Count: > 0 } sequence:
                bool valid = true;
                foreach (YamlNode item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text && text.Value.Length > 0)
                    {
                        result.Add(text.Value);
                    }
                    else
                    {
                        context.ReportWrongKind(item, entry.Key, Expected);
                        valid = false;
                    }
                }

                return valid ? result : null;
            default:
                context.ReportWrongKind(entry.Value, entry.Key, Expected);
                return null;
        }
    }

    /// <summary>
    /// A count range: <c>N</c>, <c>N+</c> (no upper limit: <see cref="int.MaxValue"/>) or <c>N..M</c> with N ≤ M.
    /// With <paramref name="forRepeat"/> the maximum must be at least 1 (a repetition of nothing is meaningless).
    /// Anything else is CD1036, with the fix for the usual slips (<c>1-3</c>, <c>3..1</c>, <c>0</c>).
    /// </summary>
    public (int Min, int Max)? Range(KeyedEntry entry, bool forRepeat)
    {
        string hint = string.Empty;
        if (entry.Value is YamlScalar { IsNull: false } scalar)
        {
            string text = scalar.Value.Trim();
            (int Min, int Max)? range = null;
            Match match;
            if (Exactly.IsMatch(text))
            {
                int n = Parse(text);
                range = (n, n);
            }
            else if ((match = AtLeast.Match(text)).Success)
            {
                range = (Parse(match.Groups[1].Value), int.MaxValue);
            }
            else if ((match = Between.Match(text)).Success)
            {
                range = (Parse(match.Groups[1].Value), Parse(match.Groups[2].Value));
            }
            else if ((match = Dashed.Match(text)).Success)
            {
                hint = $"; write '{match.Groups[1].Value}..{match.Groups[2].Value}' for a range";
            }

            if (range is { } r)
            {
                if (r.Min > r.Max)
                {
                    hint = $"; the smaller number comes first: '{r.Max}..{r.Min}'";
                }
                else if (forRepeat && r.Max < 1)
                {
                    hint = "; a repetition reads at least one element: for a slot that may be absent write 'optional: true' instead";
                }
                else
                {
                    return r;
                }
            }
        }

        context.ReportAt(entry.Value, DiagnosticCatalog.InvalidCount, entry.Key, entry.Value.Describe(), hint);

        return null;
    }

    /// <summary>A .NET regular expression; one that does not compile is CD1010 with the parser's explanation.</summary>
    public string? Pattern(KeyedEntry entry) => CompiledPattern(entry)?.Text;

    /// <summary>
    /// <see cref="Pattern"/>, with the expression it compiled to check it, for a reader that needs more of it (the named
    /// groups of a capture) than that it compiles.
    /// </summary>
    public (string Text, Regex Compiled)? CompiledPattern(KeyedEntry entry)
    {
        string? pattern = String(entry);
        if (pattern is null)
        {
            return null;
        }

        // Some regular expression engines parse groups recursively; a stack overflow would end the compiler.
        if (PatternSafety.GroupDepth(pattern) > PatternSafety.MaxGroupDepth)
        {
            context.Report(DiagnosticCatalog.LimitExceeded, entry.Value.Range, $"a pattern may nest groups at most {PatternSafety.MaxGroupDepth} deep");
            return null;
        }

        Regex compiled;
        try
        {
            // Constructing parses the pattern (linear in its length); nothing is matched here.
            compiled = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            context.Report(DiagnosticCatalog.InvalidPattern, entry.Value.Range, pattern, exception.Message);
            return null;
        }

        if (PatternSafety.FindCatastrophicBacktracking(pattern) is { } reason)
        {
            context.Report(DiagnosticCatalog.SlowPattern, entry.Value.Range, pattern, reason);
        }

        if (PatternSafety.FindBacktrackingConstruct(pattern) is { } construct)
        {
            context.Report(DiagnosticCatalog.BacktrackingPattern, entry.Value.Range, pattern, construct);
        }

        return (pattern, compiled);
    }

    /// <summary>One of a fixed set of words; another word is CD1009 with the valid words, another kind of value CD1004.</summary>
    public string? Choice(KeyedEntry entry, string[] choices, string what)
    {
        if (entry.Value is not YamlScalar { IsNull: false } scalar)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "one of " + LoadContext.QuotedList(choices, "or"));
            return null;
        }

        if (Array.IndexOf(choices, scalar.Value) >= 0)
        {
            return scalar.Value;
        }

        context.Report(DiagnosticCatalog.UnknownReference, scalar.Range, what, scalar.Value, context.ChoiceHint(scalar.Value, choices));
        return null;
    }

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
