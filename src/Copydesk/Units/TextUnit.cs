using System;
using System.Collections.Generic;
using System.Threading;

namespace Copydesk.Units;

/// <summary>
/// One unit of an article as a schema sees it: a line, a paragraph or a Markdown block. Line classes and slots match
/// units; a slot's value is the unit's <see cref="Text"/> at its <see cref="Span"/>. Built by the input model the
/// schema names (<c>input:</c>): <see cref="ArticleUnits.Lines"/>, <see cref="ArticleUnits.Paragraphs"/>, or the
/// Markdown reader of Copydesk.Markup.
/// </summary>
/// <remarks>
/// A unit made from its source text points into it: its text and its physical lines are made the first time they are
/// read, once, and line classes test its characters (<see cref="AsSpan"/>, <see cref="Length"/>) without making them
/// into a string. Reading a unit from several threads at once is safe.
/// </remarks>
public sealed class TextUnit
{
    // The article text the unit points into; null for a unit made from its text (and lines).
    private readonly string? source;

    // Whether the text was given rather than made from the source: then the lines are not the text.
    private readonly bool textGiven;

    // The unit's text once made (or as given); the lines once made (or as given). Set once, shared by every reader.
    private string? text;
    private IReadOnlyList<TextLine>? lines;

    // What only some Markdown blocks carry (made by the first initialiser that sets something else than the default),
    // so that a line, a paragraph or a plain Markdown paragraph does not pay for it.
    private BlockDetails? details;

    /// <summary>Creates a unit of one line from its text: its only line is its text at its span.</summary>
    /// <param name="kind">What the unit is.</param>
    /// <param name="text">Its text: trimmed for a line, plain text for a Markdown block, verbatim for code.</param>
    /// <param name="span">Where it stands in the original text, from its first to its last character.</param>
    /// <param name="indentation">The columns of white space before its first character on its first line (a tab advances to the next multiple of 4).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TextUnit(UnitKind kind, string text, SourceSpan span, int indentation)
        : this(kind, text, span, indentation, null)
    {
    }

    /// <summary>Creates a unit from its text and lines.</summary>
    /// <param name="kind">What the unit is.</param>
    /// <param name="text">Its text: trimmed for a line, lines joined with single spaces for a paragraph, plain text for a Markdown block, verbatim for code.</param>
    /// <param name="span">Where it stands in the original text, from its first to its last character.</param>
    /// <param name="indentation">The columns of white space before its first character on its first line (a tab advances to the next multiple of 4).</param>
    /// <param name="lines">
    /// Its physical lines, each trimmed and located; <see langword="null"/> for a unit of one line, whose only line is
    /// its text at its span.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TextUnit(UnitKind kind, string text, SourceSpan span, int indentation, IReadOnlyList<TextLine>? lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        this.text = text;
        Span = span;
        Indentation = indentation;
        this.lines = lines;
    }

    /// <summary>
    /// Creates a unit that points into the article text <paramref name="source"/>. Its <see cref="Lines"/> are the
    /// non-blank physical lines its span covers, trimmed and located, made when first read. Its text is
    /// <paramref name="text"/> when given; otherwise those lines joined with single spaces, made when first read (for a
    /// unit of one line, the characters at its span, which must then be the whole trimmed line).
    /// </summary>
    /// <param name="kind">What the unit is.</param>
    /// <param name="span">Where it stands in <paramref name="source"/>, from its first to its last character.</param>
    /// <param name="indentation">The columns of white space before its first character on its first line (a tab advances to the next multiple of 4).</param>
    /// <param name="source">The whole article text the span is in.</param>
    /// <param name="text">Its text when it is not its lines joined (the plain text of a Markdown block), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie in <paramref name="source"/>.</exception>
    public TextUnit(UnitKind kind, SourceSpan span, int indentation, string source, string? text)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (span.Offset < 0 || span.Length < 0 || span.Offset > source.Length - span.Length || span.Column < 1 || span.Column > span.Offset + 1 || span.EndLine < span.Line)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span does not lie in the source text.");
        }

        Kind = kind;
        Span = span;
        Indentation = indentation;
        this.source = source;
        this.text = text;
        textGiven = text is not null;
    }

    /// <summary>What the unit is.</summary>
    public UnitKind Kind { get; }

    /// <summary>The unit's text, which line classes test and slots read; made once, the first time it is read.</summary>
    public string Text => text ?? Keep(ref text, MakeText());

    /// <summary>The text if it has been made (or was given); <see langword="null"/> otherwise.</summary>
    internal string? TextIfMade => Volatile.Read(ref text);

    /// <summary>The length of <see cref="Text"/>, known without making it for a unit of one line.</summary>
    public int Length => text is not null ? text.Length : IsSlice ? Span.Length : Text.Length;

    /// <summary>Where the unit stands in the original text.</summary>
    public SourceSpan Span { get; }

    /// <summary>The columns of white space before the unit's first character on its first line (tabs to multiples of 4).</summary>
    public int Indentation { get; }

    /// <summary>The unit's physical lines, trimmed and located, in order; each line's text is made when it is read.</summary>
    public IReadOnlyList<TextLine> Lines => lines ?? Keep(ref lines, MakeLines());

    /// <summary>A heading's level (1 to 6); 0 for every other kind.</summary>
    public int Level
    {
        get => details?.Level ?? 0;
        init
        {
            if (value != 0)
            {
                Details.Level = value;
            }
        }
    }

    /// <summary>
    /// How deeply the unit is nested in Markdown containers: 1 for an item of a top-level list, 2 for an item of a
    /// list inside it, and so on; 0 outside lists.
    /// </summary>
    public int ListDepth
    {
        get => details?.ListDepth ?? 0;
        init
        {
            if (value != 0)
            {
                Details.ListDepth = value;
            }
        }
    }

    /// <summary>How many Markdown block quotes enclose the unit; 0 outside quotes.</summary>
    public int QuoteDepth
    {
        get => details?.QuoteDepth ?? 0;
        init
        {
            if (value != 0)
            {
                Details.QuoteDepth = value;
            }
        }
    }

    /// <summary>Whether a list item belongs to an ordered (numbered) list.</summary>
    public bool Ordered
    {
        get => details?.Ordered ?? false;
        init
        {
            if (value)
            {
                Details.Ordered = value;
            }
        }
    }

    /// <summary>An ordered list item's number, as the reader counts it from the list's start; <see langword="null"/> otherwise.</summary>
    public int? Number
    {
        get => details?.Number;
        init
        {
            if (value is not null)
            {
                Details.Number = value;
            }
        }
    }

    /// <summary>A fenced code block's info string (such as <c>csharp</c>); <see langword="null"/> otherwise or when none is written.</summary>
    public string? Info
    {
        get => details?.Info;
        init
        {
            if (value is not null)
            {
                Details.Info = value;
            }
        }
    }

    /// <summary>The links (and images) in the unit, in order.</summary>
    public IReadOnlyList<UnitLink> Links
    {
        get => details?.Links ?? BlockDetails.NoLinks;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count > 0)
            {
                Details.Links = value;
            }
        }
    }

    // The text is the characters at the span: a unit of one line made from its source without a text of its own.
    private bool IsSlice => source is not null && Span.EndLine == Span.Line;

    private BlockDetails Details => details ??= new BlockDetails();

    /// <summary>The unit's text as characters, without making it a string when the unit points into its source.</summary>
    public ReadOnlySpan<char> AsSpan() => text is not null ? text.AsSpan() : IsSlice ? source.AsSpan(Span.Offset, Span.Length) : Text.AsSpan();

    /// <summary>The unit as a text value: its text at its span.</summary>
    public TextLine ToTextLine() => new(Text, Span);

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    // Two threads may make the same value at once; the first kept is the one every reader sees, so a unit has one text.
    private static T Keep<T>(ref T? field, T made)
        where T : class => Interlocked.CompareExchange(ref field, made, null) ?? made;

    private string MakeText() => IsSlice ? source!.Substring(Span.Offset, Span.Length) : CoveredLines.Joined(source!, Span);

    private IReadOnlyList<TextLine> MakeLines() =>
        source is null || (IsSlice && !textGiven) ? [ToTextLine()] : new CoveredLines(source, Span, text);

    // Mutable only while the unit's initialiser runs (init accessors); read-only after.
    private sealed class BlockDetails
    {
        public static readonly UnitLink[] NoLinks = [];

        public int Level { get; set; }

        public int ListDepth { get; set; }

        public int QuoteDepth { get; set; }

        public bool Ordered { get; set; }

        public int? Number { get; set; }

        public string? Info { get; set; }

        public IReadOnlyList<UnitLink> Links { get; set; } = NoLinks;
    }
}
