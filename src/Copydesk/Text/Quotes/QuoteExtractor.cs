using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>
/// Finds the direct quotations in an article's prose, with their speakers. The rules, their reasons and their
/// limits are described in <c>docs/quotes.md</c>; every decision is made from the paragraph's own words and the
/// speakers named before it, in time linear in the length of the text, and no input makes it throw.
/// </summary>
public static class QuoteExtractor
{
    /// <summary>Every direct quotation of an article, its paragraphs separated by blank lines.</summary>
    /// <param name="article">The article's text; hard-wrapped paragraphs are read as one paragraph each.</param>
    public static IReadOnlyList<Quotation> Extract(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Extract(QuoteParagraph.Group(ArticleText.SplitLines(article)));
    }

    /// <summary>Every direct quotation of a sequence of paragraphs, in order.</summary>
    /// <param name="paragraphs">The article's paragraphs in reading order; speakers resolve across them.</param>
    public static IReadOnlyList<Quotation> Extract(IEnumerable<QuoteParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var quotations = new List<Quotation>();
        var reader = new QuoteReader();
        int index = 0;
        foreach (QuoteParagraph paragraph in paragraphs)
        {
            reader.Read(paragraph, index++, quotations);
        }

        return quotations;
    }
}
