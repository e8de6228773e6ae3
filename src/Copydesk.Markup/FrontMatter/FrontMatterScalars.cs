using System;
using Copydesk.Values;

namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// Reads a front-matter scalar as the value of its kind with the runtime's typed value parsers, so a date in front
/// matter is read by exactly the rule that reads <c>value: date</c> on a line.
/// </summary>
internal static class FrontMatterScalars
{
    /// <summary>Whether a quoted scalar is a wrong type for <paramref name="kind"/>: YAML reads quoted text as a string, never a number or a boolean.</summary>
    public static bool NeedsPlain(FrontMatterKind kind) => kind is FrontMatterKind.Integer or FrontMatterKind.Number or FrontMatterKind.Boolean;

    /// <summary>Whether <see cref="FrontMatterField.Minimum"/> and <see cref="FrontMatterField.Maximum"/> apply.</summary>
    public static bool IsOrdered(FrontMatterKind kind) => kind is FrontMatterKind.Integer or FrontMatterKind.Number or FrontMatterKind.Date or FrontMatterKind.DateTime;

    /// <summary>Reads <paramref name="text"/> as a value of <paramref name="field"/>, with its parser's options; the value is boxed, or <see langword="null"/> with the failure.</summary>
    public static object? Read(FrontMatterField field, string text, out ValueFailure? failure)
    {
        failure = null;
        FrontMatterKind kind = field.Kind;
        switch (kind)
        {
            case FrontMatterKind.String:
                return text;
            case FrontMatterKind.Integer:
                return Box(IntegerParser.Parse(text), out failure);
            case FrontMatterKind.Number:
                return Box(NumberParser.Parse(text), out failure);
            case FrontMatterKind.Boolean:
                return Box(BooleanParser.Parse(text), out failure);
            case FrontMatterKind.Date:
                return Box(DateParser.Parse(text, field.DateOptions ?? DateOptions.Iso), out failure);
            case FrontMatterKind.DateTime:
                return Box(DateTimeParser.Parse(text, field.DateTimeOptions ?? DateTimeOptions.Iso), out failure);
            case FrontMatterKind.Url:
                return Box(UrlParser.Parse(text), out failure);
            case FrontMatterKind.Email:
                return Box(EmailParser.Parse(text), out failure);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "A mapping is not a scalar.");
        }
    }

    /// <summary>What a value of <paramref name="kind"/> is called in messages.</summary>
    public static string Expected(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.String => "a text",
        FrontMatterKind.Integer => "an integer",
        FrontMatterKind.Number => "a number",
        FrontMatterKind.Boolean => "a boolean (true or false)",
        FrontMatterKind.Date => "a date",
        FrontMatterKind.DateTime => "a date and time",
        FrontMatterKind.Url => "a URL",
        FrontMatterKind.Email => "an e-mail address",
        _ => "a mapping",
    };

    private static object? Box<T>(ValueResult<T> result, out ValueFailure? failure)
    {
        failure = result.FailureOrNull;
        return result.TryGetValue(out T? value) ? value : null;
    }
}
