namespace Copydesk.Cli.Tests.Traces;

/// <summary>What happened in a <see cref="TraceEvent"/>.</summary>
internal enum TraceEventKind
{
    /// <summary>A slot started trying a line.</summary>
    Attempt,

    /// <summary>A slot read a line.</summary>
    Matched,

    /// <summary>A line did not fit a slot.</summary>
    Rejected,

    /// <summary>A part did not match all its slots and gave its lines back.</summary>
    PartFailed,
}

/// <summary>One event of a parse trace, as <see cref="Copydesk.Interpretation.IParseTrace"/> reported it.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="LineIndex">The line (index among non-blank lines; the line count means the end of the text). For <see cref="TraceEventKind.PartFailed"/>, where the part started.</param>
/// <param name="Slot">The slot, such as <c>Quote.text</c>; for <see cref="TraceEventKind.PartFailed"/>, the part.</param>
/// <param name="Expected">What the slot reads; empty for <see cref="TraceEventKind.PartFailed"/>.</param>
/// <param name="Reason">Why a line was rejected; <see langword="null"/> otherwise.</param>
/// <param name="FailedAt">For <see cref="TraceEventKind.PartFailed"/>, the line at which the part gave up; otherwise -1.</param>
internal sealed record TraceEvent(TraceEventKind Kind, int LineIndex, string Slot, string Expected, string? Reason = null, int FailedAt = -1);
