using System;
using System.Collections.Generic;

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

        var items = new List<ListItem<T>>();
        ReadOnlySpan<char> separator = options.Separator;
        int start = 0;
        while (true)
        {
            int length = text.Slice(start).IndexOf(separator, StringComparison.Ordinal);
            int end = length < 0 ? text.Length : start + length;
            items.Add(Read(text, start, end, options.Item));
            if (length < 0)
            {
                break;
            }

            start = end + separator.Length;
        }

        ListItem<T>[] array = items.ToArray();
        return new ValueList<T>(new NodeList<ListItem<T>>(array, 0, array.Length));
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
