using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using Copydesk.Text;

namespace Copydesk.Units;

/// <summary>
/// The non-blank physical lines a unit's span covers in its source, trimmed and located: kept as places in the source,
/// each line's text made the first time it is read, once. The lines are walked as every input model walks them
/// (<see cref="PhysicalLines"/>), from the start of the span's first line to the end of its last.
/// </summary>
internal sealed class CoveredLines : IReadOnlyList<TextLine>
{
    private readonly string source;
    private readonly SourceSpan[] spans;
    private readonly string?[] texts;

    /// <summary>Finds the lines <paramref name="unit"/> covers in <paramref name="source"/>.</summary>
    /// <param name="source">The whole article text.</param>
    /// <param name="unit">The unit's span: its first line and column place the walk's start.</param>
    /// <param name="unitText">The unit's own text, if made: a line with the same characters shares its string.</param>
    public CoveredLines(string source, SourceSpan unit, string? unitText)
    {
        this.source = source;
        int last = LastOffset(unit);

        // Counted first, so the places take one array of the right size.
        int count = 0;
        var measure = Walk(source, unit);
        while (measure.MoveNext() && measure.Start <= last)
        {
            count += measure.IsBlank ? 0 : 1;
        }

        spans = new SourceSpan[count];
        int at = 0;
        var walk = Walk(source, unit);
        while (walk.MoveNext() && walk.Start <= last)
        {
            if (!walk.IsBlank)
            {
                spans[at++] = walk.Span;
            }
        }

        texts = new string?[spans.Length];
        if (unitText is not null)
        {
            for (int i = 0; i < spans.Length; i++)
            {
                if (source.AsSpan(spans[i].Offset, spans[i].Length).SequenceEqual(unitText.AsSpan()))
                {
                    texts[i] = unitText;
                }
            }
        }
    }

    /// <inheritdoc/>
    public int Count => spans.Length;

    /// <inheritdoc/>
    public TextLine this[int index]
    {
        get
        {
            SourceSpan span = spans[index];
            string? text = Volatile.Read(ref texts[index]);
            if (text is null)
            {
                string made = source.Substring(span.Offset, span.Length);
                text = Interlocked.CompareExchange(ref texts[index], made, null) ?? made;
            }

            return new TextLine(text, span);
        }
    }

    /// <summary>The non-blank lines <paramref name="unit"/> covers in <paramref name="source"/>, trimmed, joined with single spaces.</summary>
    public static string Joined(string source, SourceSpan unit)
    {
        int last = LastOffset(unit);
        int length = -1;
        var measure = Walk(source, unit);
        while (measure.MoveNext() && measure.Start <= last)
        {
            if (!measure.IsBlank)
            {
                length += 1 + (measure.Last - measure.First);
            }
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        // One pooled buffer, then the string: no string per line.
        char[] buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            int at = 0;
            var copy = Walk(source, unit);
            while (copy.MoveNext() && copy.Start <= last)
            {
                if (!copy.IsBlank)
                {
                    if (at > 0)
                    {
                        buffer[at++] = ' ';
                    }

                    source.CopyTo(copy.First, buffer, at, copy.Last - copy.First);
                    at += copy.Last - copy.First;
                }
            }

            return new string(buffer, 0, at);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<TextLine> GetEnumerator()
    {
        for (int i = 0; i < spans.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The span's first line starts its column's distance before its first character (after a byte order mark on line 1).
    private static PhysicalLines Walk(string source, SourceSpan unit) => PhysicalLines.FromLine(source, unit.Offset - (unit.Column - 1), unit.Line);

    private static int LastOffset(SourceSpan unit) => unit.Offset + Math.Max(unit.Length, 1) - 1;
}
