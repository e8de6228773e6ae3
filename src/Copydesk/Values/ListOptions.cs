using System;

namespace Copydesk.Values;

/// <summary>How <c>value: list</c> reads a text: the separator between items and the parser of each item.</summary>
/// <typeparam name="T">The type of an item's value.</typeparam>
public sealed record ListOptions<T>
{
    /// <summary>Options splitting on <paramref name="separator"/> and reading each item with <paramref name="item"/>.</summary>
    /// <param name="separator">The separator, matched exactly (ordinal): <c>,</c>, <c>;</c>, <c>|</c>, <c> / </c>, ….</param>
    /// <param name="item">The value parser of each item, with its options bound; <see cref="TextParser.Parse"/> keeps items as text.</param>
    /// <exception cref="ArgumentException">The separator is empty or white space only.</exception>
    public ListOptions(string separator, ValueParser<T> item)
    {
        ArgumentNullException.ThrowIfNull(separator);
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrWhiteSpace(separator))
        {
            throw new ArgumentException("A list separator must have a character other than white space.", nameof(separator));
        }

        Separator = separator;
        Item = item;
    }

    /// <summary>The separator between items.</summary>
    public string Separator { get; }

    /// <summary>The value parser of each item.</summary>
    public ValueParser<T> Item { get; }
}
