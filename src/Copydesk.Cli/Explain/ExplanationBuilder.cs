using System;
using System.Collections.Generic;

namespace Copydesk.Cli.Explain;

/// <summary>
/// Tells, for each unit of an article (line, paragraph or Markdown block), which slot read it, which parts read it and
/// gave it back, and, where the parse stopped, what every slot expected there and why the unit did not fit: from a
/// recorded trace, replayed through the <see cref="ExplanationRecorder"/> that <c>copydesk explain</c> attaches to the
/// parse itself.
/// </summary>
public static class ExplanationBuilder
{
    /// <summary>The expectation the interpreter reports for the check that no line is left after the layout.</summary>
    public const string EndOfArticle = "the end of the article";

    /// <summary>Builds the explanation of a parse of non-blank lines (<c>input: lines</c>) from a recorded trace.</summary>
    /// <param name="lines">The article's non-blank lines (<see cref="Copydesk.Text.ArticleText.SplitLines(string)"/>), which the trace's indexes refer to.</param>
    /// <param name="events">The trace, in order.</param>
    /// <param name="parseError">The parse error, or <see langword="null"/> when the article parsed.</param>
    /// <param name="issues">The validation issues of the parsed article.</param>
    /// <param name="verbose">Whether to note every failed attempt on every line, not only where the parse stopped.</param>
    public static Explanation Build(
        IReadOnlyList<TextLine> lines,
        IReadOnlyList<TraceEvent> events,
        ArticleIssue? parseError,
        IReadOnlyList<ArticleIssue> issues,
        bool verbose) =>
        Replay(new ExplanationRecorder(lines, verbose), events, parseError, issues);

    private static Explanation Replay(ExplanationRecorder recorder, IReadOnlyList<TraceEvent> events, ArticleIssue? parseError, IReadOnlyList<ArticleIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (TraceEvent e in events)
        {
            switch (e.Kind)
            {
                case TraceEventKind.Attempt:
                    recorder.Attempt(e.LineIndex, e.Slot, e.Expected);
                    break;
                case TraceEventKind.Matched:
                    recorder.Matched(e.LineIndex, e.Slot, e.Expected);
                    break;
                case TraceEventKind.Rejected:
                    recorder.Rejected(e.LineIndex, e.Slot, e.Expected, e.Reason ?? string.Empty);
                    break;
                case TraceEventKind.PartFailed:
                    recorder.PartFailed(e.LineIndex, e.Slot, e.FailedAt);
                    break;
            }
        }

        return recorder.Finish(parseError, issues);
    }
}
