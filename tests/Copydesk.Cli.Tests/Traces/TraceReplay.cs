using System;
using System.Collections.Generic;
using Copydesk.Cli.Explain;
using Copydesk.Text;
using Copydesk.Units;

namespace Copydesk.Cli.Tests.Traces;

/// <summary>
/// Builds an <see cref="Explanation"/> from a recorded trace, replayed through the <see cref="ExplanationRecorder"/>
/// that <c>copydesk explain</c> attaches to the parse itself: for cases the authored articles do not reach, and to
/// check that the account built as the parse runs is the one the whole trace gives.
/// </summary>
internal static class TraceReplay
{
    /// <summary>A recorder started on the non-blank lines of an article (<c>input: lines</c>), as a parse of it starts one.</summary>
    /// <param name="lines">The article's non-blank lines (<see cref="ArticleText.SplitLines(string)"/>), which the trace's indexes refer to.</param>
    /// <param name="verbose">Whether to note every failed attempt on every line, not only where the parse stopped.</param>
    public static ExplanationRecorder Recorder(IReadOnlyList<TextLine> lines, bool verbose)
    {
        var recorder = new ExplanationRecorder(verbose);
        recorder.Start(Array.ConvertAll([.. lines], line => new TextUnit(UnitKind.Line, line.Text, line.Span, 0)));
        return recorder;
    }

    /// <summary>Builds the explanation of a parse of non-blank lines (<c>input: lines</c>) from a recorded trace.</summary>
    /// <param name="lines">The article's non-blank lines, which the trace's indexes refer to.</param>
    /// <param name="events">The trace, in order.</param>
    /// <param name="parseError">The parse error, or <see langword="null"/> when the article parsed.</param>
    /// <param name="issues">The validation issues of the parsed article.</param>
    /// <param name="verbose">Whether to note every failed attempt on every line, not only where the parse stopped.</param>
    public static Explanation Build(
        IReadOnlyList<TextLine> lines,
        IReadOnlyList<TraceEvent> events,
        ArticleIssue? parseError,
        IReadOnlyList<ArticleIssue> issues,
        bool verbose)
    {
        ExplanationRecorder recorder = Recorder(lines, verbose);
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
