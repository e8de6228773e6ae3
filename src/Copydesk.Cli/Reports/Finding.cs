using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Cli.Commands;
using Copydesk.Cli.Input;
using Copydesk.Schema.Diagnostics;

namespace Copydesk.Cli.Reports;

/// <summary>
/// One problem to report in a machine-read format (SARIF, GitHub annotations), whatever found it: an article issue, a
/// schema diagnostic or a file that could not be read.
/// </summary>
/// <param name="Code">The issue code or diagnostic id, such as <c>CD3001</c>.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">The message.</param>
/// <param name="Span">Where in the file, or <see langword="null"/> when the problem is the file as a whole.</param>
public sealed record Finding(string Code, IssueSeverity Severity, string Message, SourceSpan? Span)
{
    /// <summary>An article issue, located in its article.</summary>
    public static Finding From(ArticleIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new Finding(issue.Code, issue.Severity, issue.Message, issue.Span);
    }

    /// <summary>A file that could not be read, located at its first bad byte when there is one.</summary>
    public static Finding From(FileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new Finding(problem.Issue.Code, problem.Issue.Severity, problem.Issue.Message, problem.HasLocation ? problem.Issue.Span : null);
    }

    /// <summary>What to report for an article file: why it could not be read, or its issues.</summary>
    public static IEnumerable<Finding> Of(ArticleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Problem is { } problem ? [From(problem)] : outcome.Issues.Select(From);
    }

    /// <summary>A schema diagnostic, located in its schema file.</summary>
    public static Finding From(SchemaDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var range = diagnostic.Range;
        return new Finding(
            diagnostic.Id,
            ToIssueSeverity(diagnostic.Descriptor.DefaultSeverity),
            diagnostic.Message,
            new SourceSpan(range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, range.StartOffset, range.EndOffset - range.StartOffset));
    }

    /// <summary>The severity scale of article issues for a schema diagnostic's severity.</summary>
    public static IssueSeverity ToIssueSeverity(SchemaSeverity severity) => severity switch
    {
        SchemaSeverity.Error => IssueSeverity.Error,
        SchemaSeverity.Warning => IssueSeverity.Warning,
        _ => IssueSeverity.Info,
    };
}
