using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>The words and option keys of typed values (<c>value: date</c>, <c>value: { type: list, … }</c>).</summary>
internal static class ValueSpecKeys
{
    public const string Type = "type";
    public const string Formats = "formats";
    public const string Offset = "offset";
    public const string GroupSeparator = "groupSeparator";
    public const string DecimalSeparator = "decimalSeparator";
    public const string Schemes = "schemes";
    public const string Agencies = "agencies";
    public const string Separator = "separator";
    public const string Item = "item";

    public const string Text = "text";
    public const string Date = "date";
    public const string DateTime = "date-time";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Url = "url";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Byline = "byline";
    public const string List = "list";

    /// <summary>The typed parsers, as <c>value:</c> names them.</summary>
    public static readonly string[] TypedParsers = [Date, DateTime, Integer, Number, Boolean, Url, Email, Phone, Byline, List];

    /// <summary>What the <c>type</c> of a value mapping may be: text or a typed parser, in the order of <see cref="TypedValueKind"/>.</summary>
    public static readonly string[] MappingTypes = [Text, .. TypedParsers];

    /// <summary>What the <c>item</c> of a list may be: text or a typed parser other than a list.</summary>
    public static readonly string[] ItemTypes = [Text, Date, DateTime, Integer, Number, Boolean, Url, Email, Phone, Byline];

    /// <summary>The keys of a value mapping.</summary>
    public static readonly string[] Options = [Type, Formats, Offset, GroupSeparator, DecimalSeparator, Schemes, Agencies, Separator, Item];

    /// <summary>The parser a word names.</summary>
    public static TypedValueKind Kind(string word) => word switch
    {
        Date => TypedValueKind.Date,
        DateTime => TypedValueKind.DateTime,
        Integer => TypedValueKind.Integer,
        Number => TypedValueKind.Number,
        Boolean => TypedValueKind.Boolean,
        Url => TypedValueKind.Url,
        Email => TypedValueKind.Email,
        Phone => TypedValueKind.Phone,
        Byline => TypedValueKind.Byline,
        List => TypedValueKind.List,
        _ => TypedValueKind.Text,
    };

    /// <summary>The word that names <paramref name="kind"/>: <c>date-time</c>.</summary>
    public static string Word(TypedValueKind kind) => MappingTypes[(int)kind];

    /// <summary>The parsers an option applies to; empty for <c>type</c>, which every mapping has.</summary>
    public static string[] AppliesTo(string option) => option switch
    {
        Formats => [Date, DateTime],
        Offset => [DateTime],
        GroupSeparator => [Integer, Number],
        DecimalSeparator => [Number],
        Schemes => [Url],
        Agencies => [Byline],
        Separator or Item => [List],
        _ => [],
    };
}
