using System.Collections.Generic;
using Copydesk.Json;

namespace Copydesk.Interpreter.Tests.BackEnds;

/// <summary>What a back end makes of one article: the document, validated, or the parse errors.</summary>
/// <param name="Json">The document's compact contract JSON, or null when the article did not parse.</param>
/// <param name="Span">Where the document stands in the text, or null when the article did not parse.</param>
/// <param name="Issues">The document's validation issues, or the parse errors when it did not parse.</param>
public sealed record ArticleOutcome(string? Json, SourceSpan? Span, IReadOnlyList<ArticleIssue> Issues)
{
    /// <summary>The outcome of a parse through the public API every back end shares: Parse, then WriteJson and Validate.</summary>
    public static ArticleOutcome Of<TArticle>(ParseResult<TArticle> result)
        where TArticle : class, IArticle =>
        result.Document is { } document
            ? new ArticleOutcome(ContractJson.Serialize(document), document.Span, document.Validate())
            : new ArticleOutcome(null, null, result.Issues);
}
