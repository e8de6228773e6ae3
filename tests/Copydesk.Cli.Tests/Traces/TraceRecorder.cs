using System.Collections.Generic;
using Copydesk.Interpretation;
using Copydesk.Units;

namespace Copydesk.Cli.Tests.Traces;

/// <summary>Records every event of one parse, in order, for <see cref="TraceReplay"/>.</summary>
internal sealed class TraceRecorder : IParseTrace
{
    private readonly List<TraceEvent> events = new();

    /// <summary>The events so far, in the order the parser reported them.</summary>
    public IReadOnlyList<TraceEvent> Events => events;

    /// <inheritdoc/>
    /// <remarks>The events' indexes are enough to replay the parse over lines the caller already has.</remarks>
    public void Start(IReadOnlyList<TextUnit> units)
    {
    }

    /// <inheritdoc/>
    public void Attempt(int lineIndex, string slot, string expected) =>
        events.Add(new TraceEvent(TraceEventKind.Attempt, lineIndex, slot ?? string.Empty, expected ?? string.Empty));

    /// <inheritdoc/>
    public void Matched(int lineIndex, string slot, string expected) =>
        events.Add(new TraceEvent(TraceEventKind.Matched, lineIndex, slot ?? string.Empty, expected ?? string.Empty));

    /// <inheritdoc/>
    public void Rejected(int lineIndex, string slot, string expected, string reason) =>
        events.Add(new TraceEvent(TraceEventKind.Rejected, lineIndex, slot ?? string.Empty, expected ?? string.Empty, reason ?? string.Empty));

    /// <inheritdoc/>
    public void PartFailed(int startLineIndex, string part, int failedAtLineIndex) =>
        events.Add(new TraceEvent(TraceEventKind.PartFailed, startLineIndex, part ?? string.Empty, string.Empty, null, failedAtLineIndex));
}
