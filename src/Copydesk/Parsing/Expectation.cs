namespace Copydesk.Parsing;

/// <summary>
/// What a slot of the schema expected at a line, for parse-error messages. Generated parsers keep one
/// static instance per slot, so recording a failure allocates nothing.
/// </summary>
/// <param name="Slot">The slot, as <c>headline</c> for a layout slot or <c>Quote.text</c> for a slot of a part.</param>
/// <param name="What">What the slot reads, such as <c>sentence</c> or <c>marker "Summarized by"</c>.</param>
public sealed record Expectation(string Slot, string What)
{
    /// <summary>The expectation that no line is left after the layout.</summary>
    public static Expectation EndOfArticle { get; } = new(string.Empty, "the end of the article");

    /// <summary>Formats the expectation as <c>slot (what)</c>.</summary>
    public override string ToString() => Slot.Length == 0 ? What : $"{Slot} ({What})";
}
