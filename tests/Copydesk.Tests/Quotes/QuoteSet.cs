using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Copydesk.Tests.Quotes;

/// <summary>One expected quotation of the test set (README in tests/quotes describes the format).</summary>
internal sealed record ExpectedQuote(string Text, string? Speaker, string? Cue, string? ResolvedSpeaker);

/// <summary>One paragraph of a story: its physical lines and the quotations a reader finds in it.</summary>
internal sealed record SetParagraph(IReadOnlyList<string> Lines, IReadOnlyList<ExpectedQuote> Quotes, string Source);

/// <summary>One invented story: its paragraphs, in order.</summary>
internal sealed record SetStory(string Name, string File, IReadOnlyList<SetParagraph> Paragraphs)
{
    /// <summary>The story as an article: paragraphs separated by a blank line, hard-wrapped lines kept.</summary>
    public string Article => string.Join("\n\n", Paragraphs.Select(p => string.Join("\n", p.Lines)));
}

/// <summary>Reads the <c>*.quotes</c> files of tests/quotes.</summary>
internal static class QuoteSet
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "quotes");

    /// <summary>The file written after the rules and never used to tune them.</summary>
    public const string HeldOutFile = "held-out.quotes";

    /// <summary>The development set: every file but the held-out one.</summary>
    public static IReadOnlyList<SetStory> Load() => Files().Where(f => Path.GetFileName(f) != HeldOutFile).SelectMany(Read).ToList();

    /// <summary>The held-out file.</summary>
    public static IReadOnlyList<SetStory> LoadHeldOut() => Read(Path.Combine(Directory, HeldOutFile)).ToList();

    private static IEnumerable<string> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.quotes").OrderBy(f => f, StringComparer.Ordinal);

    private static IEnumerable<SetStory> Read(string file)
    {
        string name = Path.GetFileName(file);
        var stories = new List<SetStory>();
        string? story = null;
        List<SetParagraph> paragraphs = [];
        List<string>? lines = null;
        List<ExpectedQuote>? quotes = null;
        int lineNumber = 0;
        int paragraphLine = 0;

        void EndParagraph()
        {
            if (lines is not null)
            {
                paragraphs.Add(new SetParagraph(lines, quotes!, $"{name}:{paragraphLine}"));
            }

            lines = null;
            quotes = null;
        }

        void EndStory()
        {
            EndParagraph();
            if (story is not null)
            {
                stories.Add(new SetStory(story, name, paragraphs));
            }

            paragraphs = [];
        }

        foreach (string raw in File.ReadLines(file, Encoding.UTF8))
        {
            lineNumber++;
            if (raw.StartsWith("## story: ", StringComparison.Ordinal))
            {
                EndStory();
                story = raw["## story: ".Length..].Trim();
            }
            else if (raw.StartsWith("> ", StringComparison.Ordinal))
            {
                EndParagraph();
                lines = [raw[2..]];
                quotes = [];
                paragraphLine = lineNumber;
            }
            else if (raw.StartsWith("| ", StringComparison.Ordinal))
            {
                (lines ?? throw new InvalidDataException($"{name}:{lineNumber}: a continuation line outside a paragraph")).Add(raw[2..]);
            }
            else if (raw.StartsWith("= ", StringComparison.Ordinal))
            {
                string[] fields = raw[2..].Split(" | ");
                if (fields.Length != 4 || quotes is null)
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: an expected quotation has text | speaker | cue | resolved speaker, after its paragraph");
                }

                quotes.Add(new ExpectedQuote(fields[0], None(fields[1]), None(fields[2]), None(fields[3])));
            }
            else if (raw.Length > 0 && !raw.StartsWith('#'))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: unexpected line \"{raw}\"");
            }
        }

        EndStory();
        return stories;
    }

    private static string? None(string field) => field.Trim() == "-" ? null : field.Trim();
}
