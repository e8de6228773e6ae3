using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using Copydesk;
using Copydesk.Json;
using Copydesk.Samples;
using Copydesk.Text.Quotes;

namespace NewsSite;

/// <summary>
/// What a news site does with a wire story once Copydesk has read it: parses each article with the parser generated
/// from <c>schemas/wire-story.schema.yaml</c> and prints the head of its web page, the title and the schema.org
/// JSON-LD that search engines read, in a <c>&lt;script type="application/ld+json"&gt;</c> element that no text of
/// the story can break out of; then who said what: each direct quotation of the paragraphs (the one an inline
/// dateline opens included) with its place, its speaker (a pronoun or a role noun resolved to the person it refers
/// to) and its cue. Exit code 0 when every article parsed, 1 when one did not, 2 for bad usage.
/// </summary>
public static class Program
{
    private const string Usage = "usage: NewsSite <wire story file>...";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the program on <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || (args.Length == 1 && args[0] is "-h" or "--help"))
        {
            (args.Length == 0 ? error : output).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        int exitCode = 0;
        foreach (string file in args)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{file}: error: cannot read the file: {exception.Message}");
                exitCode = 1;
                continue;
            }

            ParseResult<WireStory> result = WireStory.Parse(text);
            if (result.Document is not { } story)
            {
                foreach (ArticleIssue issue in result.Issues)
                {
                    error.WriteLine(issue.ToString(file));
                }

                exitCode = 1;
                continue;
            }

            output.WriteLine("<head>");
            output.WriteLine($"  <title>{WebUtility.HtmlEncode(story.Headline.Text)}</title>");
            output.WriteLine("  " + JsonLd.ToScriptElement(story));
            output.WriteLine("</head>");
            WriteQuotes(output, story);
        }

        return exitCode;
    }

    // Who said what, in reading order: "(line,column) Speaker, cue: text". The paragraph an inline dateline opens
    // ('WASHINGTON (AP) — "…," said …') is the lead's, before the others.
    private static void WriteQuotes(TextWriter output, WireStory story)
    {
        int count = 0;
        IEnumerable<QuotedParagraph> paragraphs = story.Lead?.Paragraph is { } lead ? story.Paragraphs.Prepend(lead) : story.Paragraphs;
        foreach (QuotedParagraph paragraph in paragraphs)
        {
            foreach (Quotation quote in paragraph.Quotes)
            {
                if (count++ == 0)
                {
                    output.WriteLine("Quotes:");
                }

                string speaker = quote.ResolvedSpeaker ?? "(nobody named)";
                string asWritten = quote.Speaker is { } written && written != quote.ResolvedSpeaker ? $" (\"{written}\")" : string.Empty;
                string cue = quote.Cue is { } said ? ", " + said : string.Empty;
                output.WriteLine($"  ({quote.Span.Line},{quote.Span.Column}) {speaker}{asWritten}{cue}: {quote.Text}");
            }
        }

        if (count == 0)
        {
            output.WriteLine("Quotes: none");
        }
    }
}
