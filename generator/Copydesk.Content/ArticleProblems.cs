using System;
using Copydesk.Text;

namespace Copydesk.Content;

/// <summary>The issues of an article that could not be read or checked, worded as the command-line tool words its file problems.</summary>
internal static class ArticleProblems
{
    private static readonly SourceSpan FileStart = new(1, 1, 1, 1, 0, 0);

    /// <summary><c>CD0004</c>: the article is larger than the cap, so it is not read.</summary>
    public static ArticleIssue TooLarge(long maxBytes) => new(
        "CD0004",
        IssueSeverity.Error,
        string.Empty,
        $"cannot read the file: it is larger than the article size cap of {ByteSizes.Describe(maxBytes)} for articles checked in the build.",
        FileStart);

    /// <summary><see cref="ContentIssueCodes.CheckFailed"/>: a bug made checking throw.</summary>
    public static ArticleIssue InternalError(Exception exception) => new(
        ContentIssueCodes.CheckFailed,
        IssueSeverity.Error,
        string.Empty,
        $"Copydesk could not check this article because of an internal error: {exception.GetType().FullName}: {exception.Message}",
        FileStart);
}
