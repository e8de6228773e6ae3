namespace Copydesk.Content;

/// <summary>
/// Issue codes that only the build reports, for problems no run of the command-line tool can meet. Every other issue
/// of an article checked in the build carries the code the tool reports (<see cref="IssueCodes"/>, and <c>CD0002</c>
/// and <c>CD0004</c> for a file that is not UTF-8 text or is too large). Documented in <c>docs/issues.md</c>.
/// </summary>
public static class ContentIssueCodes
{
    /// <summary>
    /// CD2040: checking the article failed with an unexpected exception, a bug in Copydesk. The build reports it on
    /// the article, with the exception's type and message, instead of failing the compilation.
    /// </summary>
    public const string CheckFailed = "CD2040";
}
