using System;
using System.Collections.Generic;

namespace Copydesk.Schema.JsonLd;

/// <summary>
/// The schema.org types and properties a <c>jsonLd:</c> mapping may use, with each property's domain and expected
/// types as schema.org defines them (https://schema.org, CC BY-SA 3.0). Only the terms an article's values can fill
/// are listed; the tests check every one against a copy of the vocabulary.
/// </summary>
public static class SchemaOrgTerms
{
    /// <summary>The JSON-LD context every document names.</summary>
    public const string Context = "https://schema.org";

    /// <summary>The type of a document when the mapping names none.</summary>
    public const string DefaultDocumentType = "NewsArticle";

    private static readonly Dictionary<string, string?> Parents = new(StringComparer.Ordinal)
    {
        ["Thing"] = null,
        ["CreativeWork"] = "Thing",
        ["Article"] = "CreativeWork",
        ["NewsArticle"] = "Article",
        ["ReportageNewsArticle"] = "NewsArticle",
        ["AnalysisNewsArticle"] = "NewsArticle",
        ["BackgroundNewsArticle"] = "NewsArticle",
        ["OpinionNewsArticle"] = "NewsArticle",
        ["ReviewNewsArticle"] = "NewsArticle",
        ["SocialMediaPosting"] = "Article",
        ["BlogPosting"] = "SocialMediaPosting",
        ["Report"] = "Article",
        ["Quotation"] = "CreativeWork",
        ["WebPage"] = "CreativeWork",
        ["Person"] = "Thing",
        ["Organization"] = "Thing",
        ["NewsMediaOrganization"] = "Organization",
    };

    private static readonly SchemaOrgProperty[] PropertyList =
    [
        new("name", "Thing", "Text"),
        new("alternateName", "Thing", "Text"),
        new("description", "Thing", "Text", "TextObject"),
        new("url", "Thing", "URL"),
        new("image", "Thing", "ImageObject", "URL"),
        new("headline", "CreativeWork", "Text"),
        new("alternativeHeadline", "CreativeWork", "Text"),
        new("abstract", "CreativeWork", "Text"),
        new("text", "CreativeWork", "Text"),
        new("keywords", "CreativeWork", "DefinedTerm", "Text", "URL"),
        new("genre", "CreativeWork", "Text", "URL"),
        new("inLanguage", "CreativeWork", "Language", "Text"),
        new("creditText", "CreativeWork", "Text"),
        new("copyrightNotice", "CreativeWork", "Text"),
        new("author", "CreativeWork", "Organization", "Person"),
        new("creator", "CreativeWork", "Organization", "Person"),
        new("contributor", "CreativeWork", "Organization", "Person"),
        new("editor", "CreativeWork", "Person"),
        new("publisher", "CreativeWork", "Organization", "Person"),
        new("copyrightHolder", "CreativeWork", "Organization", "Person"),
        new("sourceOrganization", "CreativeWork", "Organization"),
        new("datePublished", "CreativeWork", "Date", "DateTime"),
        new("dateModified", "CreativeWork", "Date", "DateTime"),
        new("dateCreated", "CreativeWork", "Date", "DateTime"),
        new("citation", "CreativeWork", "CreativeWork", "Text"),
        new("hasPart", "CreativeWork", "CreativeWork"),
        new("isPartOf", "CreativeWork", "CreativeWork", "URL"),
        new("articleBody", "Article", "Text"),
        new("articleSection", "Article", "Text"),
        new("backstory", "Article", "CreativeWork", "Text"),
        new("dateline", "NewsArticle", "Text"),
        new("printSection", "NewsArticle", "Text"),
        new("printEdition", "NewsArticle", "Text"),
        new("printColumn", "NewsArticle", "Text"),
        new("printPage", "NewsArticle", "Text"),
        new("spokenByCharacter", "Quotation", "Organization", "Person"),
        new("jobTitle", "Person", "DefinedTerm", "Text"),
        new("affiliation", "Person", "Organization"),
        new("worksFor", "Person", "Organization"),
    ];

    private static readonly Dictionary<string, SchemaOrgProperty> PropertiesByName = Index(PropertyList);

    /// <summary>Types a whole article may be: <c>Article</c> and its subtypes.</summary>
    public static IEnumerable<string> DocumentTypes => Where(type => IsA(type, "Article"));

    /// <summary>Every type a document or one of its objects may be.</summary>
    public static IEnumerable<string> Types => Parents.Keys;

    /// <summary>Every property, in a stable order.</summary>
    public static IReadOnlyList<SchemaOrgProperty> Properties => PropertyList;

    /// <summary>Whether <paramref name="type"/> is a known type.</summary>
    public static bool IsType(string type) => Parents.ContainsKey(type);

    /// <summary>Whether <paramref name="type"/> is <paramref name="ancestor"/> or one of its subtypes.</summary>
    public static bool IsA(string type, string ancestor)
    {
        for (string? current = type; current is not null; current = Parents.TryGetValue(current, out string? parent) ? parent : null)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The property named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static SchemaOrgProperty? Find(string name) => PropertiesByName.TryGetValue(name, out SchemaOrgProperty? property) ? property : null;

    /// <summary>The properties an object of <paramref name="type"/> may have.</summary>
    public static IEnumerable<string> PropertiesOf(string type)
    {
        foreach (SchemaOrgProperty property in PropertyList)
        {
            if (IsA(type, property.Domain))
            {
                yield return property.Name;
            }
        }
    }

    private static IEnumerable<string> Where(Func<string, bool> predicate)
    {
        foreach (string type in Parents.Keys)
        {
            if (predicate(type))
            {
                yield return type;
            }
        }
    }

    private static Dictionary<string, SchemaOrgProperty> Index(SchemaOrgProperty[] list)
    {
        var index = new Dictionary<string, SchemaOrgProperty>(StringComparer.Ordinal);
        foreach (SchemaOrgProperty property in list)
        {
            index.Add(property.Name, property);
        }

        return index;
    }
}

/// <summary>A schema.org property: the type it belongs to and the types its values may have.</summary>
public sealed class SchemaOrgProperty
{
    internal SchemaOrgProperty(string name, string domain, params string[] ranges)
    {
        Name = name;
        Domain = domain;
        Ranges = ranges;
    }

    /// <summary>The property name.</summary>
    public string Name { get; }

    /// <summary>The type that has it (and so do its subtypes).</summary>
    public string Domain { get; }

    /// <summary>The expected types of its values (schema.org's <c>rangeIncludes</c>), as schema.org lists them.</summary>
    public IReadOnlyList<string> Ranges { get; }

    /// <summary>Whether a value may be text.</summary>
    public bool TakesText => Contains("Text");

    /// <summary>
    /// Whether the property holds the text of the whole work, so the values are joined into one string by a blank
    /// line rather than listed.
    /// </summary>
    public bool JoinsText => Name is "articleBody" or "text";

    /// <summary>Whether a value may be an object of <paramref name="type"/>.</summary>
    public bool TakesObjectOf(string type)
    {
        foreach (string range in Ranges)
        {
            if (SchemaOrgTerms.IsA(type, range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person or organisation type a name becomes by default, or <see langword="null"/> when the property takes neither.</summary>
    public string? DefaultAgentType =>
        Contains("Organization") && (Name == "publisher" || !Contains("Person")) ? "Organization" : Contains("Person") ? "Person" : null;

    /// <summary>The expected types as a phrase: <c>Person or Organization</c>.</summary>
    public string RangeText => Ranges.Count == 1 ? Ranges[0] : string.Join(", ", Take(Ranges.Count - 1)) + " or " + Ranges[Ranges.Count - 1];

    private bool Contains(string range)
    {
        foreach (string candidate in Ranges)
        {
            if (candidate == range)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<string> Take(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return Ranges[i];
        }
    }
}
