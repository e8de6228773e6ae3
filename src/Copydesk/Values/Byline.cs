namespace Copydesk.Values;

/// <summary>
/// A byline read by <c>value: byline</c>, such as <c>By Ana Ruiz and Li Wei | Reuters</c>: the names of the
/// writers and the agency or role credited after them.
/// </summary>
/// <param name="Text">The trimmed line, as written: <c>By Ana Ruiz and Li Wei | Reuters</c>.</param>
/// <param name="Names">The writers in order, as written (capitals kept): <c>Ana Ruiz</c>, <c>Li Wei</c>.</param>
/// <param name="Agency">
/// What the byline credits after the names, as written — an agency, a role or both: <c>Reuters</c>,
/// <c>Associated Press</c>, <c>AP Business Writer</c>; <see langword="null"/> when nothing follows the names.
/// </param>
public sealed record Byline(string Text, NodeList<string> Names, string? Agency)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
