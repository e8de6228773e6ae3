using System;

namespace Copydesk.Values;

/// <summary>
/// <c>value: url</c>: reads an absolute URL as a <see cref="Uri"/>, by default only <c>http</c> and <c>https</c>.
/// Issue code <see cref="IssueCodes.NotAUrl"/>; the accepted forms are documented in <c>docs/issues.md#cd3015</c>.
/// </summary>
public static class UrlParser
{
    /// <summary>Reads an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static ValueResult<Uri> Parse(ReadOnlySpan<char> text) => Parse(text, UrlOptions.Web);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed, as an absolute URL whose scheme <paramref name="options"/> allows.
    /// A URL has no white space; <c>http</c> and <c>https</c> URLs need <c>//</c> and a host. Never throws.
    /// </summary>
    public static ValueResult<Uri> Parse(ReadOnlySpan<char> text, UrlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Fail(ValueFailureReason.Empty);
        }

        int schemeLength = SchemeLength(text);
        if (schemeLength == 0 || schemeLength == text.Length || text[schemeLength] != ':')
        {
            return Fail(ValueFailureReason.NotAbsolute);
        }

        ReadOnlySpan<char> scheme = text.Slice(0, schemeLength);
        if (!options.Allows(scheme))
        {
            return Fail(ValueFailureReason.SchemeNotAllowed);
        }

        bool web = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
        if (ValueText.HasWhiteSpaceOrControl(text) || (web && !text.Slice(schemeLength + 1).StartsWith("//", StringComparison.Ordinal)))
        {
            return Fail(ValueFailureReason.Malformed);
        }

        return Uri.TryCreate(text.ToString(), UriKind.Absolute, out Uri? uri) && (!web || uri.Host.Length > 0)
            ? ValueResult<Uri>.Success(uri)
            : Fail(ValueFailureReason.Malformed);
    }

    /// <summary>The length of the URI scheme at the start of <paramref name="text"/> (RFC 3986: a letter, then letters, digits, <c>+ - .</c>), or 0.</summary>
    internal static int SchemeLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        int length = 1;
        while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] is '+' or '-' or '.'))
        {
            length++;
        }

        return length;
    }

    private static ValueResult<Uri> Fail(ValueFailureReason reason) => ValueText.Fail<Uri>(IssueCodes.NotAUrl, reason);
}
