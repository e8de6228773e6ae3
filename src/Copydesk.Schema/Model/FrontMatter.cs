namespace Copydesk.Schema.Model;

/// <summary>The <c>frontMatter:</c> section of a schema: the typed fields of the YAML at the top of an article.</summary>
/// <param name="Fields">The top-level fields, in schema order.</param>
/// <param name="UnknownKeys">What a key the fields do not declare becomes.</param>
/// <param name="Range">Where the <c>frontMatter</c> key stands.</param>
public sealed record FrontMatterSchema(EquatableArray<FrontMatterField> Fields, UnknownKeyPolicy UnknownKeys, TextRange Range);

/// <summary>
/// One front-matter field: its key, type and checks. Lists hold items of <see cref="Type"/>; a
/// <see cref="FrontMatterType.Mapping"/> has <see cref="Fields"/> of its own.
/// </summary>
/// <param name="Name">The key, as written in the front matter and in the contract JSON.</param>
/// <param name="Type">What the field (each item of a list) holds.</param>
/// <param name="IsList">Whether the field holds a list.</param>
/// <param name="Range">Where the key stands in the schema.</param>
public sealed record FrontMatterField(string Name, FrontMatterType Type, bool IsList, TextRange Range)
{
    /// <summary>Documentation for the property.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a missing or empty key is an issue.</summary>
    public bool IsRequired { get; init; }

    /// <summary>The default of a scalar field, in its canonical form (checked by the loader); <see langword="null"/> for none.</summary>
    public string? Default { get; init; }

    /// <summary>The default items of a list field, in canonical form; <see langword="null"/> for none.</summary>
    public EquatableArray<string>? DefaultItems { get; init; }

    /// <summary>The fewest characters of a text value.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters of a text value.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The pattern a text value matches.</summary>
    public string? Pattern { get; init; }

    /// <summary>The values a text value is one of; empty for any.</summary>
    public EquatableArray<string> OneOf { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The smallest integer, number, date or date-time, in canonical form.</summary>
    public string? Minimum { get; init; }

    /// <summary>The largest integer, number, date or date-time, in canonical form.</summary>
    public string? Maximum { get; init; }

    /// <summary>The fewest items of a list.</summary>
    public int MinCount { get; init; }

    /// <summary>The most items of a list; <see cref="int.MaxValue"/> for no limit.</summary>
    public int MaxCount { get; init; } = int.MaxValue;

    /// <summary>The severity of the issues of the checks.</summary>
    public CheckSeverity Severity { get; init; } = CheckSeverity.Error;

    /// <summary>
    /// A <c>date</c> or <c>date-time</c> field's <c>formats</c>: .NET custom formats its parser tries after ISO 8601,
    /// as <c>value: { type: date-time, formats: … }</c> declares them; empty for ISO 8601 alone.
    /// </summary>
    public EquatableArray<string> Formats { get; init; } = EquatableArray<string>.Empty;

    /// <summary>A <c>date-time</c> field's <c>offset</c>: the UTC offset, in minutes, of a value that states none; <see langword="null"/> refuses such values.</summary>
    public int? AssumedOffsetMinutes { get; init; }

    /// <summary>The fields of a mapping.</summary>
    public EquatableArray<FrontMatterField> Fields { get; init; } = EquatableArray<FrontMatterField>.Empty;

    /// <summary>What a key of a mapping that <see cref="Fields"/> does not declare becomes.</summary>
    public UnknownKeyPolicy UnknownKeys { get; init; }
}

/// <summary>The types a front-matter field may have.</summary>
public enum FrontMatterType
{
    /// <summary><c>string</c>: any scalar, as written.</summary>
    String,

    /// <summary><c>integer</c>: a 64-bit integer.</summary>
    Integer,

    /// <summary><c>number</c>: a decimal number.</summary>
    Number,

    /// <summary><c>boolean</c>: true or false.</summary>
    Boolean,

    /// <summary><c>date</c>: a calendar date.</summary>
    Date,

    /// <summary><c>date-time</c>: a date and time with its UTC offset.</summary>
    DateTime,

    /// <summary><c>url</c>: an absolute http or https URL.</summary>
    Url,

    /// <summary><c>email</c>: an e-mail address.</summary>
    Email,

    /// <summary><c>mapping</c>: nested fields.</summary>
    Mapping,
}

/// <summary>What a front-matter key the schema does not declare becomes.</summary>
public enum UnknownKeyPolicy
{
    /// <summary><c>allow</c>: nothing (the default).</summary>
    Allow,

    /// <summary><c>warn</c>: a warning from <c>Validate()</c>.</summary>
    Warn,

    /// <summary><c>error</c>: an error from <c>Validate()</c>.</summary>
    Error,
}
