using System;
using System.Collections.Immutable;

namespace Copydesk.Values;

/// <summary>
/// How <c>value: byline</c> reads a byline written in capitals without punctuation (<c>By ANA RUIZ AP Business
/// Writer</c>): the agency abbreviations that end the names there.
/// </summary>
public sealed record BylineOptions
{
    /// <summary>Options with <paramref name="agencies"/> as the abbreviations that can end the capitals of the names.</summary>
    /// <exception cref="ArgumentException">An abbreviation is empty or has white space.</exception>
    public BylineOptions(ImmutableArray<string> agencies)
    {
        Agencies = OptionLists.OrEmpty(agencies);
        foreach (string agency in Agencies)
        {
            if (string.IsNullOrEmpty(agency) || ValueText.HasWhiteSpaceOrControl(agency))
            {
                throw new ArgumentException($"\"{agency}\" is not a one-word agency abbreviation.", nameof(agencies));
            }
        }
    }

    /// <summary>
    /// The wire agencies a capitals byline most often names: <c>AP</c>, <c>AFP</c>, <c>UPI</c>, <c>DPA</c>,
    /// <c>EFE</c>, <c>ANSA</c>, <c>AAP</c>, <c>CP</c>, <c>PA</c>.
    /// </summary>
    public static ImmutableArray<string> DefaultAgencies { get; } = ImmutableArray.Create("AP", "AFP", "UPI", "DPA", "EFE", "ANSA", "AAP", "CP", "PA");

    /// <summary>The agencies of <see cref="DefaultAgencies"/>. Declared after them: static initialisers run in order.</summary>
    public static BylineOptions Default { get; } = new(DefaultAgencies);

    /// <summary>One-word agency abbreviations, compared in any case.</summary>
    public ImmutableArray<string> Agencies { get; }

    /// <summary>Whether <paramref name="word"/> is one of <see cref="Agencies"/>.</summary>
    public bool IsAgency(ReadOnlySpan<char> word)
    {
        foreach (string agency in Agencies)
        {
            if (word.Equals(agency, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(BylineOptions? other) => other is not null && OptionLists.Equal(Agencies, other.Agencies);

    /// <inheritdoc/>
    public override int GetHashCode() => OptionLists.Hash(Agencies);
}
