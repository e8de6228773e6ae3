using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Turns schema strings into C# tokens. Every schema string that reaches generated code passes through
/// here, which is what keeps a schema from injecting code.
/// </summary>
internal static class CSharp
{
    /// <summary>A string literal with every character that could end it, or a line, escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

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
                    // Control characters and unpaired surrogates are not allowed in XML: drop them rather than break the build.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        line.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsControl(c) && !char.IsSurrogate(c))
                    {
                        line.Append(c);
                    }

                    break;
            }
        }

        yield return line.ToString();
    }
}
