using System.Collections.Generic;
using System.Linq;
using System.Text;
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
    public EquatableArray<Pipeline.ContentIssue> Check(object schema, string articlePath, string articleText, Encoding? fallbackEncoding, CancellationToken cancellationToken)
    {
        var contentSchema = (ContentSchema)schema;

        // Every character is at least one byte, so a text longer than the cap is CD0004 either way: no bytes are made for it.
        if (fallbackEncoding is null || articleText.Length > ContentLimits.DefaultMaxArticleBytes)
        {
            return Convert(ContentChecker.Check(contentSchema, articlePath, articleText).Issues, moved: null);
        }

        // The fallback gives every byte back: the engine checks the file's bytes as the tool does, and its issues'
        // offsets, in the text the tool reads in them, move to the text the compiler holds.
        byte[] bytes = fallbackEncoding.GetBytes(articleText);
        EquatableArray<Content.ContentIssue> issues = ContentChecker.Check(contentSchema, articlePath, bytes).Issues;
        return Convert(issues, FallbackTextOffsets.Map(bytes, fallbackEncoding, issues.SelectMany(issue => new[] { issue.Offset, issue.Offset + issue.Length })));
    }

    private static EquatableArray<Pipeline.ContentIssue> Convert(EquatableArray<Content.ContentIssue> found, IReadOnlyDictionary<int, int>? moved)
    {
        if (found.Count == 0)
        {
            return EquatableArray<Pipeline.ContentIssue>.Empty;
        }

        var issues = new Pipeline.ContentIssue[found.Count];
        for (int i = 0; i < issues.Length; i++)
        {
            Content.ContentIssue issue = found[i];
            int start = issue.Offset;
            int end = issue.Offset + issue.Length;
            issues[i] = new Pipeline.ContentIssue(
                issue.Code,
                issue.Severity switch
                {
                    IssueSeverity.Error => SchemaSeverity.Error,
                    IssueSeverity.Warning => SchemaSeverity.Warning,
                    _ => SchemaSeverity.Info,
                },
                issue.Message,
                new TextRange(issue.StartLine, issue.StartColumn, issue.EndLine, issue.EndColumn, moved is null ? start : moved[start], moved is null ? end : moved[end]),
                issue.HelpLink);
        }

        return new EquatableArray<Pipeline.ContentIssue>(issues);
    }
}
