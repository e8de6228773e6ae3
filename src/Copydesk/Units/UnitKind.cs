namespace Copydesk.Units;

/// <summary>What a <see cref="TextUnit"/> is: a physical line, a hard-wrapped paragraph, or a Markdown block.</summary>
public enum UnitKind
{
    /// <summary>One non-blank physical line (<c>input: lines</c>).</summary>
    Line = 0,

    /// <summary>A paragraph: physical lines joined with single spaces (<c>input: paragraphs</c> and Markdown).</summary>
    Paragraph,

    /// <summary>A Markdown heading (ATX <c>#</c> or setext), with its <see cref="TextUnit.Level"/>.</summary>
    Heading,

    /// <summary>The text of one Markdown list item, with its <see cref="TextUnit.ListDepth"/>, whether it is ordered and its number.</summary>
    ListItem,

    /// <summary>A paragraph inside a Markdown block quote.</summary>
    Quote,

    /// <summary>A fenced or indented Markdown code block: its verbatim text and <see cref="TextUnit.Info"/> string.</summary>
    Code,

    /// <summary>A Markdown thematic break (<c>---</c>, <c>***</c>).</summary>
    ThematicBreak,

    /// <summary>A Markdown HTML block, verbatim.</summary>
    Html,

    /// <summary>A Markdown pipe table: its rows, cells separated by <c>" | "</c>, rows by line breaks.</summary>
    Table,

    /// <summary>A Markdown paragraph that holds nothing but one image; its text is the image's alternative text and its link the image.</summary>
    Image,
}
