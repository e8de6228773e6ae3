using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Copydesk.Json;

/// <summary>Writes the schema.org JSON-LD documents of articles whose schema has a <c>jsonLd:</c> mapping.</summary>
public static class JsonLd
{
    /// <summary>The media type of a JSON-LD document, as a <c>&lt;script&gt;</c> element names it.</summary>
    public const string MediaType = "application/ld+json";

    /// <summary>
    /// Writer options for a document embedded in HTML: besides what JSON requires, <c>&lt;</c>, <c>&gt;</c>,
    /// <c>&amp;</c>, <c>'</c>, <c>+</c> and <c>`</c> are escaped as <c>\uXXXX</c>, so no text of the article can
    /// close the <c>&lt;script&gt;</c> element (<c>&lt;/script&gt;</c>) or open a comment (<c>&lt;!--</c>). Letters of
    /// any script stay as they are.
    /// </summary>
    public static JsonWriterOptions HtmlSafeOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        MaxDepth = int.MaxValue,
    };

    /// <summary>Returns the article's JSON-LD document, escaped as the contract JSON is (readable, not for HTML).</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    public static string Serialize(IJsonLdArticle article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Write(article, indented ? ContractJson.IndentedOptions : ContractJson.CompactOptions);
    }

    /// <summary>
    /// Returns the article's JSON-LD document in a <c>&lt;script type="application/ld+json"&gt;</c> element, ready
    /// to put in an HTML page's head: written with <see cref="HtmlSafeOptions"/>, so the article's text cannot end
    /// the element early.
    /// </summary>
    /// <param name="article">The article.</param>
    public static string ToScriptElement(IJsonLdArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return "<script type=\"" + MediaType + "\">" + Write(article, HtmlSafeOptions) + "</script>";
    }

    private static string Write(IJsonLdArticle article, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            article.WriteJsonLd(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
