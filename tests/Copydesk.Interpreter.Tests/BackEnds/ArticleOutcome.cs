using System.Collections.Generic;
using Copydesk.Json;

namespace Copydesk.Interpreter.Tests.BackEnds;

/// <summary>What a back end makes of one article: the document, validated, or the parse errors.</summary>
/// <param name="Json">The document's compact contract JSON, or null when the article did not parse.</param>
/// <param name="Span">Where the document stands in the text, or null when the article did not parse.</param>
/// <param name="Issues">The document's validation issues, or the parse errors when it did not parse.</param>
public sealed record ArticleOutcome(string? Json, SourceSpan? Span, IReadOnlyList<ArticleIssue> Issues)
{
    /// <summary>The document's compact JSON-LD, or null when the article did not parse or its schema maps nothing to schema.org.</summary>
    public string? JsonLd { get; init; }

    /// <summary>The document's JSON-LD in an HTML <c>&lt;script&gt;</c> element, or null when <see cref="JsonLd"/> is.</summary>
    public string? JsonLdScript { get; init; }

    /// <summary>The outcome of a parse through the public API every back end shares: Parse, then WriteJson and Validate.</summary>
    public static ArticleOutcome Of<TArticle>(ParseResult<TArticle> result)
        where TArticle : class, IArticle =>
        result.Document is { } document
            ? new ArticleOutcome(ContractJson.Serialize(document), document.Span, document.Validate()) { JsonLd = JsonLdOf(document, mapped => Copydesk.Json.JsonLd.Serialize(mapped)), JsonLdScript = JsonLdOf(document, Copydesk.Json.JsonLd.ToScriptElement) }
            : new ArticleOutcome(null, null, result.Issues);

    private static string? JsonLdOf(IArticle document, System.Func<IJsonLdArticle, string> write) => document switch
    {
        Interpretation.InterpretedArticle { HasJsonLd: false } => null,
        IJsonLdArticle mapped => write(mapped),
        _ => null,
    };
}
