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
                    "quotes[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }
    }
}
