using System;
using System.Collections.Immutable;
using Copydesk.Schema.Model;
using Copydesk.Values;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Binds the plan's typed values to the runtime's parsers (<c>Copydesk.Values</c>) with the options the plan
/// declares: the same parsers, options and <see cref="TypedLines"/> reads the generated code prints, with values boxed.
/// </summary>
internal static class TypedValueBinder
{
    /// <summary>How a line of <paramref name="spec"/> becomes a node.</summary>
    public static Func<TextLine, InterpretedLine> Reader(ValueSpec spec)
    {
        if (spec.Kind == TypedValueKind.List)
        {
            var options = new ListOptions<object>(spec.Separator!, Parser(spec.Item!));
            return line => new InterpretedValueList(TypedLines.ReadObjectList(line, options));
        }

        ValueParser<object> parser = Parser(spec);
        return line => new InterpretedValue(TypedLines.ReadObject(line, parser));
    }

    /// <summary>The options of a <c>date</c> parser: its formats after ISO 8601.</summary>
    public static DateOptions DateOptionsOf(ValueSpec spec) => spec.Formats.Count == 0 ? DateOptions.Iso : new DateOptions(Strings(spec.Formats));

    /// <summary>The options of a <c>date-time</c> parser: its formats after ISO 8601 and the offset it assumes.</summary>
    public static DateTimeOptions DateTimeOptionsOf(ValueSpec spec) => spec.Formats.Count == 0 && spec.AssumedOffsetMinutes is null
        ? DateTimeOptions.Iso
        : new DateTimeOptions(Strings(spec.Formats), spec.AssumedOffsetMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null);

    private static ValueParser<object> Parser(ValueSpec spec)
    {
        switch (spec.Kind)
        {
            case TypedValueKind.Text:
                return static text => Box(TextParser.Parse(text));
            case TypedValueKind.Date:
                DateOptions date = DateOptionsOf(spec);
                return text => Box(DateParser.Parse(text, date));
            case TypedValueKind.DateTime:
                DateTimeOptions dateTime = DateTimeOptionsOf(spec);
                return text => Box(DateTimeParser.Parse(text, dateTime));
            case TypedValueKind.Integer:
                NumberOptions integer = Numbers(spec);
                return text => Box(IntegerParser.Parse(text, integer));
            case TypedValueKind.Number:
                NumberOptions number = Numbers(spec);
                return text => Box(NumberParser.Parse(text, number));
            case TypedValueKind.Boolean:
                return static text => Box(BooleanParser.Parse(text));
            case TypedValueKind.Url:
                UrlOptions url = spec.Schemes.Count == 0 ? UrlOptions.Web : new UrlOptions(Strings(spec.Schemes));
                return text => Box(UrlParser.Parse(text, url));
            case TypedValueKind.Email:
                return static text => Box(EmailParser.Parse(text));
            case TypedValueKind.Phone:
                return static text => Box(PhoneParser.Parse(text));
            case TypedValueKind.Byline:
                BylineOptions byline = spec.Agencies.Count == 0 ? BylineOptions.Default : new BylineOptions(Strings(spec.Agencies));
                return text => Box(BylineParser.Parse(text, byline));
            default:
                throw new InvalidOperationException($"The interpreter does not know the value parser {spec.Kind}.");
        }
    }

    private static NumberOptions Numbers(ValueSpec spec) =>
        spec.GroupSeparator is null && spec.DecimalSeparator == '.' ? NumberOptions.Invariant : new NumberOptions(spec.GroupSeparator, spec.DecimalSeparator);

    private static ImmutableArray<string> Strings(EquatableArray<string> values)
    {
        var builder = ImmutableArray.CreateBuilder<string>(values.Count);
        foreach (string value in values)
        {
            builder.Add(value);
        }

        return builder.MoveToImmutable();
    }

    private static ValueResult<object> Box<T>(ValueResult<T> result) =>
        result.TryGetValue(out T? value) ? ValueResult<object>.Success(value!) : ValueResult<object>.Fail(result.Failure);
}
