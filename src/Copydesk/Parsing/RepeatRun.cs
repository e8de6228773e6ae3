using System;

namespace Copydesk.Parsing;

/// <summary>
/// The items an unbounded repetition matched from one start line, with the line after each item.
/// A repetition retried from a later line inside the run reuses a suffix of it instead of reading the
/// lines again; that is what keeps parts that fail after a repetition linear.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class RepeatRun<T>
{
    private const int DefaultCapacity = 4;

    private T[] items;
    private int[] ends;

    /// <summary>Creates an empty run that grows as items are added.</summary>
    public RepeatRun()
        : this(DefaultCapacity)
    {
    }

    /// <summary>
    /// Creates an empty run with room for <paramref name="capacity"/> items. A repetition that reads at least one
    /// line per item can pass the number of lines left, so that it never grows.
    /// </summary>
    /// <param name="capacity">The number of items to make room for; at least one is always made room for.</param>
    public RepeatRun(int capacity)
    {
        capacity = Math.Max(1, capacity);
        items = new T[capacity];
        ends = new int[capacity];
    }

    /// <summary>
    /// Creates an empty run for a repetition of at most <paramref name="max"/> items that starts with
    /// <paramref name="linesLeft"/> lines to read. Each item reads at least one line, so the run never grows; use it
    /// where the repetition is read once per parse (the layout), not where it may be retried at every line.
    /// </summary>
    /// <param name="linesLeft">The lines from where the repetition starts to the end of the article.</param>
    /// <param name="max">The most items the repetition takes; <see cref="int.MaxValue"/> when unbounded.</param>
    public static RepeatRun<T> ForLinesLeft(int linesLeft, int max) => new(Math.Min(linesLeft, max));

    /// <summary>The number of items matched.</summary>
    public int Count { get; private set; }

    /// <summary>Appends an item that ended before line <paramref name="end"/>.</summary>
    public void Add(T item, int end)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Count * 2);
            Array.Resize(ref ends, Count * 2);
        }

        items[Count] = item;
        ends[Count] = end;
        Count++;
    }

    /// <summary>The items from <paramref name="start"/>, and the line after the last of them (or <paramref name="startLine"/> when none).</summary>
    public NodeList<T> Slice(int start, int startLine, out int end)
    {
        end = start < Count ? ends[Count - 1] : startLine;
        return Count == start ? NodeList<T>.Empty : new NodeList<T>(items, start, Count - start);
    }

    /// <summary>The line after item <paramref name="index"/>, which is where the next item starts.</summary>
    internal int EndOf(int index) => ends[index];
}
