using System;
using System.Collections.Generic;
using System.Text;
using Copydesk.Units;
using Markdig;
using Copydesk.Markup.FrontMatter;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Copydesk.Markup.Markdown;

/// <summary>
/// The Markdown input model (<c>input: markdown</c>): reads an article with Markdig (CommonMark with pipe tables) and
/// makes one unit per block a schema can read — headings, paragraphs, list items, block-quote paragraphs, code,
/// thematic breaks, HTML blocks, tables and images standing alone — each with its plain text and its place in the
/// original text. A YAML front matter block at the top (between <c>---</c> lines) is not part of the body and makes no
/// unit.
/// </summary>
public static class MarkdownUnits
{
    // YAML front matter at the very top is recognised so that it is skipped, never read as a break and a heading.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    /// <summary>The units of <paramref name="text"/>, in reading order.</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="bodyOffset">Where the Markdown starts, after front matter cut from the top; units keep their line numbers in the whole text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bodyOffset"/> is outside the text.</exception>
    public static TextUnit[] Read(string text, int bodyOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(bodyOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bodyOffset, text.Length);
        if (bodyOffset == 0 && text.Length > 0 && text[0] == '\uFEFF')
        {
            bodyOffset = 1;
        }

        (MarkdownDocument document, int shift) = Parse(text, bodyOffset);
        var reader = new Reader(new SourceLines(text), shift);
        reader.Blocks(document, default);
        return reader.Units.ToArray();
    }

    // The body after front matter is parsed in place, without a copy of it, when Markdig finds the same front matter at
    // the top (its block ends on the line before the body) and the body does not itself open with a fence, which Markdig
    // would take for front matter when the body is parsed alone; otherwise the body alone. Offsets in the document are
    // then `shift` characters before those in the text.
    private static (MarkdownDocument Document, int Shift) Parse(string text, int bodyOffset)
    {
        if (bodyOffset == 0)
        {
            return (Markdig.Markdown.Parse(text, Pipeline), 0);
        }

        if (text[0] != '\uFEFF' && !text.AsSpan(bodyOffset).StartsWith("---".AsSpan(), StringComparison.Ordinal))
        {
            MarkdownDocument whole = Markdig.Markdown.Parse(text, Pipeline);
            if (whole.Count > 0 && whole[0] is YamlFrontMatterBlock frontMatter && FrontMatterFence.NextLine(text, frontMatter.Span.End) == bodyOffset)
            {
                return (whole, 0);
            }
        }

        return (Markdig.Markdown.Parse(text.Substring(bodyOffset), Pipeline), bodyOffset);
    }

    /// <summary>The containers around a block: how many lists and quotes, and the list item whose first paragraph it may be.</summary>
    private readonly record struct Nesting(int ListDepth, int QuoteDepth, ListItemBlock? Item, bool Ordered, int? Number);

    private sealed class Reader(SourceLines source, int shift)
    {
        // One buffer for inline text, one for a table's rows and one link list for every block of the article: each
        // unit copies out what it keeps.
        private readonly StringBuilder scratch = new();
        private readonly StringBuilder rows = new();
        private readonly List<UnitLink> links = [];

        public List<TextUnit> Units { get; } = [];

        // Recursion follows container nesting (lists, quotes), which Markdig bounds.
        public void Blocks(ContainerBlock container, Nesting nesting)
        {
            foreach (Block block in container)
            {
                Block(block, nesting);
            }
        }

        private void Block(Block block, Nesting nesting)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(UnitKind.Heading, heading, nesting, heading.Inline, level: heading.Level);
                    break;

                case ParagraphBlock paragraph:
                    UnitKind kind = nesting.Item is { } item && item.Count > 0 && ReferenceEquals(item[0], paragraph) ? UnitKind.ListItem
                        : IsLoneImage(paragraph.Inline) ? UnitKind.Image
                        : nesting.QuoteDepth > 0 ? UnitKind.Quote
                        : UnitKind.Paragraph;
                    Add(kind, paragraph, nesting, paragraph.Inline);
                    break;

                case ListBlock list:
                    int number = list.IsOrdered && int.TryParse(list.OrderedStart, out int start) ? start : 1;
                    foreach (Block child in list)
                    {
                        if (child is ListItemBlock listItem)
                        {
                            var inner = new Nesting(nesting.ListDepth + 1, nesting.QuoteDepth, listItem, list.IsOrdered, list.IsOrdered ? number++ : null);
                            if (listItem.Count == 0 || listItem[0] is not ParagraphBlock)
                            {
                                // An item that starts with something else than text (empty, code, a nested list) is still an item.
                                AddVerbatim(UnitKind.ListItem, listItem, inner, string.Empty, null);
                            }

                            Blocks(listItem, inner);
                        }
                    }

                    break;

                case QuoteBlock quote:
                    Blocks(quote, nesting with { QuoteDepth = nesting.QuoteDepth + 1, Item = null });
                    break;

                case YamlFrontMatterBlock:
                    // Front matter is the article's metadata, not its body.
                    break;

                case FencedCodeBlock fenced:
                    AddVerbatim(UnitKind.Code, fenced, nesting, fenced.Lines.ToString(), string.IsNullOrEmpty(fenced.Info) ? null : fenced.Info);
                    break;

                case CodeBlock code:
                    AddVerbatim(UnitKind.Code, code, nesting, code.Lines.ToString(), null);
                    break;

                case HtmlBlock html:
                    AddVerbatim(UnitKind.Html, html, nesting, html.Lines.ToString(), null);
                    break;

                case ThematicBreakBlock thematicBreak:
                    AddVerbatim(UnitKind.ThematicBreak, thematicBreak, nesting, string.Empty, null);
                    break;

                case Table table:
                    Table(table, nesting);
                    break;

                case ContainerBlock other:
                    // Link reference definitions and other containers hold no text of their own.
                    Blocks(other, nesting);
                    break;
            }
        }

        private void Table(Table table, Nesting nesting)
        {
            StringBuilder text = rows.Clear();
            links.Clear();
            foreach (Block row in table)
            {
                if (row is not TableRow cells)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                for (int i = 0; i < cells.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(" | ");
                    }

                    if (cells[i] is TableCell { Count: > 0 } cell && cell[0] is ParagraphBlock paragraph)
                    {
                        InlineText.AppendTo(text, paragraph.Inline, links);
                    }
                }
            }

            Add(UnitKind.Table, table, nesting, text.ToString(), links, 0, null);
        }

        private void Add(UnitKind kind, LeafBlock block, Nesting nesting, ContainerInline? inline, int level = 0)
        {
            links.Clear();
            string text = InlineText.Of(inline, links, scratch);
            Add(kind, block, nesting, text, links, level, null);
        }

        private void AddVerbatim(UnitKind kind, Block block, Nesting nesting, string text, string? info) =>
            Add(kind, block, nesting, text, null, 0, info);

        private void Add(UnitKind kind, Block block, Nesting nesting, string text, List<UnitLink>? links, int level, string? info)
        {
            (int first, int end) = Extent(block);
            int indentation = source.IndentationOf(first);
            if (kind == UnitKind.ThematicBreak)
            {
                // A break's text is its line as written (a break in a quote keeps its quote marks).
                text = source.TrimmedLine(first);
            }

            // The unit points into the article: its physical lines are made only if something reads them.
            bool listItem = kind == UnitKind.ListItem;
            Units.Add(new TextUnit(kind, source.Span(first, end), indentation, source.Text, text)
            {
                Level = level,
                ListDepth = nesting.ListDepth,
                QuoteDepth = nesting.QuoteDepth,
                Ordered = listItem && nesting.Ordered,
                Number = listItem ? nesting.Number : null,
                Info = info,
                Links = links is { Count: > 0 } ? links.ToArray() : [],
            });
        }

        // The block's source from its first character to its last that is not white space, in the whole text. A list
        // item's paragraph starts at the item's marker, so its unit covers the bullet or number too.
        private (int First, int End) Extent(Block block)
        {
            Block outer = block is ParagraphBlock && block.Parent is ListItemBlock item && item.Count > 0 && ReferenceEquals(item[0], block) ? item : block;
            int first = outer.Span.Start + shift;
            int end = block.Span.End + 1 + shift;
            return (first, Math.Max(first, TrimEnd(first, end)));
        }

        private int TrimEnd(int first, int end)
        {
            string text = source.Text;
            end = Math.Min(end, text.Length);
            while (end > first && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static bool IsLoneImage(ContainerInline? inline)
        {
            Inline? only = null;
            for (Inline? child = inline?.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
                {
                    continue;
                }

                if (only is not null)
                {
                    return false;
                }

                only = child;
            }

            return only is LinkInline { IsImage: true };
        }
    }
}
