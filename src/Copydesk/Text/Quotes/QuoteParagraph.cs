using System;
using System.Collections.Generic;
using System.Text;

namespace Copydesk.Text.Quotes;

/// <summary>
/// One paragraph of prose to search for quotations: a single line, or several physical lines of a hard-wrapped
/// paragraph joined with one space. Every position in <see cref="Text"/> maps back to its line and column in the
/// article.
/// </summary>
public sealed class QuoteParagraph
{
    private readonly TextLine[] lines;

    // Where each line starts in Text; lines are separated by exactly one space.
    private readonly int[] starts;

    /// <summary>A paragraph written on one line.</summary>
    /// <param name="line">The line, as <see cref="ArticleText.SplitLines(string)"/> or a paragraph slot gives it.</param>
    public QuoteParagraph(TextLine line)
    {
        lines = [line];
        starts = [0];
        Text = line.Text ?? string.Empty;
    }

    /// <summary>A paragraph written over several physical lines, read as if they were joined with one space.</summary>
    /// <param name="lines">The lines in order, each one physical line of the article; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty.</exception>
    public QuoteParagraph(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("A paragraph has at least one line.", nameof(lines));
        }

        this.lines = new TextLine[lines.Count];
        starts = new int[lines.Count];
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            this.lines[i] = lines[i];
            starts[i] = text.Length;
            text.Append(lines[i].Text);
        }

        Text = text.ToString();
    }

    /// <summary>The paragraph's text, its lines joined with one space.</summary>
    public string Text { get; }

    /// <summary>Where the paragraph stands in the article, from its first character to its last.</summary>
    public SourceSpan Span => Locate(0, Text.Length);

    /// <summary>
    /// Groups article lines into paragraphs the way prose is written: lines on consecutive line numbers form one
    /// paragraph, a blank line ends it.
    /// </summary>
    /// <param name="lines">Non-blank lines in order, as <see cref="ArticleText.SplitLines(string)"/> returns them.</param>
    public static QuoteParagraph[] Group(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paragraphs = new List<QuoteParagraph>();
        int first = 0;
        for (int i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || lines[i].Span.Line != lines[i - 1].Span.EndLine + 1)
            {
                paragraphs.Add(i - first == 1 ? new QuoteParagraph(lines[first]) : new QuoteParagraph(Slice(lines, first, i - first)));
                first = i;
            }
        }

        return paragraphs.ToArray();
    }

    /// <summary>
    /// The paragraph of <see cref="Text"/> from <paramref name="start"/> on (the text after an inline dateline), every
    /// position still mapped to its line and column in the article.
    /// </summary>
    internal QuoteParagraph From(int start)
    {
        int index = Array.BinarySearch(starts, start);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Clamp(index, 0, lines.Length - 1);
        TextLine first = lines[index];
        string text = first.Text ?? string.Empty;
        int cut = Math.Clamp(start - starts[index], 0, text.Length);
        SourceSpan span = first.Span;
        var rest = new TextLine[lines.Length - index];
        rest[0] = new TextLine(text.Substring(cut), span with { Column = span.Column + cut, Offset = span.Offset + cut, Length = Math.Max(span.Length - cut, 0) });
        Array.Copy(lines, index + 1, rest, 1, rest.Length - 1);
        return rest.Length == 1 ? new QuoteParagraph(rest[0]) : new QuoteParagraph(rest);
    }

    /// <summary>The article span of <paramref name="length"/> characters of <see cref="Text"/> from <paramref name="start"/>.</summary>
    internal SourceSpan Locate(int start, int length)
    {
        start = Math.Clamp(start, 0, Text.Length);
        int end = Math.Clamp(start + Math.Max(length, 0), start, Text.Length);
        SourceSpan first = PointAt(start, atEnd: false);
        SourceSpan last = end > start ? PointAt(end - 1, atEnd: true) : first;
        return end > start ? SourceSpan.Cover(first, last) : first with { EndLine = first.Line, EndColumn = first.Column, Length = 0 };
    }

    // A one-character span at a position of Text; the space that joins two lines belongs to the earlier line.
    private SourceSpan PointAt(int position, bool atEnd)
    {
        int index = Array.BinarySearch(starts, position);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Clamp(index, 0, lines.Length - 1);
        SourceSpan line = lines[index].Span;
        int local = Math.Min(position - starts[index], Math.Max((lines[index].Text ?? string.Empty).Length - (atEnd ? 1 : 0), 0));
        return new SourceSpan(line.Line, line.Column + local, line.Line, line.Column + local + 1, line.Offset + local, 1);
    }

    private static TextLine[] Slice(IReadOnlyList<TextLine> lines, int first, int count)
    {
        var slice = new TextLine[count];
        for (int i = 0; i < count; i++)
        {
            slice[i] = lines[first + i];
        }

        return slice;
    }
}
