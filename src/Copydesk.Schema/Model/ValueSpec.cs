namespace Copydesk.Schema.Model;

/// <summary>The typed value parsers a line slot or case can name with <c>value:</c>.</summary>
public enum TypedValueKind
{
    /// <summary><c>text</c>: the trimmed text; only as the item of a <c>list</c>.</summary>
    Text,

    /// <summary><c>date</c>: a <c>DateOnly</c>.</summary>
    Date,

    /// <summary><c>date-time</c>: a <c>DateTimeOffset</c>.</summary>
    DateTime,

    /// <summary><c>integer</c>: a <c>long</c>.</summary>
    Integer,

    /// <summary><c>number</c>: a <c>decimal</c>.</summary>
    Number,

    /// <summary><c>boolean</c>: a <c>bool</c>.</summary>
    Boolean,

    /// <summary><c>url</c>: an absolute <c>Uri</c>.</summary>
    Url,

    /// <summary><c>email</c>: an e-mail address, as a <c>string</c>.</summary>
    Email,

    /// <summary><c>phone</c>: a <c>PhoneNumber</c>.</summary>
    Phone,

    /// <summary><c>byline</c>: a <c>Byline</c>.</summary>
    Byline,

    /// <summary><c>list</c>: items split on a separator, each read by <see cref="ValueSpec.Item"/>.</summary>
    List,
}

/// <summary>
/// A typed value parser with its options, as <c>value:</c> declares it: <c>value: date</c> or
/// <c>value: { type: date, formats: ["MMMM d, yyyy"] }</c>. Options that do not apply to the parser are empty or
/// <see langword="null"/>; the loader reports them. Compares by value.
/// </summary>
/// <param name="Kind">The parser.</param>
public sealed record ValueSpec(TypedValueKind Kind)
{
    /// <summary><c>date</c>, <c>date-time</c>: .NET custom format strings tried after ISO 8601, in order.</summary>
    public EquatableArray<string> Formats { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>date-time</c>: the UTC offset, in minutes, of a text that states none; <see langword="null"/> refuses such texts.</summary>
    public int? AssumedOffsetMinutes { get; init; }

    /// <summary><c>integer</c>, <c>number</c>: the thousands separator, or <see langword="null"/> for none.</summary>
    public char? GroupSeparator { get; init; }

    /// <summary><c>number</c>: the decimal separator.</summary>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary><c>url</c>: the allowed schemes; empty for <c>http</c> and <c>https</c>.</summary>
    public EquatableArray<string> Schemes { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>byline</c>: the agency abbreviations; empty for the runtime's default list.</summary>
    public EquatableArray<string> Agencies { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>list</c>: the separator between items.</summary>
    public string? Separator { get; init; }

    /// <summary><c>list</c>: how each item is read; a <see cref="TypedValueKind.Text"/> spec keeps items as text.</summary>
    public ValueSpec? Item { get; init; }
}
