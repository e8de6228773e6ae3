using System;
using System.Collections.Generic;
using System.Globalization;
using Copydesk.Units;

namespace Copydesk.Cli.Explain;

/// <summary>
/// Replays a parse trace over the lines of an article to tell, for each line, which slot read it, which parts read it
/// and gave it back, and, where the parse stopped, what every slot expected there and why the line did not fit.
/// </summary>
public static class ExplanationBuilder
{
    /// <summary>The expectation the interpreter reports for the check that no line is left after the layout.</summary>
    public const string EndOfArticle = "the end of the article";

    /// <summary>Builds the explanation of a parse of non-blank lines (<c>input: lines</c>).</summary>
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
        bool verbose)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var units = new TextUnit[lines.Count];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = new TextUnit(UnitKind.Line, lines[i].Text, lines[i].Span, 0);
        }

        return Build(units, events, parseError, issues, verbose);
    }

    /// <summary>Builds the explanation.</summary>
    /// <param name="lines">The units the parse read (<see cref="TraceRecorder.Units"/>), which the trace's indexes refer to: lines, paragraphs or Markdown blocks.</param>
    /// <param name="events">The trace, in order.</param>
    /// <param name="parseError">The parse error, or <see langword="null"/> when the article parsed.</param>
    /// <param name="issues">The validation issues of the parsed article.</param>
    /// <param name="verbose">Whether to note every failed attempt on every unit, not only where the parse stopped.</param>
    public static Explanation Build(
        IReadOnlyList<TextUnit> lines,
        IReadOnlyList<TraceEvent> events,
        ArticleIssue? parseError,
        IReadOnlyList<ArticleIssue> issues,
        bool verbose)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(issues);
        int count = lines.Count;

        // The farthest rejection is where the parse error is reported: the line the parse stopped at.
        int stop = parseError is null ? -1 : FindStop(lines, events, parseError);

        var current = new TraceEvent?[count];
        var givenBack = new TraceEvent?[count];
        var notes = new List<string>?[count + 1];
        int endCheckAt = -1;
        TraceEvent? lastRejection = null;

        foreach (TraceEvent e in events)
        {
            int at = Math.Clamp(e.LineIndex, 0, count);
            switch (e.Kind)
            {
                case TraceEventKind.Attempt when e.Slot.Length == 0 && e.Expected == EndOfArticle:
                    endCheckAt = at;
                    break;

                case TraceEventKind.Matched when at < count:
                    current[at] = e;
                    break;

                case TraceEventKind.Rejected:
                    lastRejection = e;
                    if (verbose || at == stop)
                    {
                        Note(notes, at, at == stop ? $"expected {e.Describe()}: {e.Reason}" : $"tried {e.Describe()}: {e.Reason}");
                    }

                    break;

                case TraceEventKind.PartFailed:
                    int failedAt = Math.Clamp(e.FailedAt, at, count);
                    string cause = lastRejection is { } rejection && Math.Clamp(rejection.LineIndex, 0, count) == failedAt
                        ? $" on {rejection.Describe()}: {rejection.Reason}"
                        : string.Empty;
                    bool gaveBackAny = false;

                    // Parsing only moves forward, so every line the part read lies between its start and where it gave up.
                    for (int line = at; line < Math.Min(failedAt + 1, count); line++)
                    {
                        if (current[line] is { } match)
                        {
                            givenBack[line] = match;
                            current[line] = null;
                            gaveBackAny = true;
                            Note(notes, line, $"given back: part {e.Slot} read it as {match.Describe()}, then failed at {Where(lines, failedAt)}{(line == at ? cause : string.Empty)}");
                        }
                    }

                    if (!gaveBackAny && verbose)
                    {
                        Note(notes, at, $"part {e.Slot} failed at {Where(lines, failedAt)}{cause}");
                    }

                    break;
            }
        }

        // A repetition reused from an earlier attempt reads its lines again without events; those lines lie before
        // where the layout ended (the end-of-article check) and their last reading is the one reused.
        int frontier = endCheckAt;
        if (frontier < 0)
        {
            frontier = 0;
            for (int line = count - 1; line >= 0; line--)
            {
                if (current[line] is not null)
                {
                    frontier = line + 1;
                    break;
                }
            }
        }

        var explained = new LineExplanation[count];
        for (int line = 0; line < count; line++)
        {
            LineFate fate;
            string? readBy = null;
            if (current[line] is { } match)
            {
                fate = LineFate.Read;
                readBy = match.Describe();
            }
            else if (line < frontier && givenBack[line] is { } reused)
            {
                fate = LineFate.Reused;
                readBy = reused.Describe();
            }
            else if (line == stop)
            {
                fate = LineFate.Stopped;
            }
            else if (stop >= 0 && line > stop)
            {
                fate = LineFate.NotReached;
            }
            else
            {
                fate = LineFate.NotRead;
            }

            explained[line] = new LineExplanation(line, lines[line], fate, readBy, (IReadOnlyList<string>?)notes[line] ?? Array.Empty<string>());
        }

        return new Explanation(
            explained,
            (IReadOnlyList<string>?)notes[count] ?? Array.Empty<string>(),
            parseError,
            parseError is null ? issues : Array.Empty<ArticleIssue>(),
            StoppedAtEnd: stop == count);
    }

    private static int FindStop(IReadOnlyList<TextUnit> lines, IReadOnlyList<TraceEvent> events, ArticleIssue parseError)
    {
        int farthest = -1;
        foreach (TraceEvent e in events)
        {
            if (e.Kind == TraceEventKind.Rejected)
            {
                farthest = Math.Max(farthest, Math.Clamp(e.LineIndex, 0, lines.Count));
            }
        }

        if (farthest >= 0)
        {
            return farthest;
        }

        // No trace (or no rejection in it): place the stop by the error's location.
        for (int line = 0; line < lines.Count; line++)
        {
            if (lines[line].Span.Line == parseError.Span.Line && lines[line].Span.Column == parseError.Span.Column)
            {
                return line;
            }
        }

        return lines.Count;
    }

    private static string Where(IReadOnlyList<TextUnit> lines, int index) =>
        index < lines.Count
            ? string.Create(CultureInfo.InvariantCulture, $"line {lines[index].Span.Line}")
            : "the end of the text";

    private static void Note(List<string>?[] notes, int index, string note)
    {
        List<string> list = notes[index] ??= new List<string>();

        // A slot tried twice at one line (from two enclosing attempts) says the same thing twice.
        if (!list.Contains(note))
        {
            list.Add(note);
        }
    }
}
