namespace Copydesk;

/// <summary>
/// The value of an attribution line such as <c>— Dana Whitfield, speaking after the vote</c>:
/// the whole line, the speaker and the context that follows the speaker.
/// </summary>
/// <param name="Text">The whole trimmed line, as written.</param>
/// <param name="Speaker">The leading run of capitalised words, or <see langword="null"/> when the line starts lower-case.</param>
/// <param name="Context">What follows the speaker, trimmed, or <see langword="null"/> when nothing does.</param>
/// <param name="Span">Where the line stands in the original text.</param>
public sealed record Attribution(string Text, string? Speaker, string? Context, SourceSpan Span)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
