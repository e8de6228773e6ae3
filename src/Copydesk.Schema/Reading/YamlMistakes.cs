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

        return CommentInFlow(text, lines, errorOffset)
            ?? UnclosedBracket(text, lines, errorOffset)
            ?? MissingColon(text, lines, errorOffset)
            ?? IndentedTooFar(text, lines, errorOffset);
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

    // A '{' or '[' that nothing in the file closes, opened before the parser gave up: flow collections may span
    // lines, so the last such bracket is where the closing one is missing.
    private static SchemaDiagnostic? UnclosedBracket(string text, LineMap lines, int errorOffset)
    {
        var open = new System.Collections.Generic.Stack<int>();
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"' when i == 0 || text[i - 1] is ' ' or '\t' or '{' or '[' or ',' or ':':
                    quote = c;
                    break;
                case '#' when i == 0 || text[i - 1] is ' ' or '\t' or '\n' or '\r':
                    while (i + 1 < text.Length && text[i + 1] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    break;
                case '{' or '[':
                    open.Push(i);
                    break;
                case '}' or ']' when open.Count > 0:
                    if (text[open.Peek()] != (c == '}' ? '{' : '['))
                    {
                        // '[a, b }': the closer of another bracket ends the open one, which is the one missing its closer.
                        return NeverClosed(text, lines, open.Peek());
                    }

                    open.Pop();
                    break;
            }
        }

        while (open.Count > 0 && open.Peek() > errorOffset)
        {
            open.Pop();
        }

        if (open.Count == 0)
        {
            return null;
        }

        return NeverClosed(text, lines, open.Peek());
    }

    private static SchemaDiagnostic NeverClosed(string text, LineMap lines, int at)
    {
        string closer = text[at] == '{' ? "}" : "]";
        return SchemaDiagnostic.Create(
            DiagnosticCatalog.YamlSyntaxError,
            lines.Range(at, at + 1),
            $"this '{text[at]}' is never closed; end it with '{closer}' before the next item (a flow collection may span lines, but must be closed)");
    }

    // 'type Story': a line of a block mapping without the ':' after its key.
    private static SchemaDiagnostic? MissingColon(string text, LineMap lines, int errorOffset)
    {
        (int line, _) = lines.Position(lines.Clamp(errorOffset));
        (int start, string content) = Content(text, lines, line);
        if (content.Length == 0 || content.IndexOf(':') >= 0 || content.IndexOfAny(['{', '[', '"', '\'', '#']) >= 0)
        {
            return null;
        }

        int space = content.IndexOf(' ');
        string key = space < 0 ? content : content.Substring(0, space);
        string value = space < 0 ? "…" : content.Substring(space + 1).Trim();
        return SchemaDiagnostic.Create(
            DiagnosticCatalog.YamlSyntaxError,
            lines.Range(start, start + key.Length),
            $"line {line} has no ':' after its key; write '{key}: {value}'");
    }

    // A line indented deeper than the nearest line above it at its level or less, when that line cannot take it
    // as a child: it already has its value, or its children start at another column.
    private static SchemaDiagnostic? IndentedTooFar(string text, LineMap lines, int errorOffset)
    {
        (int line, _) = lines.Position(lines.Clamp(errorOffset));
        (int start, string content) = Content(text, lines, line);
        int indent = start - lines.Start(line);
        int above = line - 1;
        while (above >= 1 && Content(text, lines, above) is var candidate
            && (candidate.Text.Length == 0 || candidate.Text[0] == '#' || candidate.Start - lines.Start(above) > indent))
        {
            above--;
        }

        if (content.Length == 0 || above < 1)
        {
            return null;
        }

        (int aboveStart, string aboveContent) = Content(text, lines, above);
        int aboveIndent = aboveStart - lines.Start(above);
        int aboveKeyColumn = aboveIndent + (aboveContent.StartsWith("- ", StringComparison.Ordinal) ? 2 : 0);
        bool opensChildren = aboveContent.EndsWith(":", StringComparison.Ordinal);
        // Inside a flow collection opened above, indentation means nothing.
        if (indent <= aboveIndent || (opensChildren && indent > aboveKeyColumn) || aboveContent.IndexOfAny(['{', '[']) >= 0)
        {
            return null;
        }

        int keyEnd = content.IndexOf(':');
        string reason = opensChildren ? "which is neither its level nor deeper than its key" : "which already has its value";
        return SchemaDiagnostic.Create(
            DiagnosticCatalog.YamlSyntaxError,
            lines.Range(start, start + (keyEnd > 0 ? keyEnd : content.Length)),
            $"line {line} is indented deeper than line {above}, {reason}, so it cannot be nested there; indent it like line {above} ({Spaces(aboveIndent)}) to make it a sibling");
    }

    private static string Spaces(int count) => count switch
    {
        0 => "no spaces",
        1 => "1 space",
        _ => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " spaces",
    };

    // Where the text of a line starts (after its indentation) and that text, without a trailing line break.
    private static (int Start, string Text) Content(string text, LineMap lines, int line)
    {
        int start = lines.Start(line);
        int end = lines.End(line, text);
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return (start, text.Substring(start, end - start).TrimEnd());
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
