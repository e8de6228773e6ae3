using System;
using System.Collections.Immutable;

namespace Copydesk.Values;

/// <summary>
/// How <c>value: date-time</c> reads a text: ISO 8601 / RFC 3339 always, then each of <see cref="Formats"/> in
/// order; <see cref="AssumedOffset"/> completes a text that states no UTC offset.
/// </summary>
public sealed record DateTimeOptions
{
    /// <summary>ISO 8601 with a required UTC offset.</summary>
    public static DateTimeOptions Iso { get; } = new();

    /// <summary>Options reading ISO 8601 with a required UTC offset.</summary>
    public DateTimeOptions()
        : this(ImmutableArray<string>.Empty, null)
    {
    }

    /// <summary>Options reading ISO 8601 and <paramref name="formats"/>.</summary>
    /// <param name="formats">.NET custom date and time format strings, read with the invariant culture.</param>
    /// <param name="assumedOffset">The offset of a text that states none, or <see langword="null"/> to refuse such texts.</param>
    /// <exception cref="ArgumentException">A format is empty or invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offset is beyond ±14:00 or not whole minutes.</exception>
    public DateTimeOptions(ImmutableArray<string> formats, TimeSpan? assumedOffset = null)
    {
        Formats = OptionLists.OrEmpty(formats);
        DateFormats.Validate(Formats, nameof(formats));
        if (assumedOffset is { } offset && (offset.Duration() > DateTimeText.MaxOffset || offset.Ticks % TimeSpan.TicksPerMinute != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(assumedOffset), offset, "An offset is whole minutes within ±14:00.");
        }

        AssumedOffset = assumedOffset;
    }

    /// <summary>
    /// The declared formats: .NET custom format strings such as <c>MMMM d, yyyy h:mm tt zzz</c>, read with the
    /// invariant culture. A format with <c>z</c>, <c>zz</c>, <c>zzz</c> or <c>K</c> reads the offset from the text;
    /// one without takes <see cref="AssumedOffset"/>.
    /// </summary>
    public ImmutableArray<string> Formats { get; }

    /// <summary>The UTC offset of a text that states none; <see langword="null"/> refuses such texts (<see cref="ValueFailureReason.MissingOffset"/>).</summary>
    public TimeSpan? AssumedOffset { get; }

    /// <inheritdoc/>
    public bool Equals(DateTimeOptions? other) =>
        other is not null && AssumedOffset == other.AssumedOffset && OptionLists.Equal(Formats, other.Formats);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OptionLists.Hash(Formats), AssumedOffset);
}
