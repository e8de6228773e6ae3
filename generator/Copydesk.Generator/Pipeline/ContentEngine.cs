using System.Collections.Generic;
using System.Threading;
using Copydesk.Content;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// The content engine of the build: Copydesk.Content, which parses and validates an article with the same source the
/// command-line tool runs, so the build and <c>copydesk validate</c> report the same issues for the same article.
/// </summary>
internal sealed class ContentEngine : IContentChecker
{
    /// <summary>The engine; it holds no state.</summary>
    public static readonly ContentEngine Instance = new();

    private ContentEngine()
    {
    }

    /// <inheritdoc/>
    public object? Load(string schemaPath, SchemaLoadResult loaded, CancellationToken cancellationToken)
    {
        ContentSchema schema = ContentSchema.Create(schemaPath, loaded);
        return schema.IsUsable ? schema : null;
    }

    /// <inheritdoc/>
    public EquatableArray<Pipeline.ContentIssue> Check(object schema, string articlePath, string articleText, byte[]? undecodedBytes, CancellationToken cancellationToken)
    {
        var contentSchema = (ContentSchema)schema;
        ContentCheckResult result = undecodedBytes is null
            ? ContentChecker.Check(contentSchema, articlePath, articleText)
            : ContentChecker.Check(contentSchema, articlePath, undecodedBytes);
        if (result.Issues.Count == 0)
        {
            return EquatableArray<Pipeline.ContentIssue>.Empty;
        }

        int[] lineStarts = LineStarts(articleText);
        var issues = new Pipeline.ContentIssue[result.Issues.Count];
        for (int i = 0; i < issues.Length; i++)
        {
            Content.ContentIssue issue = result.Issues[i];
            int start = Offset(lineStarts, articleText.Length, issue.StartLine, issue.StartColumn);
            int end = System.Math.Max(start, Offset(lineStarts, articleText.Length, issue.EndLine, issue.EndColumn));
            issues[i] = new Pipeline.ContentIssue(
                issue.Code,
                issue.Severity switch
                {
                    IssueSeverity.Error => SchemaSeverity.Error,
                    IssueSeverity.Warning => SchemaSeverity.Warning,
                    _ => SchemaSeverity.Info,
                },
                issue.Message,
                new TextRange(issue.StartLine, issue.StartColumn, issue.EndLine, issue.EndColumn, start, end),
                issue.HelpLink);
        }

        return new EquatableArray<Pipeline.ContentIssue>(issues);
    }

    // Issues carry lines and columns; the compiler's location wants the offsets too, so the IDE can underline the text.
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static int Offset(int[] lineStarts, int length, int line, int column)
    {
        int index = System.Math.Min(System.Math.Max(line, 1), lineStarts.Length) - 1;
        return System.Math.Min(length, lineStarts[index] + System.Math.Max(column, 1) - 1);
    }
}
