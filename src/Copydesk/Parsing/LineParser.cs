using System;
using System.Collections.Generic;
using System.Text;
using Copydesk.Text;

namespace Copydesk.Parsing;

/// <summary>
/// The state of one parse over the lines of an article: the lines, which of them are reserved for
/// markers, and the farthest failure seen so far, from which the parse error is built. Generated
/// parsers and the interpreter both drive it, so both report the same errors. Not thread-safe: use one
/// instance per parse.
/// </summary>
public sealed class LineParser
{
    private readonly bool[] reserved;
    private readonly List<(Expectation Expected, string Section)> expectations = new();
    private int farthest = -1;

    /// <summary>Prepares a parse of <paramref name="lines"/>; a line matching any of <paramref name="markers"/> is reserved.</summary>
    public LineParser(TextLine[] lines, Marker[] markers)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(markers);
        Lines = lines;
        reserved = new bool[lines.Length];
        if (markers.Length > 0)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Marker marker in markers)
                {
                    if (marker.Matches(lines[i].Text))
                    {
                        reserved[i] = true;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The lines being parsed.</summary>
    public TextLine[] Lines { get; }

    /// <summary>The number of lines.</summary>
    public int Count => Lines.Length;

    /// <summary>
    /// The layout slot being parsed; failures recorded meanwhile carry it as their issue path.
    /// Set it before each layout slot.
    /// </summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>Whether the line at <paramref name="position"/> matches a marker and so no line class.</summary>
    public bool IsReserved(int position) => reserved[position];

    /// <summary>
    /// Whether the line at <paramref name="position"/> is a plain (not reserved) line; records
    /// <paramref name="expected"/> as a failure when there is no such line.
    /// </summary>
    public bool TryTakePlainLine(int position, Expectation expected)
    {
        if (position < Lines.Length && !reserved[position])
        {
            return true;
        }

        Fail(position, expected);
        return false;
    }

    /// <summary>The span from line <paramref name="start"/> up to (not including) line <paramref name="end"/>; empty where they meet.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        if (end > start)
        {
            return SourceSpan.Cover(Lines[start].Span, Lines[end - 1].Span);
        }

        if (start < Lines.Length)
        {
            SourceSpan next = Lines[start].Span;
            return new SourceSpan(next.Line, next.Column, next.Line, next.Column, next.Offset, 0);
        }

        if (Lines.Length == 0)
        {
            return new SourceSpan(1, 1, 1, 1, 0, 0);
        }

        SourceSpan last = Lines[Lines.Length - 1].Span;
        return new SourceSpan(last.EndLine, last.EndColumn, last.EndLine, last.EndColumn, last.Offset + last.Length, 0);
    }

    /// <summary>Records that <paramref name="expected"/> was not found at <paramref name="position"/>.</summary>
    public void Fail(int position, Expectation expected)
    {
        if (position < farthest)
        {
            return;
        }

        if (position > farthest)
        {
            farthest = position;
            expectations.Clear();
        }

        foreach (var (existing, _) in expectations)
        {
            if (ReferenceEquals(existing, expected) || existing == expected)
            {
                return;
            }
        }

        expectations.Add((expected, Section));
    }

    /// <summary>
    /// Finishes a parse whose layout stopped at <paramref name="position"/>: <see langword="true"/> when
    /// every line was read; otherwise the end of the article is recorded as expected there.
    /// </summary>
    public bool TryFinish(int position)
    {
        if (position == Lines.Length)
        {
            return true;
        }

        Section = string.Empty;
        Fail(position, Expectation.EndOfArticle);
        return false;
    }

    /// <summary>Builds the parse error from the farthest failure.</summary>
    public ArticleIssue CreateError()
    {
        if (farthest < 0)
        {
            // Only a layout without slots fails without recording; describe it instead of crashing.
            farthest = 0;
        }

        string expected = DescribeExpectations();
        string path = expectations.Count > 0 ? expectations[0].Section : string.Empty;
        if (farthest < Lines.Length)
        {
            TextLine line = Lines[farthest];
            string found = Quote(line.Text);
            return new ArticleIssue(
                IssueCodes.ParseError,
                IssueSeverity.Error,
                path,
                $"Line {line.Span.Line} does not fit the layout: found {found}{(reserved[farthest] ? " (a marker line)" : string.Empty)}; expected {expected}.",
                line.Span);
        }

        if (Lines.Length == 0)
        {
            return new ArticleIssue(IssueCodes.ParseError, IssueSeverity.Error, path, $"The article is empty; expected {expected}.", SpanOf(0, 0));
        }

        SourceSpan end = SpanOf(Lines.Length, Lines.Length);
        return new ArticleIssue(
            IssueCodes.ParseError,
            IssueSeverity.Error,
            path,
            $"The article ends after line {end.Line}; expected {expected}.",
            end);
    }

    private string DescribeExpectations()
    {
        if (expectations.Count == 0)
        {
            return Expectation.EndOfArticle.ToString();
        }

        var builder = new StringBuilder();
        for (int i = 0; i < expectations.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == expectations.Count - 1 ? " or " : ", ");
            }

            builder.Append(expectations[i].Expected.ToString());
        }

        return builder.ToString();
    }

    private static string Quote(string text)
    {
        const int Limit = 60;
        return text.Length <= Limit ? $"\"{text}\"" : $"\"{text.Substring(0, Limit)}…\"";
    }
}
