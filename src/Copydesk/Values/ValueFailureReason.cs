namespace Copydesk.Values;

/// <summary>
/// Why a value parser refused a text. Together with the parser's issue code it decides the message of the
/// issue the validator reports; the names are stable and documented in <c>docs/issues.md</c>.
/// </summary>
public enum ValueFailureReason
{
    /// <summary>The text is empty or white space only.</summary>
    Empty,

    /// <summary>The text does not have the form the parser reads.</summary>
    Malformed,

    /// <summary>The text has a decimal digit outside ASCII <c>0</c>–<c>9</c> (Arabic-Indic, fullwidth, …).</summary>
    NonAsciiDigit,

    /// <summary>The text has the right form but its number is too large or too small for the value's type.</summary>
    OutOfRange,

    /// <summary>The text has the right form but names a day or a time that does not exist (February 30, 25:00).</summary>
    NotInCalendar,

    /// <summary>A date and time has no UTC offset and its options assume none.</summary>
    MissingOffset,

    /// <summary>A URL is not absolute: it has no scheme (<c>www.example.com</c>, <c>/news/today</c>).</summary>
    NotAbsolute,

    /// <summary>A URL's scheme is not among those its options allow.</summary>
    SchemeNotAllowed,

    /// <summary>A byline names nobody after <c>By</c>.</summary>
    NoNames,
}
