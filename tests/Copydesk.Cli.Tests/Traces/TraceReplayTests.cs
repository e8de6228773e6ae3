using System;
using Copydesk.Cli.Explain;
using Copydesk.Text;
using Xunit;

namespace Copydesk.Cli.Tests.Traces;

/// <summary>Replaying traces: cases the authored articles do not reach.</summary>
public sealed class TraceReplayTests
{
    private static readonly TextLine[] Lines = ArticleText.SplitLines("Title\nOne.\nTwo.\nEnd\n");

    [Fact]
    public void Lines_a_repetition_reuses_without_events_count_as_read_by_their_last_reader()
    {
        TraceEvent[] events =
        [
            new(TraceEventKind.Matched, 0, "title", "label"),
            new(TraceEventKind.Matched, 1, "Part.items", "sentence"),
            new(TraceEventKind.Matched, 2, "Part.items", "sentence"),
            new(TraceEventKind.Rejected, 3, "Part.end", "marker \"X\"", "is not marker \"X\""),
            new(TraceEventKind.PartFailed, 1, "Part", string.Empty, FailedAt: 3),
            new(TraceEventKind.Matched, 3, "end", "label"),
            new(TraceEventKind.Attempt, 4, "", ExplanationRecorder.EndOfArticle),
            new(TraceEventKind.Matched, 4, "", ExplanationRecorder.EndOfArticle),
        ];

        Explanation explanation = TraceReplay.Build(Lines, events, parseError: null, [], verbose: false);

        Assert.Equal([LineFate.Read, LineFate.Reused, LineFate.Reused, LineFate.Read], Array.ConvertAll([.. explanation.Lines], line => line.Fate));
        Assert.Equal("Part.items (sentence)", explanation.Lines[1].ReadBy);
        Assert.Equal(
            "given back: part Part read it as Part.items (sentence), then failed at line 4 on Part.end (marker \"X\"): is not marker \"X\"",
            Assert.Single(explanation.Lines[1].Notes));
        Assert.Equal("given back: part Part read it as Part.items (sentence), then failed at line 4", Assert.Single(explanation.Lines[2].Notes));
        Assert.True(explanation.Parsed);
        Assert.Empty(explanation.EndNotes);
    }

    [Fact]
    public void Without_a_trace_the_stop_is_placed_by_the_error_location()
    {
        var error = new ArticleIssue(IssueCodes.ParseError, IssueSeverity.Error, "x", "m", Lines[2].Span);

        Explanation explanation = TraceReplay.Build(Lines, [], error, [], verbose: false);

        Assert.Equal([LineFate.NotRead, LineFate.NotRead, LineFate.Stopped, LineFate.NotReached], Array.ConvertAll([.. explanation.Lines], line => line.Fate));
    }

    [Fact]
    public void Repeated_identical_notes_are_shown_once()
    {
        TraceEvent rejection = new(TraceEventKind.Rejected, 1, "a", "label", "is a sentence");

        Explanation explanation = TraceReplay.Build(Lines, [rejection, rejection], parseError: null, [], verbose: true);

        Assert.Equal(["tried a (label): is a sentence"], explanation.Lines[1].Notes);
    }
}
