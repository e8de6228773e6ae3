using System.Text;

namespace Copydesk.Schema.Naming;

/// <summary>The C# names of front matter, shared by the loader's checks, the plan and so both back ends.</summary>
public static class FrontMatterNames
{
    /// <summary>The article property, and the member of the contract JSON, that holds the front matter.</summary>
    public const string Property = "FrontMatter";

    /// <summary>The JSON member and the first segment of issue paths: <c>frontMatter.tags[2]</c>.</summary>
    public const string JsonName = "frontMatter";

    /// <summary>Members of every front-matter record besides the record members.</summary>
    public static readonly string[] RecordMembers = ["Span", "Issues"];

    /// <summary>The record of the top-level front matter of article type <paramref name="typeName"/>.</summary>
    public static string RecordName(string typeName) => typeName + Property;

    /// <summary>The record of a nested mapping field: its parent record's name and the field's property name.</summary>
    public static string NestedRecordName(string parentRecord, string key) => parentRecord + PropertyName(key);

    /// <summary>
    /// The property of a key: its words, split at <c>-</c> and <c>_</c>, each with its first letter upper-cased
    /// (<c>pubDate</c> → <c>PubDate</c>, <c>cover_image</c> and <c>cover-image</c> → <c>CoverImage</c>).
    /// </summary>
    public static string PropertyName(string key)
    {
        var name = new StringBuilder(key.Length);
        bool upper = true;
        foreach (char c in key)
        {
            if (c is '-' or '_')
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.ToString();
    }

    /// <summary>Why <paramref name="key"/> cannot become a property, or <see langword="null"/>: an ASCII letter, then letters, digits, <c>-</c> and <c>_</c>.</summary>
    public static string? CheckKey(string key)
    {
        if (key.Length == 0 || !(key[0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
        {
            return "it must start with an ASCII letter";
        }

        foreach (char c in key)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return $"'{c}' is not a letter, a digit, '-' or '_'";
            }
        }

        return null;
    }
}
