namespace Copydesk.Markup.FrontMatter;

/// <summary>What a front-matter field holds, and so the run-time type it becomes.</summary>
public enum FrontMatterKind
{
    /// <summary>Any scalar, as written: <see cref="string"/>.</summary>
    String,

    /// <summary>An unquoted integer: <see cref="long"/>, read by <see cref="Values.IntegerParser"/>.</summary>
    Integer,

    /// <summary>An unquoted number: <see cref="decimal"/>, read by <see cref="Values.NumberParser"/>.</summary>
    Number,

    /// <summary>An unquoted <c>true</c>, <c>false</c>, <c>yes</c> or <c>no</c>: <see cref="bool"/>, read by <see cref="Values.BooleanParser"/>.</summary>
    Boolean,

    /// <summary>A calendar date: <see cref="System.DateOnly"/>, read by <see cref="Values.DateParser"/>.</summary>
    Date,

    /// <summary>A date and time with its UTC offset: <see cref="System.DateTimeOffset"/>, read by <see cref="Values.DateTimeParser"/>.</summary>
    DateTime,

    /// <summary>An absolute http or https URL: <see cref="System.Uri"/>, read by <see cref="Values.UrlParser"/>.</summary>
    Url,

    /// <summary>An e-mail address: <see cref="string"/>, read by <see cref="Values.EmailParser"/>.</summary>
    Email,

    /// <summary>A nested mapping with fields of its own: <see cref="FrontMatterValues"/>.</summary>
    Mapping,
}
