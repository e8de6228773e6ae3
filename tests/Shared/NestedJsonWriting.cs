using System.IO;
using System.Text.Json;
using Copydesk.Json;
using Xunit;

namespace Copydesk.Testing;

/// <summary>
/// Writes an article where a caller's own JSON has already nested deep: inside <see cref="Arrays"/> arrays, with the
/// contract's writer options. An article nesting four levels (article, list, part, attribution) then reaches 1,004,
/// past the 1,000 levels a <c>Utf8JsonWriter</c> allows by default.
/// </summary>
internal static class NestedJsonWriting
{
    /// <summary>How many arrays the article is written inside.</summary>
    public const int Arrays = 1_000;

    /// <summary>
    /// Writes <paramref name="article"/> inside <see cref="Arrays"/> arrays and asserts that what stands at the bottom is
    /// the article's own <c>ToJson()</c>.
    /// </summary>
    public static void AssertWrittenWhole(IArticle article, string articleJson, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? ContractJson.IndentedOptions : ContractJson.CompactOptions))
        {
            for (int i = 0; i < Arrays; i++)
            {
                writer.WriteStartArray();
            }

            article.WriteJson(writer);
            for (int i = 0; i < Arrays; i++)
            {
                writer.WriteEndArray();
            }
        }

        using JsonDocument written = JsonDocument.Parse(stream.ToArray(), new JsonDocumentOptions { MaxDepth = 2 * Arrays });
        JsonElement element = written.RootElement;
        for (int i = 0; i < Arrays; i++)
        {
            element = Assert.Single(element.EnumerateArray());
        }

        using JsonDocument alone = JsonDocument.Parse(articleJson);
        Assert.True(JsonElement.DeepEquals(alone.RootElement, element), "The article at the bottom differs from its own JSON:\n" + element.GetRawText());
    }
}
