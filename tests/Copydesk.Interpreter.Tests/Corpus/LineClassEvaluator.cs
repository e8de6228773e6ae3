using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Copydesk.Schema.Model;
using Copydesk.Text;

namespace Copydesk.Corpus;

/// <summary>
/// Decides whether a line belongs to a line class of a schema, so the corpus can build lines that fit. Written
/// from the language reference, independently of the interpreter and the generated code it helps to test.
/// Not thread-safe: it compiles patterns as it meets them.
/// </summary>
public sealed class LineClassEvaluator
{
    private readonly Dictionary<string, LineClass> classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);
    private readonly Marker[] markers;

    /// <summary>Prepares the classes and markers of <paramref name="schema"/>.</summary>
    public LineClassEvaluator(ArticleSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (LineClass lineClass in schema.LineClasses)
        {
            classes[lineClass.Name] = lineClass;
        }

        markers = new Marker[schema.Markers.Count];
        for (int i = 0; i < markers.Length; i++)
        {
            MarkerDefinition marker = schema.Markers[i];
            markers[i] = new Marker(marker.Text, marker.CapturesRest) { Alternatives = [.. marker.Texts], CaseSensitive = marker.CaseSensitive };
        }
    }

    /// <summary>
    /// Whether the trimmed line <paramref name="text"/> matches a marker of the schema, so no class can read it (or,
    /// for a marker reserved only where read, some class may not): synthesized lines avoid them all.
    /// </summary>
    public bool IsReserved(string text) => Array.Exists(markers, marker => marker.Matches(text));

    /// <summary>Whether the trimmed line <paramref name="text"/> belongs to the class <paramref name="className"/>.</summary>
    public bool Matches(string className, string text) => className switch
    {
        "any" => true,
        "sentence" => TextRules.IsSentence(text),
        "label" => !TextRules.IsSentence(text),
        _ => classes.TryGetValue(className, out LineClass? lineClass) && Evaluate(lineClass.Predicate, text),
    };

    private bool Evaluate(Predicate predicate, string text)
    {
        switch (predicate)
        {
            case ClassPredicate p:
                return Matches(p.Name, text);
            case NotPredicate p:
                return !Evaluate(p.Operand, text);
            case AllPredicate p:
                foreach (Predicate operand in p.Operands)
                {
                    if (!Evaluate(operand, text))
                    {
                        return false;
                    }
                }

                return true;
            case AnyPredicate p:
                foreach (Predicate operand in p.Operands)
                {
                    if (Evaluate(operand, text))
                    {
                        return true;
                    }
                }

                return false;
            case EndsWithPredicate p:
                return TextRules.EndsWithAny(text, [.. p.Suffixes]);
            case StartsWithPredicate p:
                return TextRules.StartsWithAny(text, [.. p.Prefixes]);
            case WordCountPredicate p:
                int words = TextRules.CountWords(text);
                return words >= p.Min && words <= p.Max;
            case LengthPredicate p:
                return text.Length >= p.Min && text.Length <= p.Max;
            case PatternPredicate p:
                if (!patterns.TryGetValue(p.Pattern, out Regex? regex))
                {
                    regex = new Regex(p.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    patterns.Add(p.Pattern, regex);
                }

                return regex.IsMatch(text);
            case BlockPredicate or LevelPredicate or IndentPredicate:
                // About the unit, not its text: the corpus writes the block the class asks for (MarkdownBlocks).
                return true;
            default:
                return false;
        }
    }
}
