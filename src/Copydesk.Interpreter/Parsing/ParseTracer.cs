using Copydesk.Parsing;
using Copydesk.Text;
using Copydesk.Units;

namespace Copydesk.Interpretation.Parsing;

/// <summary>
/// Reports a parse to an <see cref="IParseTrace"/>, putting into words why a line did not fit. Only built when a
/// trace is given, so an untraced parse pays nothing for the wording.
/// </summary>
internal sealed class ParseTracer
{
    private const string EndOfArticle = "end of the article";

    private readonly IParseTrace trace;
    private readonly TextUnit[] lines;
    private readonly Marker[] markers;

    public ParseTracer(IParseTrace trace, TextUnit[] lines, Marker[] markers)
    {
        this.trace = trace;
        this.lines = lines;
        this.markers = markers;
        trace.Start(lines);
    }

    public void Attempt(int position, Expectation expectation) => trace.Attempt(position, expectation.Slot, expectation.What);

    public void Matched(int position, Expectation expectation) => trace.Matched(position, expectation.Slot, expectation.What);

    /// <summary>A line slot or line case did not read the line at <paramref name="position"/>.</summary>
    public void LineRejected(int position, Expectation expectation, Binding.LineTest test, Marker[] yieldsTo)
    {
        string reason = position >= lines.Length
            ? EndOfArticle
            : ReservingMarker(lines[position].Text, yieldsTo) is { } marker
                ? "reserved for marker \"" + marker.Text + "\""
                : test.Rejection;
        trace.Rejected(position, expectation.Slot, expectation.What, reason);
    }

    /// <summary>A marker slot or <c>after:</c> did not find its marker at <paramref name="position"/>.</summary>
    public void MarkerRejected(int position, Expectation expectation, Marker marker)
    {
        string reason = position >= lines.Length ? EndOfArticle : "is not marker \"" + marker.Text + "\"";
        trace.Rejected(position, expectation.Slot, expectation.What, reason);
    }

    public void PartFailed(int start, string part, int failedAt) => trace.PartFailed(start, part, failedAt);

    /// <summary>The layout ended at <paramref name="end"/>: every line read, or lines left over.</summary>
    public void Finish(int end)
    {
        Expectation expected = Expectation.EndOfArticle;
        trace.Attempt(end, expected.Slot, expected.What);
        if (end >= lines.Length)
        {
            trace.Matched(end, expected.Slot, expected.What);
        }
        else
        {
            trace.Rejected(end, expected.Slot, expected.What, "is left over after the layout");
        }
    }

    // The first marker of the schema the line matches that is reserved everywhere or yielded to: the one that reserves it.
    private Marker? ReservingMarker(string text, Marker[] yieldsTo)
    {
        foreach (Marker marker in markers)
        {
            if ((marker.ReservedEverywhere || System.Array.IndexOf(yieldsTo, marker) >= 0) && marker.Matches(text))
            {
                return marker;
            }
        }

        return null;
    }
}
