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

        var issues = new Pipeline.ContentIssue[result.Issues.Count];
        for (int i = 0; i < issues.Length; i++)
        {
            Content.ContentIssue issue = result.Issues[i];
            issues[i] = new Pipeline.ContentIssue(
                issue.Code,
                issue.Severity switch
                {
                    IssueSeverity.Error => SchemaSeverity.Error,
                    IssueSeverity.Warning => SchemaSeverity.Warning,
                    _ => SchemaSeverity.Info,
                },
                issue.Message,
                new TextRange(issue.StartLine, issue.StartColumn, issue.EndLine, issue.EndColumn, issue.Offset, issue.Offset + issue.Length),
                issue.HelpLink);
        }

        return new EquatableArray<Pipeline.ContentIssue>(issues);
    }
}
