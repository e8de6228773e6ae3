namespace Copydesk.Content;

/// <summary>
/// How much of an article the build checks. Checking holds the article and its parse several times over in the
/// compiler's memory, so an article past the cap is reported (<c>CD0004</c>, as the command-line tool reports a file
/// past <c>--max-input-size</c>) instead of read. The front matter has its own limits (<c>CD2022</c>–<c>CD2025</c>),
/// and patterns that need backtracking their time budget (<c>CD2002</c>), exactly as in the command-line tool.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>
    /// The default cap: 8 MiB of UTF-8, hundreds of times a long article, and small enough that a build checking
    /// thousands of articles in parallel never holds more than a few of that size at once.
    /// </summary>
    public const long DefaultMaxArticleBytes = 8L * 1024 * 1024;

    /// <summary>The limits of a build that sets none.</summary>
    public static ContentLimits Default { get; } = new();

    /// <summary>The largest article, in bytes of UTF-8, that is checked; a larger one is <c>CD0004</c>.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;
}
