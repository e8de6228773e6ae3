using System;

namespace Copydesk.Content;

/// <summary>
/// One issue of an article checked in the build: what <c>copydesk validate</c> reports for it, located in the article
/// file. A plain value with value equality and no compiler types, so a build pipeline can cache it.
/// </summary>
/// <param name="Code">The stable code, such as <c>CD3001</c> (<c>docs/issues.md</c>) or <c>CD0002</c> (<c>docs/cli.md</c>).</param>
/// <param name="Severity">How serious the issue is, before any configuration of the build changes it.</param>
/// <param name="Message">What is wrong, in a sentence, exactly as the command-line tool words it.</param>
/// <param name="Path">Index-aware path of the offending value inside the article, such as <c>body[1].text</c>; empty for the article itself.</param>
/// <param name="StartLine">The 1-based line where the offending text starts.</param>
/// <param name="StartColumn">The 1-based column (UTF-16 code units) where it starts.</param>
/// <param name="EndLine">The 1-based line where it ends.</param>
/// <param name="EndColumn">The 1-based column just after its end.</param>
/// <param name="Offset">The 0-based offset (UTF-16 code units) of its first character in the article's text.</param>
/// <param name="Length">Its length in UTF-16 code units, so a host can mark the offending text without scanning the article.</param>
/// <param name="HelpLink">The documentation section of <paramref name="Code"/>.</param>
public sealed record ContentIssue(
    string Code,
    IssueSeverity Severity,
    string Message,
    string Path,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    int Offset,
    int Length,
    string HelpLink)
{
    /// <summary>Formats the issue the way MSBuild prints compiler messages: <c>file(line,col): severity CODE: message</c>.</summary>
    /// <param name="file">The article file.</param>
    public string ToString(string file) =>
        $"{file}({StartLine},{StartColumn}): {Severity.ToName()} {Code}: {Message}";

    /// <summary>Formats the issue without the file name.</summary>
    public override string ToString() => ToString(string.Empty);

    internal static ContentIssue From(ArticleIssue issue)
    {
        if (issue is null)
        {
            throw new ArgumentNullException(nameof(issue));
        }

        SourceSpan span = issue.Span;
        return new ContentIssue(
            issue.Code,
            issue.Severity,
            issue.Message,
            issue.Path,
            span.Line,
            span.Column,
            span.EndLine,
            span.EndColumn,
            span.Offset,
            span.Length,
            Copydesk.Schema.Diagnostics.HelpLinks.ForIssue(issue.Code));
    }
}
