using System;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Recognises the YAML mistakes people make most when they write a schema by hand, so they are reported
/// where the fix goes and with the fix, rather than as the parser's own account: a tab used for
/// indentation, an unquoted value that starts with <c>#</c> (a comment) and a backslash in double quotes
/// (a regular expression that should have been single-quoted).
/// </summary>
internal static class YamlMistakes
{
    // The escapes YAML 1.2 allows after a backslash in a double-quoted scalar.
    private const string YamlEscapes = "0abt\tnvfre \"/\\N_LPxuU\r\n";

    // 'key: #…' inside a flow collection: the comment swallows the rest of the line, closing brackets included.
    private static readonly Regex FlowValueComment = new(
        @"[\{\[,]\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]+(?<value>#[^,\}\]\s]*)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The diagnostic for a syntax error YamlDotNet reported at <paramref name="errorOffset"/>, when it comes from a
    /// mistake this class knows; otherwise <see langword="null"/> (the parser's message is used as it is).
    /// </summary>
    public static SchemaDiagnostic? Explain(string text, LineMap lines, string message, int errorOffset)
    {
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndentation(text, lines) is { } tab)
        {
            return tab;
        }

        if (message.IndexOf("unknown escape", StringComparison.OrdinalIgnoreCase) >= 0 && UnknownEscape(text, lines, errorOffset) is { } escape)
        {
            return escape;
        }

        return CommentInFlow(text, lines, errorOffset);
    }

    /// <summary>
    /// The text after an empty plain value at <paramref name="valueOffset"/> when it is a comment on the same line
    /// (<c>marker: ###</c>), which is what the author meant as the value; otherwise <see langword="null"/>.
    /// </summary>
    public static string? CommentedValue(string text, int valueOffset)
    {
        int i = valueOffset;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '#' || (i > 0 && text[i - 1] is not (' ' or '\t')))
        {
            return null;
        }

        int end = i;
        while (end < text.Length && text[end] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
        {
            end++;
        }

        return text.Substring(i, end - i).TrimEnd();
    }

    // YamlDotNet reports a tab where indentation ends, often a line early or at the start of the file; the
    // tab itself is the thing to change.
    private static SchemaDiagnostic? FirstTabIndentation(string text, LineMap lines)
    {
        for (int line = 1; line <= lines.Count; line++)
        {
            int start = lines.Start(line);
            for (int i = start; i < text.Length && text[i] is ' ' or '\t' or '-'; i++)
            {
                if (text[i] == '\t')
                {
                    return SchemaDiagnostic.Create(DiagnosticCatalog.TabIndentation, lines.Range(i, i + 1), line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return null;
    }

    // YamlDotNet reports the opening quote; the diagnostic covers the quoted string and shows it single-quoted.
    private static SchemaDiagnostic? UnknownEscape(string text, LineMap lines, int quoteOffset)
    {
        if (quoteOffset >= text.Length || text[quoteOffset] != '"')
        {
            return null;
        }

        char? unknown = null;
        int i = quoteOffset + 1;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (unknown is null && YamlEscapes.IndexOf(text[i + 1]) < 0)
                {
                    unknown = text[i + 1];
                }

                i++;
            }
        }

        if (unknown is not { } escape || i >= text.Length)
        {
            return null;
        }

        string content = text.Substring(quoteOffset + 1, i - quoteOffset - 1);
        string singleQuoted = "'" + content.Replace("'", "''") + "'";
        return SchemaDiagnostic.Create(DiagnosticCatalog.UnknownEscape, lines.Range(quoteOffset, i + 1), escape.ToString(), singleQuoted);
    }

    // In a flow mapping ('{ marker: ###, optional: true }') the comment hides the closing brace, and the parser
    // fails lines later; the last such value before the error is the cause.
    private static SchemaDiagnostic? CommentInFlow(string text, LineMap lines, int errorOffset)
    {
        (int errorLine, _) = lines.Position(lines.Clamp(errorOffset));
        for (int line = errorLine; line >= 1; line--)
        {
            int start = lines.Start(line);
            string content = text.Substring(start, lines.End(line, text) - start);
            Match match = FlowValueComment.Match(content);
            if (match.Success)
            {
                Group key = match.Groups["key"];
                return SchemaDiagnostic.Create(
                    DiagnosticCatalog.ValueReadAsComment,
                    lines.Range(start + key.Index, start + key.Index + key.Length),
                    key.Value,
                    match.Groups["value"].Value);
            }
        }

        return null;
    }
}
