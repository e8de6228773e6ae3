namespace Copydesk.Values;

/// <summary>One item of a <c>value: list</c> text: where it stands and what its parser made of it.</summary>
/// <typeparam name="T">The type of the item's value.</typeparam>
/// <param name="Text">The trimmed text of the item.</param>
/// <param name="Offset">Where the trimmed item starts in the text given to the list parser (UTF-16 code units).</param>
/// <param name="Result">The item's value, or why it was refused: an empty item fails with <see cref="IssueCodes.EmptyListItem"/>.</param>
public readonly record struct ListItem<T>(string Text, int Offset, ValueResult<T> Result)
{
    /// <summary>
    /// The span of the item inside <paramref name="listSpan"/>, the span of the single-line text the list was read
    /// from, starting at that text's first character.
    /// </summary>
    public SourceSpan Locate(SourceSpan listSpan) =>
        new(listSpan.Line, listSpan.Column + Offset, listSpan.Line, listSpan.Column + Offset + Text.Length, listSpan.Offset + Offset, Text.Length);
}
