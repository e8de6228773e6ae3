using System;
using System.Collections.Generic;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and platform, unlike
/// <see cref="Random"/>, whose algorithm may change between .NET versions. The corpus depends only on it.
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in <paramref name="min"/>..<paramref name="max"/> inclusive.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => (int)(Next() % 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];
}
