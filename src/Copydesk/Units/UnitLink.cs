namespace Copydesk.Units;

/// <summary>A link inside a unit's text: the link text as the unit's text shows it, and where it points.</summary>
/// <param name="Text">The link text with inline markup removed (for an image, its alternative text).</param>
/// <param name="Url">The destination as written.</param>
/// <param name="Title">The link title, or <see langword="null"/> when none is written.</param>
public sealed record UnitLink(string Text, string Url, string? Title);
