using System;
using System.Collections.Generic;

namespace Copydesk.Units;

/// <summary>
/// One unit of an article as a schema sees it: a line, a paragraph or a Markdown block. Line classes and slots match
/// units; a slot's value is the unit's <see cref="Text"/> at its <see cref="Span"/>. Built by the input model the
/// schema names (<c>input:</c>): <see cref="ArticleUnits.Lines"/>, <see cref="ArticleUnits.Paragraphs"/>, or the
/// Markdown reader of Copydesk.Markup.
/// </summary>
public sealed class TextUnit
{
    private static readonly UnitLink[] NoLinks = [];

    private IReadOnlyList<TextLine>? lines;

    /// <summary>Creates a unit.</summary>
    /// <param name="kind">What the unit is.</param>
    /// <param name="text">Its text: trimmed for a line, lines joined with single spaces for a paragraph, plain text for a Markdown block, verbatim for code.</param>
    /// <param name="span">Where it stands in the original text, from its first to its last character.</param>
    /// <param name="indentation">The columns of white space before its first character on its first line (a tab advances to the next multiple of 4).</param>
    /// <param name="lines">
    /// Its physical lines, each trimmed and located; <see langword="null"/> for a unit of one line, whose only line is
    /// its text at its span.
    /// </param>
    public TextUnit(UnitKind kind, string text, SourceSpan span, int indentation, IReadOnlyList<TextLine>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Text = text;
        Span = span;
        Indentation = indentation;
        this.lines = lines;
    }

    /// <summary>What the unit is.</summary>
    public UnitKind Kind { get; }

    /// <summary>The unit's text, which line classes test and slots read.</summary>
    public string Text { get; }

    /// <summary>Where the unit stands in the original text.</summary>
    public SourceSpan Span { get; }

    /// <summary>The columns of white space before the unit's first character on its first line (tabs to multiples of 4).</summary>
    public int Indentation { get; }

    /// <summary>The unit's physical lines, trimmed and located, in order.</summary>
    public IReadOnlyList<TextLine> Lines => lines ??= [new TextLine(Text, Span)];

    /// <summary>A heading's level (1 to 6); 0 for every other kind.</summary>
    public int Level { get; init; }

    /// <summary>
    /// How deeply the unit is nested in Markdown containers: 1 for an item of a top-level list, 2 for an item of a
    /// list inside it, and so on; 0 outside lists.
    /// </summary>
    public int ListDepth { get; init; }

    /// <summary>How many Markdown block quotes enclose the unit; 0 outside quotes.</summary>
    public int QuoteDepth { get; init; }

    /// <summary>Whether a list item belongs to an ordered (numbered) list.</summary>
    public bool Ordered { get; init; }

    /// <summary>An ordered list item's number, as the reader counts it from the list's start; <see langword="null"/> otherwise.</summary>
    public int? Number { get; init; }

    /// <summary>A fenced code block's info string (such as <c>csharp</c>); <see langword="null"/> otherwise or when none is written.</summary>
    public string? Info { get; init; }

    /// <summary>The links (and images) in the unit, in order.</summary>
    public IReadOnlyList<UnitLink> Links { get; init; } = NoLinks;

    /// <summary>The unit as a text value: its text at its span.</summary>
    public TextLine ToTextLine() => new(Text, Span);

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
