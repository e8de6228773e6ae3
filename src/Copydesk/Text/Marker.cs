using System;

namespace Copydesk.Text;

/// <summary>
/// A literal line such as <c>Summarized by</c>, matched case-insensitively. With
/// <see cref="CapturesRest"/> it also matches the marker followed by white space and text, and captures that text.
/// </summary>
/// <param name="Text">The marker as written in the schema.</param>
/// <param name="CapturesRest">Whether text after the marker is allowed and captured.</param>
public sealed record Marker(string Text, bool CapturesRest)
{
    /// <summary>Whether <paramref name="line"/> (already trimmed) is this marker.</summary>
    public bool Matches(string line) =>
        line.Length == Text.Length
            ? line.Equals(Text, StringComparison.OrdinalIgnoreCase)
            : CapturesRest
              && line.Length > Text.Length
              && char.IsWhiteSpace(line[Text.Length])
              && line.StartsWith(Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text after the marker, trimmed; empty when nothing follows. Call only when <see cref="Matches"/>.</summary>
    public string Capture(string line) =>
        line.Length <= Text.Length ? string.Empty : line.AsSpan(Text.Length).Trim().ToString();

    /// <summary>
    /// The value a marker slot reads from <paramref name="line"/>: the text after the marker when it
    /// <see cref="CapturesRest"/>, otherwise the whole line. Call only when <see cref="Matches"/>.
    /// </summary>
    public TextLine Read(TextLine line) => CapturesRest ? new TextLine(Capture(line.Text), line.Span) : line;
}
