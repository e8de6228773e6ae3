using System;
using System.Text.RegularExpressions;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;
using Copydesk.Values;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Binds the plan's captures to the runtime: the pattern built by <see cref="TextRules.CreatePattern"/> on the engine
/// the plan chose, each field read by <see cref="LineCaptures"/> with the parsers <see cref="TypedValueBinder"/> binds,
/// and a rest read as quotes handed to <see cref="ParseState.ReadQuotes(int, TextLine?)"/>, exactly as the generated
/// read method does.
/// </summary>
internal static class CaptureBinder
{
    /// <summary>How a line read with <paramref name="capture"/> becomes a node.</summary>
    public static LineValueReader Reader(CapturePlan capture)
    {
        Regex pattern = TextRules.CreatePattern(capture.Pattern, capture.Backtracking);
        var fields = new Func<ParseState, int, TextLine, Match, InterpretedField>[capture.Fields.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Field(capture.Fields[i]);
        }

        return (state, position, line) =>
        {
            Match match = pattern.Match(line.Text);
            var values = new InterpretedField[fields.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = fields[i](state, position, line, match);
            }

            return new InterpretedCapture(line, match.Success, new NodeList<InterpretedField>(values, 0, values.Length));
        };
    }

    private static Func<ParseState, int, TextLine, Match, InterpretedField> Field(CaptureFieldPlan field)
    {
        string name = field.Name;
        if (field is { IsRest: true, Value: ValueKind.Quotes })
        {
            return (state, position, line, match) => state.ReadQuotes(position, LineCaptures.Rest(line, match)) is { } paragraph
                ? InterpretedField.Single(name, new InterpretedQuotes(paragraph))
                : InterpretedField.Absent(name);
        }

        if (field.IsRest)
        {
            return (_, _, line, match) => Text(name, LineCaptures.Rest(line, match));
        }

        if (field.Spec is { } spec)
        {
            ValueParser<object> parser = TypedValueBinder.Parser(spec);
            return (_, _, line, match) => LineCaptures.ReadObject(line, match, name, parser) is { } value
                ? InterpretedField.Single(name, new InterpretedValue(value))
                : InterpretedField.Absent(name);
        }

        return (_, _, line, match) => Text(name, LineCaptures.Group(line, match, name));
    }

    private static InterpretedField Text(string name, TextLine? text) =>
        text is { } present ? InterpretedField.Single(name, new InterpretedText(present)) : InterpretedField.Absent(name);
}
