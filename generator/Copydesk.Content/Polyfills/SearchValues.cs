namespace System.Buffers;

/// <summary>
/// netstandard2.0 lacks <c>SearchValues</c>: a set of characters searched for in spans. The shared sources search for a
/// handful of characters, which <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> does
/// as well; the vectorized search the type brings on .NET 8 is a speed-up, not a rule.
/// </summary>
internal static class SearchValues
{
    public static SearchValues<char> Create(string values) => new(values);
}

/// <summary>The characters a <see cref="SearchValues.Create(string)"/> call names.</summary>
internal sealed class SearchValues<T>
    where T : IEquatable<T>
{
    internal SearchValues(string values) => Values = values;

    internal string Values { get; }
}

/// <summary>The span searches of <c>SearchValues</c> that the shared sources call.</summary>
internal static class SearchValuesExtensions
{
    public static int IndexOfAny(this ReadOnlySpan<char> span, SearchValues<char> values) => span.IndexOfAny(values.Values.AsSpan());

    public static int IndexOfAny(this Span<char> span, SearchValues<char> values) => ((ReadOnlySpan<char>)span).IndexOfAny(values.Values.AsSpan());

    public static bool ContainsAny(this ReadOnlySpan<char> span, SearchValues<char> values) => span.IndexOfAny(values.Values.AsSpan()) >= 0;
}
