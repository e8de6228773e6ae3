namespace Copydesk.Schema.Model;

/// <summary>How an article's text becomes the units a schema's line classes and slots match (<c>input:</c>).</summary>
public enum InputKind
{
    /// <summary>One unit per non-blank physical line, trimmed (the default).</summary>
    Lines = 0,

    /// <summary>One unit per paragraph of hard-wrapped text: lines up to a blank line, joined with single spaces.</summary>
    Paragraphs,

    /// <summary>One unit per Markdown block (CommonMark with pipe tables), read by Copydesk.Markup.</summary>
    Markdown,
}

/// <summary>The input model a schema names, with its options; compares by value.</summary>
/// <param name="Kind">How the text becomes units.</param>
/// <param name="IndentStartsParagraph">For <see cref="InputKind.Paragraphs"/>: whether a line indented deeper than the text's margin starts a new paragraph, as in wire copy.</param>
public sealed record InputModel(InputKind Kind, bool IndentStartsParagraph)
{
    /// <summary>The default: <c>input: lines</c>.</summary>
    public static InputModel Lines { get; } = new(InputKind.Lines, false);
}
