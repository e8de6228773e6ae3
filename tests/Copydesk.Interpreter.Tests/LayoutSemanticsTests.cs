using System.Linq;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The parse semantics of the language (section 4), read through the interpreter: slots in order, optional tries
/// once, repeats are greedy and bounded, oneOf is ordered choice, parts match all or nothing, <c>after:</c> needs its
/// marker, marker lines are reserved, every line must be read and the error names the farthest failure.
/// </summary>
public sealed class LayoutSemanticsTests
{
    private const string Outline = """
        copydesk: 1
        type: Note
        layout:
          - title: label
          - subtitle: { line: label, optional: true }
          - body: { line: sentence, repeat: 1+ }
        """;

    [Fact]
    public void An_optional_slot_that_does_not_match_is_null()
    {
        var (json, _) = TestFiles.Run(TestFiles.Inline(Outline), "Title\nBody one.\n");

        Assert.Equal("""{"title":"Title","subtitle":null,"body":["Body one."]}""", json);
    }

    [Fact]
    public void An_optional_slot_that_matches_reads_one_line_and_a_repeat_reads_greedily()
    {
        var (json, _) = TestFiles.Run(TestFiles.Inline(Outline), "Title\nSub\nBody one.\nBody two.\n");

        Assert.Equal("""{"title":"Title","subtitle":"Sub","body":["Body one.","Body two."]}""", json);
    }

    [Fact]
    public void A_line_left_over_is_an_error_that_lists_everything_that_could_have_read_it()
    {
        ParseResult<InterpretedArticle> result = TestFiles.Inline(Outline).Parse("T\nA.\nB.\nStray label\n");

        ArticleIssue error = Assert.Single(result.Issues);
        Assert.Null(result.Document);
        Assert.Equal(IssueCodes.ParseError, error.Code);
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.Equal("body", error.Path);
        Assert.Equal("""Line 4 does not fit the layout: found "Stray label"; expected body (sentence) or the end of the article.""", error.Message);
        Assert.Equal(new SourceSpan(4, 1, 4, 12, 8, 11), error.Span);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\u00A0\r\n\r")]
    [InlineData("\uFEFF")]
    public void An_empty_article_is_an_error_at_the_first_slot(string text)
    {
        ArticleIssue error = Assert.Single(TestFiles.Inline(Outline).Parse(text).Issues);

        Assert.Equal("title", error.Path);
        Assert.Equal("The article is empty; expected title (label).", error.Message);
        Assert.Equal(new SourceSpan(1, 1, 1, 1, 0, 0), error.Span);
    }

    [Fact]
    public void A_missing_required_slot_at_the_end_says_where_the_article_ends()
    {
        ArticleIssue error = Assert.Single(TestFiles.Inline(Outline).Parse("Title\n").Issues);

        // The path is the layout slot that failed there first.
        Assert.Equal("subtitle", error.Path);
        Assert.Equal("The article ends after line 1; expected subtitle (label) or body (sentence).", error.Message);
        Assert.Equal(new SourceSpan(1, 6, 1, 6, 5, 0), error.Span);
    }

    [Fact]
    public void A_bounded_repeat_stops_at_its_maximum()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Note
            layout:
              - title: label
              - items: { line: sentence, repeat: 2..3 }
            """);

        Assert.Equal("""{"title":"T","items":["A.","B.","C."]}""", TestFiles.Run(interpreter, "T\nA.\nB.\nC.").Json);
        ArticleIssue left = Assert.Single(interpreter.Parse("T\nA.\nB.\nC.\nD.").Issues);
        Assert.Equal("""Line 5 does not fit the layout: found "D."; expected the end of the article.""", left.Message);
        Assert.Equal(string.Empty, left.Path);
        ArticleIssue tooFew = Assert.Single(interpreter.Parse("T\nA.").Issues);
        Assert.Equal("The article ends after line 2; expected items (sentence).", tooFew.Message);
        Assert.Equal("items", tooFew.Path);
    }

    [Fact]
    public void OneOf_takes_the_first_case_that_matches()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Story
            lines:
              attribution: { not: sentence, minWords: 2 }
            parts:
              Quote:
                - text: { line: sentence, value: quoted }
                - by: { line: attribution, value: attribution }
            layout:
              - body:
                  repeat: 1+
                  oneOf:
                    - quote: Quote
                    - paragraph: sentence
            """);

        var (json, _) = TestFiles.Run(interpreter, "“It works.”\n— Ana Ruiz, engineer\nThe end came.\nSo it goes.");

        Assert.Equal(
            """{"body":[{"$type":"quote","text":"It works.","by":{"text":"— Ana Ruiz, engineer","speaker":"Ana Ruiz","context":"engineer"}},""" +
            """{"$type":"paragraph","text":"The end came."},{"$type":"paragraph","text":"So it goes."}]}""",
            json);
    }

    [Fact]
    public void A_part_matches_all_its_slots_or_nothing()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: PairList
            parts:
              Pair:
                - key: label
                - value: sentence
            layout:
              - pairs: { part: Pair, repeat: 0+ }
              - rest: { line: any, repeat: 0+ }
            """);

        // The second Pair reads K2 but not K3, so it reads nothing: K2 and K3 go to 'rest'.
        var (json, _) = TestFiles.Run(interpreter, "K1\nV1.\nK2\nK3");

        Assert.Equal("""{"pairs":[{"key":"K1","value":"V1."}],"rest":["K2","K3"]}""", json);
    }

    [Fact]
    public void After_reads_its_marker_then_the_slot_and_is_empty_without_the_marker()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Story
            parts:
              Link:
                - title: label
                - source: label
            layout:
              - body: { line: sentence, repeat: 1+ }
              - links: { after: "Related", part: Link, repeat: 0+ }
            """);

        Assert.Equal("""{"body":["A.","B."],"links":[]}""", TestFiles.Run(interpreter, "A.\nB.").Json);
        Assert.Equal("""{"body":["A."],"links":[{"title":"T","source":"S"}]}""", TestFiles.Run(interpreter, "A.\nRelated\nT\nS").Json);
        Assert.Equal("""{"body":["A."],"links":[]}""", TestFiles.Run(interpreter, "A.\nRELATED").Json);

        ArticleIssue error = Assert.Single(interpreter.Parse("A.\nT\nS").Issues);
        Assert.Equal("body", error.Path);
        Assert.Equal("""Line 2 does not fit the layout: found "T"; expected body (sentence), links (marker "Related") or the end of the article.""", error.Message);
    }

    [Fact]
    public void After_leaves_its_marker_unread_when_the_slot_after_it_fails()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Story
            layout:
              - body: { line: sentence, repeat: 1+ }
              - source: { after: "Source", line: label }
            """);

        Assert.Equal("""{"body":["A."],"source":"Reuters"}""", TestFiles.Run(interpreter, "A.\nSource\nReuters").Json);
        Assert.Equal("""{"body":["A."],"source":null}""", TestFiles.Run(interpreter, "A.").Json);

        // The farthest failure is the label after the marker, not the marker left over.
        ArticleIssue error = Assert.Single(interpreter.Parse("A.\nSource\nB.").Issues);
        Assert.Equal("source", error.Path);
        Assert.Equal("""Line 3 does not fit the layout: found "B."; expected source (label).""", error.Message);
    }

    [Fact]
    public void Marker_lines_are_reserved_for_marker_slots_and_match_in_any_case()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Story
            layout:
              - lines: { line: any, repeat: 0+ }
              - credit: { marker: "Summarized by", capture: rest, optional: true }
            """);

        Assert.Equal("""{"lines":["One","Two."],"credit":"Metro Desk"}""", TestFiles.Run(interpreter, "One\nTwo.\nsummarized BY  Metro Desk").Json);
        Assert.Equal("""{"lines":["One"],"credit":""}""", TestFiles.Run(interpreter, "One\nSummarized by\t").Json);

        // A colon is not white space: this is no marker line, so 'any' reads it.
        Assert.Equal("""{"lines":["One","Summarized by: Desk"],"credit":null}""", TestFiles.Run(interpreter, "One\nSummarized by: Desk").Json);

        // 'any' cannot read a marker line, so the marker ends the repetition even at the top.
        ArticleIssue error = Assert.Single(interpreter.Parse("Summarized by\nOne").Issues);
        Assert.Equal("""Line 2 does not fit the layout: found "One"; expected the end of the article.""", error.Message);
    }

    [Fact]
    public void The_tree_holds_every_slot_in_order_with_its_span()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Story
            lines:
              attribution: { not: sentence, minWords: 2 }
            parts:
              Quote:
                - text: { line: sentence, value: quoted }
                - by: { line: attribution, value: attribution }
            layout:
              - title: label
              - note: { line: label, optional: true }
              - body:
                  repeat: 1+
                  oneOf:
                    - quote: Quote
                    - paragraph: sentence
            """);

        InterpretedArticle article = interpreter.Parse("Title\n\n\"Yes.\"\n  — Ana Ruiz\nDone.\n").GetDocumentOrThrow();

        InterpretedRecord root = article.Root;
        Assert.True(root.IsArticle);
        Assert.Equal("Story", root.Name);
        Assert.Equal(["title", "note", "body"], root.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal(article.Span, root.Span);
        Assert.Equal(new SourceSpan(1, 1, 5, 6, 0, 32), root.Span);
        Assert.Equal("Title", Assert.IsType<InterpretedText>(root["title"].Value).Text);
        Assert.Null(root["note"].Value);
        Assert.False(root["note"].IsList);
        Assert.True(root["body"].IsList);

        var quote = Assert.IsType<InterpretedCase>(root["body"].Items[0]);
        Assert.Equal("quote", quote.Name);
        var record = Assert.IsType<InterpretedRecord>(quote.Value);
        Assert.Equal("Quote", record.Name);
        Assert.False(record.IsArticle);
        Assert.Equal("Yes.", Assert.IsType<InterpretedText>(record["text"].Value).Text);
        Attribution by = Assert.IsType<InterpretedAttribution>(record["by"].Value).Value;
        Assert.Equal(("— Ana Ruiz", "Ana Ruiz", (string?)null), (by.Text, by.Speaker, by.Context));
        Assert.Equal(new SourceSpan(4, 3, 4, 13, 16, 10), by.Span);
        Assert.Equal(new SourceSpan(3, 1, 4, 13, 7, 19), quote.Span);

        var paragraph = Assert.IsType<InterpretedCase>(root["body"].Items[1]);
        Assert.Equal("paragraph", paragraph.Name);
        Assert.Equal("Done.", Assert.IsType<InterpretedText>(paragraph.Value).Text);
        Assert.False(root.TryGetField("missing", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => root["missing"]);
    }

    [Fact]
    public void Equal_texts_read_to_equal_trees()
    {
        SchemaInterpreter interpreter = TestFiles.Inline(Outline);

        InterpretedArticle first = interpreter.Parse("Title\nBody one.\nBody two.").GetDocumentOrThrow();
        InterpretedArticle second = interpreter.Parse("Title\nBody one.\nBody two.").GetDocumentOrThrow();
        InterpretedArticle other = interpreter.Parse("Title\nBody one.\nBody 2.").GetDocumentOrThrow();

        Assert.Equal(first.Root, second.Root);
        Assert.NotEqual(first.Root, other.Root);
    }
}
