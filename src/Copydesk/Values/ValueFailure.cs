using System;
using System.Text;

namespace Copydesk.Values;

/// <summary>
/// A text a value parser refused: the issue code the validator reports (see <see cref="IssueCodes"/>) and the
/// reason. Parsers return it instead of throwing.
/// </summary>
/// <param name="Code">The issue code of the parser, such as <see cref="IssueCodes.NotADate"/>.</param>
/// <param name="Reason">Why the text was refused.</param>
public readonly record struct ValueFailure(string Code, ValueFailureReason Reason)
{
    /// <summary>How many characters of the refused text a message quotes before cutting it with <c>…</c>.</summary>
    public const int QuotedLength = 60;

    /// <summary>
    /// The default message of the issue: <c>{name} is not a date: "{text}".</c> and the variants listed in
    /// <c>docs/issues.md</c>. <paramref name="text"/> is quoted, cut after <see cref="QuotedLength"/> characters.
    /// </summary>
    /// <param name="name">What the value is called in the message: its path, or <c>The article</c>.</param>
    /// <param name="text">The text that was refused.</param>
    public string Describe(string name, ReadOnlySpan<char> text)
    {
        string expected = Expected(Code);
        if (Reason == ValueFailureReason.Empty)
        {
            return $"{name} is empty; expected {expected}.";
        }

        string quoted = Quote(text.Trim());
        string because = Reason switch
        {
            ValueFailureReason.NonAsciiDigit => " has digits other than 0-9",
            ValueFailureReason.OutOfRange => " is out of range",
            ValueFailureReason.NotInCalendar => " names a day or time that does not exist",
            ValueFailureReason.MissingOffset => " has no UTC offset",
            ValueFailureReason.NotAbsolute => " has no scheme",
            ValueFailureReason.SchemeNotAllowed => " has a scheme that is not allowed",
            ValueFailureReason.NoNames => " names nobody",
            _ => string.Empty,
        };
        return $"{name} is not {expected}: {quoted}{because}.";
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Reason}";

    private static string Expected(string code) => code switch
    {
        IssueCodes.NotADate => "a date",
        IssueCodes.NotADateTime => "a date and time",
        IssueCodes.NotAnInteger => "an integer",
        IssueCodes.NotANumber => "a number",
        IssueCodes.NotABoolean => "a boolean (true, false, yes or no)",
        IssueCodes.NotAUrl => "an absolute URL",
        IssueCodes.NotAnEmail => "an e-mail address",
        IssueCodes.NotAPhone => "a phone number",
        IssueCodes.EmptyListItem => "a list item",
        IssueCodes.NotAByline => "a byline",
        _ => "a value",
    };

    private static string Quote(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, QuotedLength) + 3);
        builder.Append('"');
        if (text.Length > QuotedLength)
        {
            builder.Append(text.Slice(0, QuotedLength)).Append('…');
        }
        else
        {
            builder.Append(text);
        }

        return builder.Append('"').ToString();
    }
}
