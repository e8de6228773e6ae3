using System;
using System.IO;
using System.Net;
using Copydesk;
using Copydesk.Json;
using Copydesk.Samples;

namespace NewsSite;

/// <summary>
/// What a news site does with a wire story once Copydesk has read it: parses each article with the parser generated
/// from <c>schemas/wire-story.schema.yaml</c> and prints the head of its web page, the title and the schema.org
/// JSON-LD that search engines read, in a <c>&lt;script type="application/ld+json"&gt;</c> element that no text of
/// the story can break out of. Exit code 0 when every article parsed, 1 when one did not, 2 for bad usage.
/// </summary>
public static class Program
{
    private const string Usage = "usage: NewsSite <wire story file>...";

    public static int Main(string[] args)
    {
        if (args.Length == 0 || (args.Length == 1 && args[0] is "-h" or "--help"))
        {
            (args.Length == 0 ? Console.Error : Console.Out).WriteLine(Usage);
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
                Console.Error.WriteLine($"{file}: error: cannot read the file: {exception.Message}");
                exitCode = 1;
                continue;
            }

            ParseResult<WireStory> result = WireStory.Parse(text);
            if (result.Document is not { } story)
            {
                foreach (ArticleIssue issue in result.Issues)
                {
                    Console.Error.WriteLine(issue.ToString(file));
                }

                exitCode = 1;
                continue;
            }

            Console.Out.WriteLine("<head>");
            Console.Out.WriteLine($"  <title>{WebUtility.HtmlEncode(story.Headline.Text)}</title>");
            Console.Out.WriteLine("  " + JsonLd.ToScriptElement(story));
            Console.Out.WriteLine("</head>");
        }

        return exitCode;
    }
}
