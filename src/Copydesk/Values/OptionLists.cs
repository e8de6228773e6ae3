using System;
using System.Collections.Immutable;

namespace Copydesk.Values;

/// <summary>Value equality for the lists held by option records, so equal options compare equal.</summary>
internal static class OptionLists
{
    public static ImmutableArray<string> OrEmpty(ImmutableArray<string> items) => items.IsDefault ? ImmutableArray<string>.Empty : items;

    public static bool Equal(ImmutableArray<string> left, ImmutableArray<string> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan());

    public static int Hash(ImmutableArray<string> items)
    {
        var hash = default(HashCode);
        foreach (string item in items)
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
