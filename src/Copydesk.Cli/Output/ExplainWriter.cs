using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Copydesk.Cli.Explain;
using Copydesk.Units;

namespace Copydesk.Cli.Output;

/// <summary>
/// Prints an <see cref="Explanation"/> as a table: line number, the line's text (shortened), and what read it, with
/// notes under a line where parts gave it back or where the parse stopped. Paragraphs and Markdown blocks are rows
/// too, placed at their first line:column and named by kind (<c>heading 2</c>, <c>listItem</c>). Columns are aligned
/// for reading in a terminal.
/// </summary>
public static class ExplainWriter
{
    /// <summary>The width of the text column, in characters.</summary>
    public const int TextWidth = 44;

    // Lines of the table written between two flushes of the output.
    private const int FlushEvery = 1024;

    /// <summary>Writes <paramref name="explanation"/> of <paramref name="file"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, string file, string schemaPath, string typeName, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(explanation);

        // Plain lines are numbered by line; paragraphs and Markdown blocks by where they start, with their kind.
        bool units = explanation.Lines.Any(line => line.Unit.Kind != UnitKind.Line);
        string noun = units ? "unit" : "non-blank line";
        string Place(LineExplanation line) => units
            ? string.Create(CultureInfo.InvariantCulture, $"{line.Unit.Span.Line}:{line.Unit.Span.Column}")
            : line.Unit.Span.Line.ToString(CultureInfo.InvariantCulture);
        int numberWidth = Math.Max(units ? 5 : 4, explanation.Lines.Count > 0 ? explanation.Lines.Max(line => Place(line).Length) : 1);
        int kindWidth = units ? Math.Max(4, explanation.Lines.Max(line => UnitsText.Kind(line.Unit).Length)) + 2 : 0;
        string noteIndent = new(' ', numberWidth + 2 + kindWidth + TextWidth + 2);

        writer.WriteLine($"{DisplayNames.Escape(file)}: {Count(explanation.Lines.Count, noun)}, schema {typeName} ({DisplayNames.Escape(schemaPath)})");
        writer.WriteLine();
        writer.WriteLine($"{(units ? "at" : "line").PadLeft(numberWidth)}  {(units ? "kind".PadRight(kindWidth) : string.Empty)}{"text".PadRight(TextWidth)}  read by");
        int written = 0;
        foreach (LineExplanation line in explanation.Lines)
        {
            string kind = units ? UnitsText.Kind(line.Unit).PadRight(kindWidth) : string.Empty;
            writer.WriteLine($"{Place(line).PadLeft(numberWidth)}  {kind}{Shorten(line.Unit.Text, TextWidth)}  {Describe(line)}".TrimEnd());
            foreach (string note in line.Notes)
            {
                writer.WriteLine($"{noteIndent}- {note}");
            }

            // Sent on in whole lines as it goes, so the account of a long article is never held whole as text.
            if (++written % FlushEvery == 0)
            {
                writer.Flush();
            }
        }

        if (explanation.EndNotes.Count > 0)
        {
            string fate = explanation.StoppedAtEnd ? "NOTHING LEFT: the parse stopped here" : "every line read";
            writer.WriteLine($"{new string(' ', numberWidth + kindWidth)}  {Shorten("(end of text)", TextWidth)}  {fate}".TrimEnd());
            foreach (string note in explanation.EndNotes)
            {
                writer.WriteLine($"{noteIndent}- {note}");
            }
        }

        writer.WriteLine();
        if (explanation.ParseError is { } error)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped at line {error.Span.Line}, column {error.Span.Column} ({error.Code}): {error.Message}"));
            return;
        }

        writer.WriteLine($"parsed: {Count(explanation.Lines.Count, units ? "unit" : "line")}");
        foreach (ArticleIssue issue in explanation.Issues)
        {
            writer.WriteLine(issue.ToString(DisplayNames.Escape(file)));
        }
    }

    private static string Describe(LineExplanation line) => line.Fate switch
    {
        LineFate.Read => line.ReadBy ?? string.Empty,
        LineFate.Reused => $"{line.ReadBy} (reused from an earlier attempt)",
        LineFate.Stopped => "NOT READ: the parse stopped here",
        LineFate.NotReached => "not reached",
        _ => "NOT READ",
    };

    /// <summary>Fits <paramref name="text"/> into <paramref name="width"/> characters: control characters become spaces, long text keeps its start and its end around '…' (<see cref="Copydesk.Text.LineExcerpt"/>), short text is padded.</summary>
    public static string Shorten(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(width);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return Copydesk.Text.LineExcerpt.Of(builder.ToString(), width).PadRight(width);
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
