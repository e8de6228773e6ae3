using System;
using System.Globalization;
using Copydesk.Text.Quotes;

namespace Copydesk.Validation;

/// <summary>The checks of paragraphs read with <c>value: quotes</c>, for generated validators and the interpreter alike.</summary>
public static class QuoteChecks
{
    /// <summary>
    /// <c>speaker: required</c> on a quotes slot: every quotation has a speaker the reader can name — written in its
    /// paragraph or resolved from an earlier one. Each one without is reported at its own span, under
    /// <c>{path}.quotes[i]</c>.
    /// </summary>
    public static void SpeakerRequired(ValidationContext context, QuotedParagraph paragraph, IssueSeverity severity, string? message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        for (int i = 0; i < paragraph.Quotes.Count; i++)
        {
            Quotation quotation = paragraph.Quotes[i];
            if (quotation.ResolvedSpeaker is null)
            {
                context.Report(
                    IssueCodes.QuoteSpeakerRequired,
                    severity,
                    message ?? $"{Checks.Name(context)} quotes \"{quotation.Text}\" without naming who says it.",
                    quotation.Span,
                    Child(i));
            }
        }
    }

    /// <summary>
    /// <c>attributedWithin: N</c>: every quotation is attributed in its own paragraph or in one of the
    /// <paramref name="paragraphs"/> before it (a quotation continued over paragraphs, or an uncued whole-paragraph
    /// quotation, counts from the paragraph whose cue names the speaker). A quotation nothing attributes is reported too.
    /// </summary>
    public static void AttributedWithin(ValidationContext context, QuotedParagraph paragraph, int paragraphs, IssueSeverity severity, string? message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paragraph);
        for (int i = 0; i < paragraph.Quotes.Count; i++)
        {
            Quotation quotation = paragraph.Quotes[i];
            if (quotation.AttributionParagraph is not { } source)
            {
                context.Report(IssueCodes.AttributedWithin, severity, message ?? $"{Checks.Name(context)} quotes \"{quotation.Text}\" with no attribution; the limit is {paragraphs} paragraphs back.", quotation.Span, Child(i));
            }
            else if (quotation.Paragraph - source > paragraphs)
            {
                context.Report(IssueCodes.AttributedWithin, severity, message ?? $"{Checks.Name(context)} quotes \"{quotation.Text}\" attributed {quotation.Paragraph - source} paragraphs back; the limit is {paragraphs}.", quotation.Span, Child(i));
            }
        }
    }

    private static string Child(int index) => "quotes[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
