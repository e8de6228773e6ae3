using System;
using System.Collections.Generic;
using System.Globalization;
using Copydesk.Interpretation;
using Copydesk.Units;

namespace Copydesk.Cli.Explain;

/// <summary>
/// Builds an <see cref="Explanation"/> while the parse runs: each event of the trace is applied as it comes and none is
/// kept, so memory follows the article's units and the notes shown, not the number of attempts the parse made.
/// The units (lines, paragraphs or Markdown blocks) are the ones the parse announces in <see cref="Start"/>.
/// Where the parse stopped is its farthest rejection; until the parse ends, the notes of the farthest rejection so far
/// are kept and those of an earlier one dropped.
/// </summary>
public sealed class ExplanationRecorder : IParseTrace
{
    /// <summary>The expectation the interpreter reports for the check that no line is left after the layout (see <see cref="IParseTrace"/>).</summary>
    public const string EndOfArticle = "the end of the article";

    private readonly bool verbose;
    private IReadOnlyList<TextUnit> units = [];
    private int count;
    private Reading[] current = [];
    private ReadLines read = new(0);
    private Reading[] givenBack = [];
    private List<Note>?[] notes = [null];
    private int endCheckAt = -1;
    private int farthestRejection = -1;
    private (int Line, Reading Tried, string Reason)? lastRejection;

    /// <summary>Prepares the account of a parse, which names its units when it starts.</summary>
    /// <param name="verbose">Whether to note every failed attempt on every unit, not only where the parse stopped.</param>
    public ExplanationRecorder(bool verbose)
    {
        this.verbose = verbose;
    }

    /// <summary>The parse starts on <paramref name="units"/>: the account starts afresh with one row per unit.</summary>
    /// <param name="units">The units, in order, which the other calls' indexes refer to.</param>
    public void Start(IReadOnlyList<TextUnit> units)
    {
        this.units = units ?? [];
        count = this.units.Count;
        current = new Reading[count];
        read = new ReadLines(count);
        givenBack = new Reading[count];
        notes = new List<Note>?[count + 1];
        endCheckAt = -1;
        farthestRejection = -1;
        lastRejection = null;
    }

    /// <inheritdoc/>
    public void Attempt(int lineIndex, string slot, string expected)
    {
        if ((slot ?? string.Empty).Length == 0 && expected == EndOfArticle)
        {
            endCheckAt = At(lineIndex);
        }
    }

    /// <inheritdoc/>
    public void Matched(int lineIndex, string slot, string expected)
    {
        int at = At(lineIndex);
        if (at < count)
        {
            current[at] = new Reading(slot ?? string.Empty, expected ?? string.Empty);
            read.Add(at);
        }
    }

    /// <inheritdoc/>
    public void Rejected(int lineIndex, string slot, string expected, string reason)
    {
        int at = At(lineIndex);

        // Worded only when shown: most rejections are of attempts that are never shown.
        var tried = new Reading(slot ?? string.Empty, expected ?? string.Empty);
        reason ??= string.Empty;
        lastRejection = (at, tried, reason);
        if (at > farthestRejection)
        {
            if (!verbose && farthestRejection >= 0)
            {
                // The earlier farthest line is not where the parse stopped after all: only its other notes stay.
                notes[farthestRejection]?.RemoveAll(note => note.Tried is not null);
            }

            farthestRejection = at;
        }

        if (verbose || at == farthestRejection)
        {
            AddNote(at, new Note(tried, reason));
        }
    }

    /// <inheritdoc/>
    public void PartFailed(int startLineIndex, string part, int failedAtLineIndex)
    {
        int at = At(startLineIndex);
        int failedAt = Math.Clamp(failedAtLineIndex, at, count);
        bool gaveBackAny = false;

        // Parsing only moves forward, so every line the part read lies between its start and where it gave up; only
        // the lines read are visited, so a part retried at every line of a long run it failed after costs no more.
        int end = Math.Min(failedAt + 1, count);
        for (int line = read.NextFrom(at); line >= 0 && line < end; line = read.NextFrom(line + 1))
        {
            Reading match = current[line];
            givenBack[line] = match;
            current[line] = default;
            read.Remove(line);
            gaveBackAny = true;
            AddNote(line, new Note($"given back: part {part} read it as {match.Describe()}, then failed at {Where(failedAt)}{(line == at ? Cause(failedAt) : string.Empty)}"));
        }

        if (!gaveBackAny && verbose)
        {
            AddNote(at, new Note($"part {part} failed at {Where(failedAt)}{Cause(failedAt)}"));
        }
    }

    /// <summary>The account of the parse, once it has ended.</summary>
    /// <param name="parseError">The parse error, or <see langword="null"/> when the article parsed.</param>
    /// <param name="issues">The validation issues of the parsed article.</param>
    public Explanation Finish(ArticleIssue? parseError, IReadOnlyList<ArticleIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);

        // The farthest rejection is where the parse error is reported: the line the parse stopped at.
        int stop = parseError is null ? -1 : farthestRejection >= 0 ? farthestRejection : StopByLocation(parseError);

        // A repetition reused from an earlier attempt reads its lines again without events; those lines lie before
        // where the layout ended (the end-of-article check) and their last reading is the one reused.
        int frontier = endCheckAt;
        if (frontier < 0)
        {
            frontier = 0;
            for (int line = count - 1; line >= 0; line--)
            {
                if (current[line].Slot is not null)
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
            if (current[line].Slot is not null)
            {
                fate = LineFate.Read;
                readBy = current[line].Describe();
            }
            else if (line < frontier && givenBack[line].Slot is not null)
            {
                fate = LineFate.Reused;
                readBy = givenBack[line].Describe();
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

            explained[line] = new LineExplanation(line, units[line], fate, readBy, NotesAt(line, stop));
        }

        return new Explanation(
            explained,
            NotesAt(count, stop),
            parseError,
            parseError is null ? issues : Array.Empty<ArticleIssue>(),
            StoppedAtEnd: stop == count);
    }

    private int At(int lineIndex) => Math.Clamp(lineIndex, 0, count);

    // A rejection reads "expected …" where the parse stopped and "tried …" elsewhere (shown elsewhere only when verbose).
    private IReadOnlyList<string> NotesAt(int line, int stop)
    {
        if (notes[line] is not { } list)
        {
            return Array.Empty<string>();
        }

        var texts = new List<string>(list.Count);
        foreach (Note note in list)
        {
            if (note.Tried is not { } tried)
            {
                texts.Add(note.Text);
            }
            else if (line == stop || verbose)
            {
                texts.Add($"{(line == stop ? "expected" : "tried")} {tried.Describe()}: {note.Text}");
            }
        }

        return texts;
    }

    private int StopByLocation(ArticleIssue parseError)
    {
        // No trace (or no rejection in it): place the stop by the error's location.
        for (int line = 0; line < count; line++)
        {
            if (units[line].Span.Line == parseError.Span.Line && units[line].Span.Column == parseError.Span.Column)
            {
                return line;
            }
        }

        return count;
    }

    // Why a part failed at failedAt, when the last rejection was there.
    private string Cause(int failedAt) =>
        lastRejection is { } rejection && rejection.Line == failedAt
            ? $" on {rejection.Tried.Describe()}: {rejection.Reason}"
            : string.Empty;

    private string Where(int index) =>
        index < count
            ? string.Create(CultureInfo.InvariantCulture, $"line {units[index].Span.Line}")
            : "the end of the text";

    private void AddNote(int index, Note note)
    {
        List<Note> list = notes[index] ??= new List<Note>();

        // A slot tried twice at one line (from two enclosing attempts) says the same thing twice.
        if (!list.Contains(note))
        {
            list.Add(note);
        }
    }

    /// <summary>What a slot read: kept per line as the slot and the expectation, worded only when shown.</summary>
    private readonly record struct Reading(string? Slot, string Expected)
    {
        public string Describe() => string.IsNullOrEmpty(Slot) ? Expected : $"{Slot} ({Expected})";
    }

    /// <summary>
    /// A note at a line: a rejection of what a slot <paramref name="Tried"/> for the reason <paramref name="Text"/>,
    /// worded when shown as it depends on whether the parse stopped there, or (with no <paramref name="Tried"/>) a
    /// note worded as it is.
    /// </summary>
    private readonly record struct Note(Reading? Tried, string Text)
    {
        public Note(string text)
            : this(null, text)
        {
        }
    }
}
