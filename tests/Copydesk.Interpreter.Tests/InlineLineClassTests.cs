using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Line classes written on the slot (language reference, section 7), the lines the <c>sentence</c> class is easy to
/// misjudge (section 5), and how parse errors show a long line: its start and its end. Both back ends alike.
/// </summary>
public sealed class InlineLineClassTests
{
    /// <summary>The contact block at the foot of a press release.</summary>
    private const string Contact = """
        copydesk: 1
        type: PressContact
        layout:
          - heading: { line: { startsWith: ["Media contact", "Contact"] } }
          - people:
              repeat: 1+
              oneOf:
                - email: { line: { pattern: '@', maxWords: 1 } }
                - phone: { line: { pattern: '^\+?[0-9][0-9 ().-]{6,}$' } }
                - name:  { line: { not: sentence, maxWords: 4 } }
        """;

    [Theory]
    [EachBackEnd]
    public void A_slot_and_its_cases_read_lines_of_the_classes_written_on_them(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Contact, "Media contacts\nDana Whitfield\ndana.whitfield@acme.example\n+1 (207) 555-0142\nLi Wei\nli.wei@acme.example\n");

        Assert.Equal(
            """{"heading":"Media contacts","people":[{"$type":"name","text":"Dana Whitfield"},{"$type":"email","text":"dana.whitfield@acme.example"},{"$type":"phone","text":"+1 (207) 555-0142"},{"$type":"name","text":"Li Wei"},{"$type":"email","text":"li.wei@acme.example"}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_parse_error_names_a_class_written_on_the_slot_by_its_predicates(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Contact, "For more information, please write to us.\n");

        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(
            """Line 1 does not fit the layout: found "For more information, please write to us."; expected heading ({ startsWith: ['Media contact', 'Contact'] }).""",
            error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void Predicates_with_characters_that_mean_something_in_csharp_are_text(BackEnd backEnd)
    {
        // The class's name, as written, lands in generated comments and strings: none of it may escape them.
        const string Schema = """
            copydesk: 1
            type: Odd
            layout:
              - code: { line: { pattern: '^"\*/<&>\{0\}', endsWith: ["*/", "\""] } }
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, "\"*/<&>{0} ends \"\n");

        Assert.Equal("""{"code":"\"*/<&>{0} ends \""}""", outcome.Json);
        Assert.Contains("""expected code ({ pattern: '^"\*/<&>\{0\}', endsWith: ['*/', '"'] })""", backEnd.Read(Schema, "x").Issues[0].Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [EachBackEnd]
    public void A_long_line_in_a_parse_error_shows_its_start_and_its_end(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Release
            layout:
              - headline: label
              - paragraphs: { line: sentence, repeat: 1+ }
            """;
        const string Line = "The harbor commission will publish the full text of the curfew order, with maps of the affected piers, at https://harbor.example/curfew";

        ArticleOutcome outcome = backEnd.Read(Schema, "Curfew approved\nThe commission voted 5-2.\n" + Line + "\n");

        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(
            """Line 3 does not fit the layout: found "The harbor commissio…piers, at https://harbor.example/curfew"; expected paragraphs (sentence) or the end of the article.""",
            error.Message);
    }

    [Theory]
    [EachBackEnd("Three things changed on Tuesday:", "The full report is at https://harbor.example/report", "See https://harbor.example/report?page=2&lang=en")]
    public void A_line_ending_in_a_colon_or_a_url_is_not_a_sentence(BackEnd backEnd, string line)
    {
        const string Schema = """
            copydesk: 1
            type: Bulletin
            layout:
              - paragraphs: { line: sentence, repeat: 1+ }
              - rest: { line: label, repeat: 0+ }
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, "The curfew starts at 10 p.m.\n" + line + "\n");

        Assert.Equal($$"""{"paragraphs":["The curfew starts at 10 p.m."],"rest":["{{line}}"]}""", outcome.Json?.Replace("\\u0026", "&", System.StringComparison.Ordinal));
    }

    [Theory]
    [EachBackEnd]
    public void Sentence_punctuation_after_a_url_makes_the_line_a_sentence(BackEnd backEnd)
    {
        const string Schema = """
            copydesk: 1
            type: Bulletin
            layout:
              - paragraphs: { line: sentence, repeat: 1+ }
            """;

        ArticleOutcome outcome = backEnd.Read(Schema, "The full report is at https://harbor.example/report.\n");

        Assert.Equal("""{"paragraphs":["The full report is at https://harbor.example/report."]}""", outcome.Json);
    }
}
