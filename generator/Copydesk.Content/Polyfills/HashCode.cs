using System.Collections.Generic;

namespace System;

/// <summary>
/// netstandard2.0 lacks <c>HashCode</c>. Hashes only key dictionaries and caches inside one process, so any good
/// combination serves; this one mixes like the framework's (xxHash32 rounds), without its per-process seed.
/// </summary>
internal struct HashCode
{
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;
    private const uint Prime5 = 374761393U;

    private uint hash;
    private uint length;

    public static int Combine<T1, T2>(T1 value1, T2 value2)
    {
        var combined = default(HashCode);
        combined.Add(value1);
        combined.Add(value2);
        return combined.ToHashCode();
    }

    public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
    {
        var combined = default(HashCode);
        combined.Add(value1);
        combined.Add(value2);
        combined.Add(value3);
        return combined.ToHashCode();
    }

    public void Add<T>(T value) => Add(value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value));

    public void Add<T>(T value, IEqualityComparer<T>? comparer) =>
        Add(value is null ? 0 : (comparer ?? EqualityComparer<T>.Default).GetHashCode(value));

    public readonly int ToHashCode()
    {
        uint result = hash + length * 4;
        result ^= result >> 15;
        result *= Prime2;
        result ^= result >> 13;
        result *= Prime3;
        result ^= result >> 16;
        return (int)result;
    }

    private void Add(int value)
    {
        hash = RotateLeft(hash + ((uint)value * Prime3) + Prime5, 17) * Prime4;
        length++;
    }

    private static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
}
