using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>
/// A paragraph read with <c>value: quotes</c>: its text and every direct quotation in it, each with its speaker as
/// written and the speaker resolved across the article. The quotations are found once the whole article is parsed,
/// so a pronoun or a role noun resolves to a person named in any earlier paragraph.
/// </summary>
public sealed class QuotedParagraph
{
    private static readonly Quotation[] None = [];

    internal QuotedParagraph(int position, TextLine line)
    {
        Position = position;
        Text = line.Text;
        Span = line.Span;
    }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; }

    /// <summary>Where the paragraph stands in the article.</summary>
    public SourceSpan Span { get; }

    /// <summary>The direct quotations in the paragraph, in order; empty when it quotes nobody.</summary>
    public IReadOnlyList<Quotation> Quotes { get; private set; } = None;

    /// <summary>The index of the paragraph's unit in the article.</summary>
    internal int Position { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    internal void SetQuotes(List<Quotation> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        Quotes = quotes.Count == 0 ? None : quotes.ToArray();
    }
}
