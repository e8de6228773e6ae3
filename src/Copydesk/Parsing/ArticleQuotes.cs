using System;
using System.Collections.Generic;
using Copydesk.Text.Quotes;
using Copydesk.Units;

namespace Copydesk.Parsing;

/// <summary>
/// The paragraphs a parse reads with <c>value: quotes</c>, and the one place their quotations are found: after the
/// parse, over the article's prose units in document order, so that speakers resolve across paragraphs exactly
/// once, whatever lines the parse tried and gave up on, and alike in generated code and the interpreter. A unit whose
/// text after a capture's match is read as quotes (an inline dateline, then the paragraph) is searched from that text
/// on: what the pattern cut off is no prose, and names in it are no speakers.
/// </summary>
internal sealed class ArticleQuotes
{
    private readonly List<QuotedParagraph> read = [];

    // The rest read as quotes at a unit's position; the latest read of a position counts.
    private readonly Dictionary<int, TextLine> rests = [];

    /// <summary>A paragraph read at <paramref name="position"/>; its quotations are set by <see cref="Resolve"/>.</summary>
    public QuotedParagraph Read(TextUnit[] units, int position)
    {
        var paragraph = new QuotedParagraph(position, units[position].ToTextLine());
        read.Add(paragraph);
        return paragraph;
    }

    /// <summary>
    /// The text <paramref name="rest"/> after a capture's match on the unit at <paramref name="position"/>, read as a
    /// paragraph; <see cref="Resolve"/> searches the unit from there on, and sets its quotations.
    /// </summary>
    public QuotedParagraph ReadRest(int position, TextLine rest)
    {
        var paragraph = new QuotedParagraph(position, rest);
        rests[position] = rest;
        read.Add(paragraph);
        return paragraph;
    }

    /// <summary>
    /// Finds the quotations of the whole article and gives each paragraph read its own. Every prose unit takes part,
    /// read by a quotes slot or not, so a speaker named in a lead read as plain text still resolves a later
    /// <c>he said</c>, and a line the parse tried and then read otherwise changes nothing.
    /// </summary>
    public void Resolve(TextUnit[] units)
    {
        if (read.Count == 0)
        {
            return;
        }

        var paragraphs = new List<QuoteParagraph>();
        var indexOf = new int[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            indexOf[i] = -1;
            if (IsProse(units[i].Kind))
            {
                indexOf[i] = paragraphs.Count;
                QuoteParagraph whole = Whole(units[i]);
                paragraphs.Add(rests.TryGetValue(i, out TextLine rest) ? After(units[i], whole, rest) : whole);
            }
        }

        var byParagraph = new List<Quotation>[paragraphs.Count];
        foreach (Quotation quotation in QuoteExtractor.Extract(paragraphs))
        {
            (byParagraph[quotation.Paragraph] ??= []).Add(quotation);
        }

        var empty = new List<Quotation>();
        foreach (QuotedParagraph paragraph in read)
        {
            int index = indexOf[paragraph.Position];
            paragraph.SetQuotes(index >= 0 ? byParagraph[index] ?? empty : empty);
        }
    }

    private static QuoteParagraph Whole(TextUnit unit)
    {
        IReadOnlyList<TextLine> lines = unit.Lines;
        return lines.Count == 1 && lines[0].Text == unit.Text ? new QuoteParagraph(unit.ToTextLine()) : Joined(unit);
    }

    // The rest is the end of the unit's text: on a unit searched as its lines, the same end of the lines, so every
    // quotation keeps its line and column; otherwise the rest as located.
    private static QuoteParagraph After(TextUnit unit, QuoteParagraph whole, TextLine rest)
    {
        int start = whole.Text.Length - rest.Text.Length;
        return start >= 0 && whole.Text.EndsWith(rest.Text, StringComparison.Ordinal) ? whole.From(start) : new QuoteParagraph(rest);
    }

    // A paragraph whose text is its physical lines joined with single spaces maps every quotation back to its line;
    // a unit whose text differs from its lines (Markdown inline markup removed) is located on its text's span.
    private static QuoteParagraph Joined(TextUnit unit)
    {
        var joined = new QuoteParagraph(unit.Lines);
        return joined.Text == unit.Text ? joined : new QuoteParagraph(unit.ToTextLine());
    }

    private static bool IsProse(UnitKind kind) =>
        kind is UnitKind.Line or UnitKind.Paragraph or UnitKind.Heading or UnitKind.ListItem or UnitKind.Quote;
}
