using System.Collections.Generic;
using System.Text;
using Copydesk.Units;
using Markdig.Syntax.Inlines;

namespace Copydesk.Markup.Markdown;

/// <summary>
/// The plain text of Markdown inlines, with inline markup removed (emphasis, code spans, links and images keep their
/// text; raw HTML is dropped; line breaks become single spaces), and the links met on the way.
/// </summary>
internal static class InlineText
{
    /// <summary>The plain text of <paramref name="inline"/>, trimmed; its links are added to <paramref name="links"/>.</summary>
    /// <param name="inline">The inlines of a block.</param>
    /// <param name="links">Where the links met are added.</param>
    /// <param name="scratch">A builder to reuse across blocks (cleared here), so an article's units share one buffer.</param>
    public static string Of(ContainerInline? inline, List<UnitLink> links, StringBuilder scratch)
    {
        scratch.Clear();
        if (inline is not null)
        {
            Append(inline, scratch, links);
        }

        int start = 0, end = scratch.Length;
        while (start < end && char.IsWhiteSpace(scratch[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(scratch[end - 1]))
        {
            end--;
        }

        return scratch.ToString(start, end - start);
    }

    // Recursion follows inline nesting, which Markdig bounds for emphasis and links.
    private static void Append(Inline inline, StringBuilder text, List<UnitLink> links)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                links.Add(new UnitLink(autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, null));
                break;
            case LinkInline link:
                var inner = new StringBuilder();
                AppendChildren(link, inner, links);
                string label = inner.ToString().Trim();
                links.Add(new UnitLink(label, link.Url ?? string.Empty, string.IsNullOrEmpty(link.Title) ? null : link.Title));
                text.Append(label);
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                AppendChildren(container, text, links);
                break;
        }
    }

    private static void AppendChildren(ContainerInline container, StringBuilder text, List<UnitLink> links)
    {
        foreach (Inline child in container)
        {
            Append(child, text, links);
        }
    }
}
