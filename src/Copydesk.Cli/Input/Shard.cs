using System;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Copydesk.Cli.Input;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a batch (<c>--shard K/N</c>): an input belongs to shard
/// <c>hash(key) mod N</c>, where the key is a file's path as reported or a record's id and the hash is XxHash64 of its
/// UTF-8 bytes. The hash is the same on every machine, run and .NET version (unlike <see cref="string.GetHashCode()"/>),
/// so N machines given the same inputs split them without talking to each other, and together cover each input once.
/// </summary>
/// <param name="Index">Which part, from 0 to <see cref="Count"/> − 1 (as Kubernetes and AWS Batch number array jobs).</param>
/// <param name="Count">How many parts.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c>; <see langword="null"/> with a message when it is not one.</summary>
    /// <param name="text">The option value.</param>
    /// <param name="error">Why it is not a shard.</param>
    public static Shard? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        error = null;
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1
            && index < count)
        {
            return new Shard(index, count);
        }

        error = $"--shard takes K/N with 0 <= K < N (such as 0/4 … 3/4), not '{text}'.";
        return null;
    }

    /// <summary>Whether the input with <paramref name="key"/> belongs to this shard.</summary>
    public bool Contains(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (int)(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key)) % (ulong)Count) == Index;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
