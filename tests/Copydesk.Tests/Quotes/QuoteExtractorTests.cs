using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Copydesk.Text;
using Copydesk.Text.Quotes;
using Xunit;

namespace Copydesk.Tests.Quotes;

/// <summary>The quotation extractor's conventions, one at a time, and its behaviour on hostile input.</summary>
public sealed class QuoteExtractorTests
{
    [Theory]
    [InlineData("\"We are ready,\" said Ana Ruiz.", "We are ready", "Ana Ruiz", "said")]
    [InlineData("“We are ready,” said Ana Ruiz.", "We are ready", "Ana Ruiz", "said")]
    [InlineData("«We are ready», said Ana Ruiz.", "We are ready", "Ana Ruiz", "said")]
    [InlineData("Ana Ruiz said: „We are ready.“", "We are ready.", "Ana Ruiz", "said")]
    [InlineData("'We are ready,' said Ana Ruiz.", "We are ready", "Ana Ruiz", "said")]
    [InlineData("\"We are ready,\" Ana Ruiz told reporters.", "We are ready", "Ana Ruiz", "told reporters")]
    [InlineData("According to Ana Ruiz, \"we are ready.\"", "we are ready.", "Ana Ruiz", "according to")]
    [InlineData("Ana Ruiz said the team was \"ready for anything.\"", "ready for anything.", "Ana Ruiz", "said")]
    public void Every_kind_of_mark_and_cue_position_gives_the_same_quotation(string paragraph, string text, string speaker, string cue)
    {
        Quotation quotation = Assert.Single(QuoteExtractor.Extract(paragraph));

        Assert.Equal(text, quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
        Assert.Equal(cue, quotation.Cue);
        Assert.Equal(speaker, quotation.ResolvedSpeaker);
    }

    [Fact]
    public void A_quotation_inside_a_reported_sentence_is_partial()
    {
        Quotation quotation = Assert.Single(QuoteExtractor.Extract("Volesky said the fighters were \"giving up their positions.\""));

        Assert.Equal(QuotationForm.Partial, quotation.Form);
        Assert.Equal("Volesky", quotation.ResolvedSpeaker);
    }

    [Theory]
    [InlineData("We don't know if the Smiths' dog is 'ours', or the '80s band's.")]
    [InlineData("The film \"Night Harbour\" opens on Friday.")]
    [InlineData("Former champion Jo \"The Hammer\" Kelly retired.")]
    [InlineData("The so-called \"peace dividend\" never came.")]
    [InlineData("Critics have called the plan a \"fig leaf\" for cuts.")]
    [InlineData("The word \"affordable\" has a legal meaning.")]
    public void Titles_nicknames_scare_quotes_and_apostrophes_are_no_quotations(string paragraph)
    {
        Assert.Empty(QuoteExtractor.Extract(paragraph));
    }

    [Fact]
    public void Single_marks_nested_in_double_ones_stay_in_the_text()
    {
        Quotation quotation = Assert.Single(QuoteExtractor.Extract("\"He told me 'never again' and left,\" said Rolf Genz."));

        Assert.Equal("He told me 'never again' and left", quotation.Text);
    }

    [Fact]
    public void A_quotation_continued_over_paragraphs_keeps_its_speaker_and_says_it_continues()
    {
        const string article = "Hanne Solberg wrote: \"Our colleagues are safe.\n\n\"We thank the elders.\n\n\"We will say no more.\"";

        IReadOnlyList<Quotation> quotations = QuoteExtractor.Extract(article);

        Assert.Equal(["Our colleagues are safe.", "We thank the elders.", "We will say no more."], quotations.Select(q => q.Text));
        Assert.Equal([false, true, true], quotations.Select(q => q.ContinuesPrevious));
        Assert.All(quotations, q => Assert.Equal("Hanne Solberg", q.ResolvedSpeaker));
        Assert.Equal([0, 1, 2], quotations.Select(q => q.Paragraph));
    }

    [Fact]
    public void Pronouns_surnames_and_role_nouns_resolve_to_the_person_named_before()
    {
        const string article = """
            Defence minister Arvid Stenberg spoke first. "We are ready," Stenberg said.

            "We have been ready for a year," he added.

            "Nobody doubts it," the minister told reporters.
            """;

        IReadOnlyList<Quotation> quotations = QuoteExtractor.Extract(article);

        Assert.Equal(["Stenberg", "he", "the minister"], quotations.Select(q => q.Speaker));
        Assert.All(quotations, q => Assert.Equal("Arvid Stenberg", q.ResolvedSpeaker));
    }

    [Fact]
    public void A_quotation_nobody_is_named_for_has_no_speaker()
    {
        Quotation quotation = Assert.Single(QuoteExtractor.Extract("\"Where is the bus?\" The question is asked every morning."));

        Assert.Null(quotation.Speaker);
        Assert.Null(quotation.ResolvedSpeaker);
    }

    [Fact]
    public void The_span_runs_from_the_opening_to_the_closing_mark_across_hard_wrapped_lines()
    {
        const string article = "Intro line.\n\n  \"There used to be fish,\" said Nils Hovde,\nwho fished here. \"Now I go out twelve miles\nand come back with half a box.\"\n";

        IReadOnlyList<Quotation> quotations = QuoteExtractor.Extract(article);

        Assert.Equal(2, quotations.Count);
        Assert.Equal(new SourceSpan(3, 3, 3, 27, 15, 24), quotations[0].Span);
        Assert.Equal("\"There used to be fish,\"", article.Substring(quotations[0].Span.Offset, quotations[0].Span.Length));
        Assert.Equal("Now I go out twelve miles and come back with half a box.", quotations[1].Text);
        Assert.Equal((4, 18, 5, 32), (quotations[1].Span.Line, quotations[1].Span.Column, quotations[1].Span.EndLine, quotations[1].Span.EndColumn));
        Assert.Equal("\"Now I go out twelve miles\nand come back with half a box.\"", article.Substring(quotations[1].Span.Offset, quotations[1].Span.Length));
        Assert.All(quotations, q => Assert.Equal("Nils Hovde", q.ResolvedSpeaker));
    }

    [Fact]
    public void Every_span_of_the_test_set_locates_its_quotation_in_the_article()
    {
        foreach (SetStory story in QuoteSet.Load().Concat(QuoteSet.LoadHeldOut()))
        {
            string article = story.Article;
            foreach (Quotation quotation in QuoteExtractor.Extract(article))
            {
                string located = article.Substring(quotation.Span.Offset, quotation.Span.Length).Replace('\n', ' ');
                Assert.True(QuoteMarkStart(located) && located.Contains(quotation.Text, StringComparison.Ordinal), $"{story.Name}: {located} does not hold «{quotation.Text}»");
            }
        }
    }

    [Fact]
    public void An_empty_list_of_lines_is_no_paragraph()
    {
        Assert.Throws<ArgumentException>(() => new QuoteParagraph(Array.Empty<TextLine>()));
    }

    [Fact]
    public void Random_and_hostile_text_never_makes_it_throw_and_every_span_stays_inside_the_text()
    {
        var random = new Random(20261130);
        const string alphabet = "\"“”„«»'‘’ ,.:;!?—-\n\tabcXYZ saidtoldaccording heShe the Minister Ana Ruiz 0123\u00A0\uD800\uDC00\uFEFF\u200B";
        var inputs = new List<string>
        {
            string.Empty, "\"", "'", "“", "”", "«", "»", "„", "\"\"", "''", "“”", "\" \"", " ' ",
            new string('"', 100_000), new string('\'', 50_000), string.Concat(Enumerable.Repeat("'a ", 30_000)),
            string.Concat(Enumerable.Repeat("\"a,\" said ", 20_000)), string.Concat(Enumerable.Repeat("said ", 50_000)),
            string.Concat(Enumerable.Repeat("Ana ", 50_000)), string.Concat(Enumerable.Repeat("the minister said he ", 10_000)) + "\"x\"",
            "\uD800\"\uDC00\"", "\0\"\0\"\0", new string('a', 200_000), "“" + new string(',', 10_000),
            string.Concat(Enumerable.Repeat("\"x\n\n", 10_000)),
        };

        for (int i = 0; i < 3_000; i++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 400);
            for (int c = 0; c < length; c++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            inputs.Add(builder.ToString());
        }

        foreach (string input in inputs)
        {
            foreach (Quotation quotation in QuoteExtractor.Extract(input))
            {
                Assert.NotNull(quotation.Text);
                Assert.InRange(quotation.Span.Offset, 0, input.Length);
                Assert.InRange(quotation.Span.Offset + quotation.Span.Length, 0, input.Length);
            }
        }
    }

    private static bool QuoteMarkStart(string text) => text.Length > 0 && text[0] is '"' or '“' or '„' or '«' or '\'' or '‘';
}
