using System.Collections.Generic;

namespace Copydesk.Cli.Explain;

/// <summary>The line-by-line account of one parse, built by <see cref="ExplanationRecorder"/> as the parse runs and printed by <see cref="Output.ExplainWriter"/>.</summary>
/// <param name="Lines">One entry per non-blank line, in order.</param>
/// <param name="EndNotes">What was tried at the end of the text: the expectations when the parse stopped there, every attempt when verbose.</param>
/// <param name="ParseError">The parse error (CD2001), or <see langword="null"/> when the article parsed.</param>
/// <param name="Issues">The validation issues of the parsed article; empty when it did not parse.</param>
/// <param name="StoppedAtEnd">Whether the parse stopped at the end of the text: it needed a line where none was left.</param>
public sealed record Explanation(
    IReadOnlyList<LineExplanation> Lines,
    IReadOnlyList<string> EndNotes,
    ArticleIssue? ParseError,
    IReadOnlyList<ArticleIssue> Issues,
    bool StoppedAtEnd)
{
    /// <summary>Whether the article parsed.</summary>
    public bool Parsed => ParseError is null;
}
