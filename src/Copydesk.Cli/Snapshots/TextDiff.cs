using System;
using System.Collections.Generic;
using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Copydesk.Cli.Snapshots;

/// <summary>
/// A line diff for people, in the unified style of <c>git diff</c>: <c>-</c> for an expected line that is not there,
/// <c>+</c> for an actual line that was not expected, a few unchanged lines around each change, and <c>@@</c> headers with
/// the line numbers of the expected file. The diffing itself is DiffPlex's.
/// </summary>
public static class TextDiff
{
    /// <summary>Unchanged lines shown before and after each change.</summary>
    public const int Context = 2;

    /// <summary>The lines of the diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when they are equal.</summary>
    public static IReadOnlyList<string> Lines(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        DiffPaneModel model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false, ignoreCase: false);
        List<DiffPiece> pieces = model.Lines;
        var shown = new bool[pieces.Count];
        bool changed = false;
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                changed = true;
                for (int j = Math.Max(0, i - Context); j <= Math.Min(pieces.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }

        var lines = new List<string>();
        if (!changed)
        {
            return lines;
        }

        int expectedLine = 0;
        bool inHunk = false;
        for (int i = 0; i < pieces.Count; i++)
        {
            DiffPiece piece = pieces[i];
            bool fromExpected = piece.Type is ChangeType.Unchanged or ChangeType.Deleted;
            if (fromExpected)
            {
                expectedLine++;
            }

            if (!shown[i])
            {
                inHunk = false;
                continue;
            }

            if (!inHunk)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"@@ line {(fromExpected ? expectedLine : expectedLine + 1)} @@"));
                inHunk = true;
            }

            lines.Add(piece.Type switch
            {
                ChangeType.Deleted => "-" + piece.Text,
                ChangeType.Inserted => "+" + piece.Text,
                _ => " " + piece.Text,
            });
        }

        return lines;
    }
}
