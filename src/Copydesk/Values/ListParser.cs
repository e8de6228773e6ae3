using System;

namespace Copydesk.Values;

/// <summary>
/// <c>value: list</c>: splits a text on a separator and reads each trimmed item with another value parser. An
/// empty item is refused with <see cref="IssueCodes.EmptyListItem"/>; an item its parser refuses keeps that
/// parser's failure. Documented in <c>docs/issues.md#cd3018</c>.
/// </summary>
public static class ListParser
{
    /// <summary>
    /// Reads <paramref name="text"/> as items separated by <see cref="ListOptions{T}.Separator"/>. An empty or
    /// white-space text is a list of no items. Never throws unless the item parser does.
    /// </summary>
    public static ValueList<T> Parse<T>(ReadOnlySpan<char> text, ListOptions<T> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (text.Trim().IsEmpty)
        {
            return new ValueList<T>(NodeList<ListItem<T>>.Empty);
        }

        // Count first, so the items go straight into an array of the right size.
        ReadOnlySpan<char> separator = options.Separator;
        var items = new ListItem<T>[text.Count(separator) + 1];
        int start = 0;
        for (int index = 0; index < items.Length - 1; index++)
        {
            int end = start + text.Slice(start).IndexOf(separator, StringComparison.Ordinal);
            items[index] = Read(text, start, end, options.Item);
            start = end + separator.Length;
        }

        items[^1] = Read(text, start, text.Length, options.Item);
        return new ValueList<T>(new NodeList<ListItem<T>>(items, 0, items.Length));
    }

    private static ListItem<T> Read<T>(ReadOnlySpan<char> text, int start, int end, ValueParser<T> parser)
    {
        ReadOnlySpan<char> raw = text.Slice(start, end - start);
        ReadOnlySpan<char> item = raw.TrimStart();
        int offset = start + (raw.Length - item.Length);
        item = item.TrimEnd();
        ValueResult<T> result = item.IsEmpty
            ? ValueText.Fail<T>(IssueCodes.EmptyListItem, ValueFailureReason.Empty)
            : parser(item);
        return new ListItem<T>(item.ToString(), offset, result);
    }
}
