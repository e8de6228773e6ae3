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
        AppendTo(scratch.Clear(), inline, links);
        return scratch.ToString();
    }

    /// <summary>Appends the plain text of <paramref name="inline"/>, trimmed, to <paramref name="text"/>; its links are added to <paramref name="links"/>.</summary>
    public static void AppendTo(StringBuilder text, ContainerInline? inline, List<UnitLink> links)
    {
        int start = text.Length;
        if (inline is not null)
        {
            Append(inline, text, links);
        }

        TrimFrom(text, start);
    }

    // Trims the white space around what was appended from start on, in place: no intermediate string.
    private static void TrimFrom(StringBuilder text, int start)
    {
        int end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        text.Length = end;
        int first = start;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        text.Remove(start, first - start);
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
                // The label is written into the same buffer, trimmed there, and copied out once.
                int labelStart = text.Length;
                AppendChildren(link, text, links);
                TrimFrom(text, labelStart);
                links.Add(new UnitLink(text.ToString(labelStart, text.Length - labelStart), link.Url ?? string.Empty, string.IsNullOrEmpty(link.Title) ? null : link.Title));
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
