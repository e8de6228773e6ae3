using System.Text.Json;

namespace Copydesk;

/// <summary>An article whose schema maps it to schema.org (<c>jsonLd:</c>), so it can write its JSON-LD document.</summary>
public interface IJsonLdArticle
{
    /// <summary>
    /// Writes the article's schema.org JSON-LD document: <c>@context</c>, <c>@type</c>, then each mapped property that
    /// has a value, in the order the schema maps them.
    /// </summary>
    /// <param name="writer">
    /// The writer; use <see cref="Json.JsonLd.HtmlSafeOptions"/> for a document embedded in an HTML
    /// <c>&lt;script&gt;</c> element.
    /// </param>
    void WriteJsonLd(Utf8JsonWriter writer);
}
