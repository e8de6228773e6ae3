using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Turns schema strings into C# tokens. Every schema string that reaches generated code passes through
/// here, which is what keeps a schema from injecting code.
/// </summary>
internal static class CSharp
{
    /// <summary>
    /// A regular string literal that holds exactly <paramref name="value"/>. Quotes and backslashes are escaped, and so
    /// is every character that is invisible or moves text around when the file is read: controls, line and paragraph
    /// separators, format characters such as bidirectional overrides (which could make generated code display
    /// differently from what it is), unpaired surrogates and non-characters. Everything else is written as is.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A pair: written as is unless the character it makes is invisible (tag characters, private use).
                        if (IsHidden(value, i))
                        {
                            builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c).Append(value[i + 1]);
                        }

                        i++;
                    }
                    else if (IsHidden(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A nullable string literal.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    /// <summary>An identifier, with <c>@</c> in front when it is a C# keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.RecordKeyword
            ? "@" + name
            : name;

    /// <summary>The lines of an XML documentation comment body, escaped; one entry per source line.</summary>
    public static IEnumerable<string> DocLines(string text)
    {
        var line = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                // Every C# line terminator ends a /// line; anything else inside would escape the comment.
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029':
                    yield return line.ToString();
                    line.Clear();
                    break;
                case '&':
                    line.Append("&amp;");
                    break;
                case '<':
                    line.Append("&lt;");
                    break;
                case '>':
                    line.Append("&gt;");
                    break;
                default:
                    // Control characters, unpaired surrogates and non-characters are not allowed in XML, even as
                    // references: drop them rather than break the build. Format characters (bidirectional overrides)
                    // are kept as character references, so the documentation holds them but the source shows them.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        if (IsHidden(text, i))
                        {
                            line.Append("&#x").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            line.Append(c).Append(text[i + 1]);
                        }

                        i++;
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        // Dropped.
                    }
                    else if (IsHidden(c))
                    {
                        line.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        line.Append(c);
                    }

                    break;
            }
        }

        yield return line.ToString();
    }

    // Characters that do not show as themselves in an editor: controls, format characters (bidirectional
    // controls, zero-width characters, the byte order mark), separators, surrogates, private use and unassigned
    // code points, and the non-characters U+FFFE and U+FFFF.
    private static bool IsHidden(char c) => IsHidden(CharUnicodeInfo.GetUnicodeCategory(c)) || c is '\uFFFE' or '\uFFFF';

    // The character of the surrogate pair at 'index'.
    private static bool IsHidden(string text, int index) => IsHidden(CharUnicodeInfo.GetUnicodeCategory(text, index));

    private static bool IsHidden(UnicodeCategory category) => category is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
