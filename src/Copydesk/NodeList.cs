using System;
using System.Collections;
using System.Collections.Generic;

namespace Copydesk;

/// <summary>
/// An immutable list of parsed nodes that compares by value, so parsed articles compare equal when
/// their content is equal. Repeats share one backing array, which is what keeps parsing linear.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
public readonly struct NodeList<T> : IReadOnlyList<T>, IEquatable<NodeList<T>>
{
    private readonly T[]? items;
    private readonly int start;

    /// <summary>Wraps <paramref name="count"/> items of <paramref name="items"/> from <paramref name="start"/>; the array must not change afterwards.</summary>
    public NodeList(T[] items, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if ((uint)start > (uint)items.Length || (uint)count > (uint)(items.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        this.items = items;
        this.start = start;
        Count = count;
    }

    /// <summary>An empty list.</summary>
    public static NodeList<T> Empty => default;

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public T this[int index] =>
        (uint)index < (uint)Count ? items![start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => items is null ? default : new ReadOnlySpan<T>(items, start, Count);

    /// <summary>Returns an enumerator that does not allocate.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return items![start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(NodeList<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (!comparer.Equals(items![start + i], other.items![other.start + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NodeList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares by value.</summary>
    public static bool operator ==(NodeList<T> left, NodeList<T> right) => left.Equals(right);

    /// <summary>Compares by value.</summary>
    public static bool operator !=(NodeList<T> left, NodeList<T> right) => !left.Equals(right);

    /// <summary>Shows the count, for debuggers and test output.</summary>
    public override string ToString() => $"[{Count} items]";
}
