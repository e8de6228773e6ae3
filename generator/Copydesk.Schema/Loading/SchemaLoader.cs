using System;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Loading;

/// <summary>
/// Loads a <c>*.schema.yaml</c> file into an <see cref="ArticleSchema"/>, checking it on the way. Used by the
/// source generator and the run-time interpreter alike, so both see the same model and the same diagnostics.
/// </summary>
public static class SchemaLoader
{
    /// <summary>
    /// Parses and checks <paramref name="yamlText"/>. Never throws for any input: every problem, including a bug
    /// in the loader itself (CD1099), is a located diagnostic. Work is linear in the size of the text; aliases
    /// and nesting deeper than 64 levels are rejected.
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
            YamlNode? root = YamlTreeReader.Read(yamlText ?? string.Empty, context.Diagnostics, cancellationToken);
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

        return new SchemaLoadResult(context.Diagnostics.HasErrors ? null : schema, context.Diagnostics.ToSortedArray());
    }
}
