using System.Collections.Generic;
using Copydesk.Interpretation;
using Copydesk.Units;

namespace Copydesk.Interpreter.Tests;

/// <summary>Counts the lines a parse tries to read: its work, counted instead of timed.</summary>
internal sealed class AttemptCounter : IParseTrace
{
    /// <summary>How many times a slot tried to read a line.</summary>
    public long Attempts { get; private set; }

    public void Start(IReadOnlyList<TextUnit> units)
    {
    }

    public void Attempt(int lineIndex, string slot, string expected) => Attempts++;

    public void Matched(int lineIndex, string slot, string expected)
    {
    }

    public void Rejected(int lineIndex, string slot, string expected, string reason)
    {
    }

    public void PartFailed(int startLineIndex, string part, int failedAtLineIndex)
    {
    }
}
