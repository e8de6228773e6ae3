using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text;
using System.Threading.Tasks;
using Copydesk.Samples;
using Xunit;

namespace Copydesk.Tests;

/// <summary>The generated parser's contract: errors are located issues, never exceptions; it is thread-safe and linear.</summary>
public sealed class DigestStoryParserTests
{
    private const string Story =
        "Council votes to keep the night buses\n" +
        "The vote was unanimous.\n" +
        "“We listened.”\n" +
        "— Mayor Ruth Alvarez, after the meeting\n";

    [Fact]
    public void A_missing_headline_is_a_parse_error_at_the_first_line()
    {
        ParseResult<DigestStory> result = DigestStory.Parse("The vote was unanimous.\nIt was late.\n", cancellationToken: TestContext.Current.CancellationToken);

        ArticleIssue error = Assert.Single(result.Issues);
        Assert.Null(result.Document);
        Assert.Equal((IssueCodes.ParseError, IssueSeverity.Error, "headline", 1, 1), (error.Code, error.Severity, error.Path, error.Span.Line, error.Span.Column));
        Assert.Contains("expected headline (label)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_article_is_a_parse_error_that_says_so()
    {
        ArticleIssue error = Assert.Single(DigestStory.Parse(" \n\t\n", cancellationToken: TestContext.Current.CancellationToken).Issues);

        Assert.StartsWith("The article is empty; expected headline (label)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_lines_are_reported_with_everything_that_could_have_come_there()
    {
        ParseResult<DigestStory> result = DigestStory.Parse(Story + "Topic in-depth\nA title\nA source\nLeft over line.\n", cancellationToken: TestContext.Current.CancellationToken);

        ArticleIssue error = Assert.Single(result.Issues);
        Assert.Equal(8, error.Span.Line);
        Assert.Contains("found \"Left over line.\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("the end of the article", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_returns_false_instead_of_throwing()
    {
        Assert.False(DigestStory.TryParse(null, out _));
        Assert.False(DigestStory.TryParse(string.Empty, out _));
        Assert.True(DigestStory.TryParse(Story, out DigestStory? story));
        Assert.Equal("Council votes to keep the night buses", story.Headline.Text);
    }

    [Fact]
    public void Parse_rejects_null_text_like_any_dotnet_parse_method()
    {
        Assert.Throws<ArgumentNullException>(() => DigestStory.Parse(null!, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Random_text_never_throws_and_every_outcome_is_located_in_the_text()
    {
        var random = new Random(20261125);
        string[] pieces = ["Headline", "A sentence.", "“Quoted.”", "— Dana Whitfield, aide", "Summarized by", "Topic in-depth", "\r\n", "\n", "\r", "\u00A0", "\uFEFF", "\uD800", "\0", " ", "…", "x"];
        int parsed = 0, failed = 0, withIssues = 0;
        for (int i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            int count = random.Next(0, 30);
            for (int j = 0; j < count; j++)
            {
                text.Append(random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : pieces[random.Next(pieces.Length)]);
                text.Append(random.Next(3) == 0 ? "\n" : string.Empty);
            }

            ParseResult<DigestStory> result = DigestStory.Parse(text.ToString(), cancellationToken: TestContext.Current.CancellationToken);
            if (result.Document is { } document)
            {
                parsed++;
                Assert.Empty(result.Issues);
                Assert.True(document.Span.Offset + document.Span.Length <= text.Length, document.Span.ToString());
                using (var json = JsonDocument.Parse(document.ToJson()))
                {
                    // Text is compared elsewhere; here lone surrogates make the JSON differ (they are written as U+FFFD).
                    Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("headline").ValueKind);
                    Assert.Equal(document.Body.Count, json.RootElement.GetProperty("body").GetArrayLength());
                }

                IReadOnlyList<ArticleIssue> issues = document.Validate();
                withIssues += issues.Count > 0 ? 1 : 0;
                Assert.All(issues, issue => Assert.True(issue.Span.Line >= 1 && issue.Span.Offset + issue.Span.Length <= text.Length, issue.ToString()));
            }
            else
            {
                failed++;
                ArticleIssue error = Assert.Single(result.Issues);
                Assert.Equal(IssueCodes.ParseError, error.Code);
                Assert.True(error.Span.Line >= 1 && error.Span.Column >= 1 && error.Span.Offset <= text.Length, error.ToString());
            }
        }

        // Random text that never parsed, or always did, would test only one of the two paths above.
        Assert.InRange(parsed, 100, 4_900);
        Assert.InRange(failed, 100, 4_900);
        Assert.InRange(withIssues, 1, parsed);
    }

    [Fact]
    public void Parsing_from_many_threads_at_once_gives_the_same_result()
    {
        string expected = DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).Document!.ToJson();

        string[] results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = DigestStory.Parse(Story).Document!.ToJson());

        Assert.All(results, json => Assert.Equal(expected, json));
    }

    [Fact]
    public void A_body_of_two_hundred_thousand_lines_parses_without_deep_recursion()
    {
        var text = new StringBuilder("A headline\n");
        for (int i = 0; i < 200_000; i++)
        {
            text.Append("Paragraph number ").Append(i).Append(" ends here.\n");
        }

        DigestStory story = DigestStory.Parse(text.ToString(), cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        Assert.Equal(200_000, story.Body.Count);
        Assert.IsType<DigestStory.BodyItem.Paragraph>(story.Body[^1]);
    }

    [Fact]
    public void Parsed_articles_compare_by_value()
    {
        Assert.Equal(DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).Document, DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).Document);
        Assert.NotEqual(DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).Document, DigestStory.Parse(Story + "One more paragraph.", cancellationToken: TestContext.Current.CancellationToken).Document);
    }

    [Fact]
    public void Quote_items_expose_the_part_and_its_attribution()
    {
        DigestStory story = DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        var quote = Assert.IsType<DigestStory.BodyItem.Quote>(story.Body[1]);
        Assert.Equal("We listened.", quote.Value.Text.Text);
        Assert.Equal("Mayor Ruth Alvarez", quote.Value.Attribution.Speaker);
        Assert.Equal((3, 4), (quote.Span.Line, quote.Span.EndLine));
        Assert.Equal(4, story.Span.EndLine);
        Assert.Equal(2, story.Body.Count);
        Assert.Equal("The vote was unanimous.", Assert.IsType<DigestStory.BodyItem.Paragraph>(story.Body[0]).Value.Text);
    }
}
