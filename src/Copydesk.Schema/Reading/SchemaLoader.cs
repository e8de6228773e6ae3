using System;
using System.Globalization;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Loads a <c>*.schema.yaml</c> file into an <see cref="ArticleSchema"/>, checking it on the way. Used by the
/// source generator and the run-time interpreter alike, so both see the same model and the same diagnostics.
/// </summary>
public static class SchemaLoader
{
    /// <summary>
    /// The longest schema file read, in UTF-16 code units (4 MiB; the reference schema is about 3 KB). Longer
    /// files are CD1019 without being parsed, so a runaway or hostile file costs nothing in the build.
    /// </summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>
    /// Parses and checks <paramref name="yamlText"/>. Never throws for any input: every problem, including a bug
    /// in the loader itself (CD1099), is a located diagnostic. Work is linear in the size of the text; aliases are
    /// rejected (CD1004), and so are files over <see cref="MaxLength"/>, nesting deeper than 64 levels and patterns
    /// nesting groups deeper than 100 (CD1019); text holding U+FFFD, the mark of a file that is not UTF-8, is CD1041
    /// without being parsed. Lines and columns count line breaks as the compiler does
    /// (CR, LF, CR LF, U+0085, U+2028, U+2029), columns in UTF-16 code units.
    /// </summary>
    /// <param name="yamlText">The schema file's text.</param>
    /// <param name="cancellationToken">Cancels the load; then <see cref="OperationCanceledException"/> is thrown, as the compiler expects.</param>
    /// <returns>
    /// The model, or <see langword="null"/> when a diagnostic of error severity was reported; and every
    /// diagnostic, ordered by position in the file.
    /// </returns>
    public static SchemaLoadResult Load(string yamlText, CancellationToken cancellationToken = default)
    {
        var context = new LoadContext(cancellationToken);
        ArticleSchema? schema = null;
        try
        {
            yamlText ??= string.Empty;
            YamlNode? root = null;
            if (yamlText.Length > MaxLength)
            {
                context.Diagnostics.Add(
                    DiagnosticCatalog.LimitExceeded,
                    TextRange.FileStart,
                    string.Format(CultureInfo.InvariantCulture, "the file has {0:N0} characters; a schema may have at most {1:N0}", yamlText.Length, MaxLength));
            }
            else if (yamlText.IndexOf(ReplacementCharacter) is var replaced and >= 0)
            {
                // The compiler reads a file that is not UTF-8 with U+FFFD for the bytes it cannot decode, and the
                // command-line tool refuses it: refusing U+FFFD here makes both accept and reject the same bytes.
                TextRange at = RangeOfCharacter(yamlText, replaced);
                context.Diagnostics.Add(
                    DiagnosticCatalog.NotUtf8,
                    at,
                    string.Format(CultureInfo.InvariantCulture, "line {0}, column {1} holds U+FFFD, the replacement character that stands for bytes that are not UTF-8", at.StartLine, at.StartColumn));
            }
            else
            {
                root = YamlTreeReader.Read(yamlText, context.Diagnostics, cancellationToken);
            }

            if (root is not null)
            {
                schema = new ArticleReader(context).Read(root);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A crash in a source generator fails the whole build (CS8785); a diagnostic names the bug instead.
            context.Diagnostics.Add(DiagnosticCatalog.InternalError, TextRange.FileStart, $"{exception.GetType().FullName}: {exception.Message}");
            schema = null;
        }

        return new SchemaLoadResult(context.Diagnostics.HasErrors ? null : schema, context.Diagnostics.ToSortedArray())
        {
            TypeName = schema?.TypeName is { Length: > 0 } type && Identifiers.CheckTypeName(type) is null ? type : null,
            Namespace = schema?.Namespace is { } ns && Identifiers.CheckNamespace(ns) is null ? ns : null,
        };
    }

    private const char ReplacementCharacter = '\uFFFD';

    // Line breaks counted as the compiler counts them (CR, LF, CR LF, U+0085, U+2028, U+2029).
    private static TextRange RangeOfCharacter(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = offset - lineStart + 1;
        return new TextRange(line, column, line, column + 1, offset, offset + 1);
    }
}
