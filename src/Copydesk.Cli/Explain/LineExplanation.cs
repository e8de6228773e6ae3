using System.Collections.Generic;
using Copydesk.Units;

namespace Copydesk.Cli.Explain;

/// <summary>How the parse treated one line in the end.</summary>
public enum LineFate
{
    /// <summary>A slot read the line and kept it.</summary>
    Read,

    /// <summary>A repetition read the line in an earlier attempt, and a later attempt reused that reading without new events.</summary>
    Reused,

    /// <summary>The parse went past the line without keeping it (a part read it, then failed and gave it back).</summary>
    NotRead,

    /// <summary>The parse stopped at this line: nothing could read it.</summary>
    Stopped,

    /// <summary>The parse stopped before this line.</summary>
    NotReached,
}

/// <summary>What the parse did with one unit of an article: a non-blank line, a paragraph or a Markdown block.</summary>
/// <param name="Index">The index among the units the parse read.</param>
/// <param name="Unit">The unit: kind, text and location.</param>
/// <param name="Fate">How the unit was treated in the end.</param>
/// <param name="ReadBy">The slot that read the unit, <c>slot (expected)</c>, or <see langword="null"/>.</param>
/// <param name="Notes">What else happened at the unit, in the order it happened: parts that gave it back, and the expectations that failed on it.</param>
public sealed record LineExplanation(int Index, TextUnit Unit, LineFate Fate, string? ReadBy, IReadOnlyList<string> Notes)
{
    /// <summary>The unit as a line: its text and location.</summary>
    public TextLine Line => Unit.ToTextLine();
}
