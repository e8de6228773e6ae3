namespace Copydesk.Text.Quotes;

/// <summary>
/// One direct quotation found in an article's prose: what is quoted, where, and who says it.
/// </summary>
/// <param name="Text">
/// What stands between the opening and the closing mark, trimmed, with one trailing comma dropped (the comma that
/// replaces a full stop before a cue). Marks of a quotation nested inside are kept as written. A quotation
/// continued over several paragraphs yields one <see cref="Quotation"/> per paragraph.
/// </param>
/// <param name="Span">
/// Where the quotation stands in the article, from its opening mark through its closing mark, or through the end
/// of the paragraph when the quotation continues in the next one.
/// </param>
/// <param name="Paragraph">0-based index of the paragraph, in the order the paragraphs were given.</param>
/// <param name="Form">Whether the quotation stands as sentences of its own or inside a reported sentence.</param>
/// <param name="ContinuesPrevious">Whether this piece continues a quotation left open at the end of the previous paragraph.</param>
/// <param name="Speaker">
/// Who says it, as written (<c>Abu Saif</c>, <c>the influential US daily</c>, <c>he</c>), without appositions and
/// without lower-case role words before a name; <see langword="null"/> when the text names nobody. A quotation with
/// no cue of its own carries the attribution of its paragraph, or of the paragraph that opened it.
/// </param>
/// <param name="Cue">The attributing verb or phrase in lower case (<c>said</c>, <c>told reporters</c>, <c>according to</c>), or <see langword="null"/>.</param>
/// <param name="ResolvedSpeaker">
/// The speaker the reader understands: a name without titles (<c>Dr. Lena Fitz</c> → <c>Lena Fitz</c>), a surname
/// alone completed to the full name written before, a pronoun or a role noun (<c>the minister</c>) resolved to the
/// nearest preceding person it can refer to; for an uncued whole-paragraph quotation, the previous paragraph's
/// speaker. <see langword="null"/> when nobody can be named.
/// </param>
public sealed record Quotation(
    string Text,
    SourceSpan Span,
    int Paragraph,
    QuotationForm Form,
    bool ContinuesPrevious,
    string? Speaker,
    string? Cue,
    string? ResolvedSpeaker)
{
    /// <summary>
    /// The 0-based index of the paragraph whose words attribute the quotation: its own when a cue there names the
    /// speaker, the one that opened a quotation continued over paragraphs, or the previous one for an uncued
    /// whole-paragraph quotation; <see langword="null"/> when nothing attributes it.
    /// </summary>
    public int? AttributionParagraph { get; init; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
