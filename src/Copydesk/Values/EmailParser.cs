using System;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// <c>value: email</c>: a pragmatic check that a text is an e-mail address as people write them in articles
/// (<c>ana.ruiz@example.org</c>), returned trimmed. It is not an RFC 5322 parser: quoted local parts, comments,
/// display names (<c>Ana &lt;ana@example.org&gt;</c>) and IP-literal domains are refused. Issue code
/// <see cref="IssueCodes.NotAnEmail"/>; the rules are documented in <c>docs/issues.md#cd3016</c>.
/// </summary>
public static class EmailParser
{
    /// <summary>The longest address accepted (RFC 5321's limit on a forward path).</summary>
    public const int MaxLength = 254;

    /// <summary>The longest local part accepted (RFC 5321).</summary>
    public const int MaxLocalLength = 64;

    /// <summary>The longest domain label accepted (RFC 1035).</summary>
    public const int MaxLabelLength = 63;

    /// <summary>Reads <paramref name="text"/>, trimmed. Never throws.</summary>
    public static ValueResult<string> Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Fail(ValueFailureReason.Empty);
        }

        int at = text.IndexOf('@');
        if (text.Length > MaxLength || at <= 0 || at > MaxLocalLength
            || !IsLocalPart(text.Slice(0, at)) || !IsDomain(text.Slice(at + 1)))
        {
            return Fail(ValueFailureReason.Malformed);
        }

        return ValueResult<string>.Success(text.ToString());
    }

    /// <summary>Dot-separated runs of letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c>; letters may be non-ASCII (RFC 6531).</summary>
    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        char previous = '.';
        foreach (char c in local)
        {
            if (c == '.' ? previous == '.' : !IsLocalCharacter(c))
            {
                return false;
            }

            previous = c;
        }

        return previous != '.';
    }

    /// <summary>Two or more dot-separated labels of letters, digits and inner hyphens; the last is not all digits.</summary>
    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        int labels = 0;
        while (true)
        {
            int dot = domain.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? domain : domain.Slice(0, dot);
            if (!IsLabel(label))
            {
                return false;
            }

            labels++;
            if (dot < 0)
            {
                return labels >= 2 && !IsAllDigits(label);
            }

            domain = domain.Slice(dot + 1);
        }
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (char c in label)
        {
            if (c != '-' && !IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLocalCharacter(char c) => IsLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".Contains(c);

    // ASCII letters and digits, and non-ASCII letters for internationalised addresses; never non-ASCII digits or symbols.
    private static bool IsLetterOrDigit(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c > '\u007F' && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueResult<string> Fail(ValueFailureReason reason) => ValueText.Fail<string>(IssueCodes.NotAnEmail, reason);
}
