using System;
using System.Text;

namespace Copydesk.Values;

/// <summary>
/// <c>value: phone</c>: a lenient reading of a phone number as people write them, keeping its digits, a leading
/// <c>+</c> and an extension. It does not check numbering plans. Issue code <see cref="IssueCodes.NotAPhone"/>;
/// the accepted forms are documented in <c>docs/issues.md#cd3017</c>.
/// </summary>
public static class PhoneParser
{
    /// <summary>The fewest digits a number has (short numbers such as <c>911</c>).</summary>
    public const int MinDigits = 3;

    /// <summary>The most digits a number has without its extension (ITU-T E.164).</summary>
    public const int MaxDigits = 15;

    /// <summary>The most digits an extension has.</summary>
    public const int MaxExtensionDigits = 10;

    // Longest first, so "ext." is not read as "ext" followed by a dot.
    private static readonly string[] ExtensionMarkers = ["extension", "ext.", "ext", "x", "#"];

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed: an optional leading <c>+</c>, then ASCII digits separated by spaces,
    /// <c>-</c>, <c>.</c>, <c>/</c>, dashes or parentheses, then optionally an extension: <c>ext.</c>, <c>ext</c>,
    /// <c>extension</c>, <c>x</c> or <c>#</c> (any case, optional <c>:</c>) and its digits. Never throws.
    /// </summary>
    public static ValueResult<PhoneNumber> Parse(ReadOnlySpan<char> text)
    {
        if (ValueText.TrimDigitText(ref text) is { } first)
        {
            return Fail(first);
        }

        var digits = new StringBuilder(Math.Min(text.Length, MaxDigits + 1));
        int position = 0;
        if (text[0] == '+')
        {
            digits.Append('+');
            position++;
        }

        int count = 0;
        for (; position < text.Length; position++)
        {
            char c = text[position];
            if (char.IsAsciiDigit(c))
            {
                // Keep counting past the limit so the reason is decided on the whole number.
                count++;
                if (count <= MaxDigits)
                {
                    digits.Append(c);
                }
            }
            else if (!IsSeparator(c))
            {
                break;
            }
        }

        string? extension = null;
        if (position < text.Length && !TryReadExtension(text.Slice(position), out extension))
        {
            return Fail(ValueFailureReason.Malformed);
        }

        if (count < MinDigits)
        {
            return Fail(ValueFailureReason.Malformed);
        }

        return count > MaxDigits
            ? Fail(ValueFailureReason.OutOfRange)
            : ValueResult<PhoneNumber>.Success(new PhoneNumber(text.ToString(), digits.ToString(), extension));
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '(' or ')' or '\u2010' or '\u2011' or '\u2012' or '\u2013' || char.IsWhiteSpace(c);

    private static bool TryReadExtension(ReadOnlySpan<char> rest, out string? extension)
    {
        extension = null;
        foreach (string marker in ExtensionMarkers)
        {
            if (!rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReadOnlySpan<char> digits = rest.Slice(marker.Length).TrimStart();
            if (!digits.IsEmpty && digits[0] == ':')
            {
                digits = digits.Slice(1).TrimStart();
            }

            if (digits.IsEmpty || digits.Length > MaxExtensionDigits || digits.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            extension = digits.ToString();
            return true;
        }

        return false;
    }

    private static ValueResult<PhoneNumber> Fail(ValueFailureReason reason) => ValueText.Fail<PhoneNumber>(IssueCodes.NotAPhone, reason);
}
