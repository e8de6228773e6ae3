extern alias NewsSite;

using System;
using System.IO;
using Xunit;
using NewsSiteProgram = NewsSite::NewsSite.Program;

namespace Copydesk.Tests;

/// <summary>
/// The NewsSite sample prints, for its wire story, the head of the web page with the schema.org JSON-LD in a script
/// element no story text can close, then who said what: each quotation with its place, resolved speaker and cue.
/// </summary>
public sealed class NewsSiteSampleTests
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "samples", "NewsSite", "harbour-ferry.txt");

    [Fact]
    public void The_sample_prints_the_page_head_with_its_JSON_LD_and_who_said_what()
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();

        int exitCode = NewsSiteProgram.Run([Article], output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(
            """
            <head>
              <title>Harbour ferries resume after two-day strike &lt;/script&gt; ends</title>
              <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour ferries resume after two-day strike \u003C/script\u003E ends","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],"dateline":"PORTMOUTH (Coastline News) -","articleBody":"Ferries between Portmouth and the islands resumed on Thursday after crews accepted a new pay offer.\n\n\u0022We are glad to be back at sea,\u0022 said deckhand Mara Olsen.\n\n\u0022The crossing to the islands is full until Sunday,\u0022 she said. Ticket offices open at 6 a.m.","hasPart":[{"@type":"Quotation","text":"We are glad to be back at sea","creator":{"@type":"Person","name":"Mara Olsen"}},{"@type":"Quotation","text":"The crossing to the islands is full until Sunday","creator":{"@type":"Person","name":"Mara Olsen"}}],"creditText":"(Reporting by Ana Ruiz; Editing by Li Wei)","copyrightNotice":"Copyright 2025 Coastline News."}</script>
            </head>
            Quotes:
              (9,1) Mara Olsen, said: We are glad to be back at sea
              (11,1) Mara Olsen ("she"), said: The crossing to the islands is full until Sunday

            """,
            output.ToString());
    }

    [Fact]
    public void The_quotations_of_the_paragraph_an_inline_dateline_opens_come_first()
    {
        string folder = Directory.CreateTempSubdirectory("newssite").FullName;
        try
        {
            string story = Path.Combine(folder, "story.txt");
            File.WriteAllText(story, "Senate passes the bill\nWASHINGTON (AP) — \"We will vote today,\" said Senator Ana Ruiz.\n\"It passed,\" she said.\n");
            var output = new StringWriter { NewLine = "\n" };

            int exitCode = NewsSiteProgram.Run([story], output, new StringWriter());

            Assert.Equal(0, exitCode);
            Assert.EndsWith(
                "</head>\nQuotes:\n  (2,19) Ana Ruiz (\"Senator Ana Ruiz\"), said: We will vote today\n  (3,1) Ana Ruiz (\"she\"), said: It passed\n",
                output.ToString(),
                StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_story_without_quotations_says_so_and_one_that_does_not_parse_fails_with_its_error()
    {
        string folder = Directory.CreateTempSubdirectory("newssite").FullName;
        try
        {
            string plain = Path.Combine(folder, "plain.txt");
            string broken = Path.Combine(folder, "broken.txt");
            File.WriteAllText(plain, "Council approves budget\nThe council approved the budget on Monday.\n");
            File.WriteAllText(broken, string.Empty);
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };

            int exitCode = NewsSiteProgram.Run([plain, broken], output, error);

            Assert.Equal(1, exitCode);
            Assert.EndsWith("</head>\nQuotes: none\n", output.ToString(), StringComparison.Ordinal);
            Assert.StartsWith(broken + "(1,1): error CD2001:", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
