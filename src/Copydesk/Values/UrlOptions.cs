using System;
using System.Collections.Immutable;

namespace Copydesk.Values;

/// <summary>How <c>value: url</c> reads a text: the schemes it allows.</summary>
public sealed record UrlOptions
{
    /// <summary>Absolute <c>http</c> and <c>https</c> URLs.</summary>
    public static UrlOptions Web { get; } = new(ImmutableArray.Create("http", "https"));

    /// <summary>Options allowing <paramref name="schemes"/>.</summary>
    /// <param name="schemes">The allowed schemes, compared in any case: <c>http</c>, <c>https</c>, <c>mailto</c>, <c>ftp</c>, ….</param>
    /// <exception cref="ArgumentException">The list is empty, or a scheme is not a valid URI scheme (a letter, then letters, digits, <c>+</c>, <c>-</c> or <c>.</c>).</exception>
    public UrlOptions(ImmutableArray<string> schemes)
    {
        Schemes = OptionLists.OrEmpty(schemes);
        if (Schemes.IsEmpty)
        {
            throw new ArgumentException("A URL value needs at least one allowed scheme.", nameof(schemes));
        }

        foreach (string scheme in Schemes)
        {
            if (scheme is null || UrlParser.SchemeLength(scheme.AsSpan()) != scheme.Length)
            {
                throw new ArgumentException($"\"{scheme}\" is not a URI scheme.", nameof(schemes));
            }
        }
    }

    /// <summary>The allowed schemes, without the colon.</summary>
    public ImmutableArray<string> Schemes { get; }

    /// <summary>Whether <paramref name="scheme"/> is allowed (ASCII case-insensitive).</summary>
    public bool Allows(ReadOnlySpan<char> scheme)
    {
        foreach (string allowed in Schemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(UrlOptions? other) => other is not null && OptionLists.Equal(Schemes, other.Schemes);

    /// <inheritdoc/>
    public override int GetHashCode() => OptionLists.Hash(Schemes);
}
