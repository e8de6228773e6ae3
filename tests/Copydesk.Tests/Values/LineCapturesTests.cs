using System;
using System.Text.RegularExpressions;
using Copydesk.Text;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary>
/// Named groups of a pattern's match read as located lines and typed values: trimmed, placed inside their line,
/// <see langword="null"/> when an optional group did not match, typed through the same parsers as <c>value:</c>.
/// </summary>
public sealed class LineCapturesTests
{
    private const string Dateline =
        @"^(?<place>[A-Z][A-Z .]+?)(?:, (?<date>[A-Z][a-z]+ \d{1,2}, \d{4}))? \((?<agency>[A-Za-z]+)\) [—–-]+ (?<text>.*)$";

    private static readonly Regex DatelinePattern = TextRules.CreatePattern(Dateline, backtracking: false);

    private static readonly DateOptions NewsDates = new(["MMMM d, yyyy"]);

    // The article's fourth line, starting at offset 120, column 1.
    private static TextLine Line(string text) => new(text, new SourceSpan(4, 1, 4, text.Length + 1, 120, text.Length));

    [Fact]
    public void Reads_each_group_as_a_line_located_inside_the_line_it_was_captured_from()
    {
        TextLine line = Line("LONDON, March 3, 2025 (Reuters) — Acme said on Monday it would close.");
        Match match = DatelinePattern.Match(line.Text);

        TextLine place = LineCaptures.Group(line, match, "place")!.Value;
        TextLine text = LineCaptures.Group(line, match, "text")!.Value;

        Assert.Equal("LONDON", place.Text);
        Assert.Equal(new SourceSpan(4, 1, 4, 7, 120, 6), place.Span);
        Assert.Equal("Acme said on Monday it would close.", text.Text);
        Assert.Equal(new SourceSpan(4, 35, 4, 70, 154, 35), text.Span);
    }

    [Fact]
    public void Reads_a_group_through_a_typed_value_parser()
    {
        TextLine line = Line("LONDON, March 3, 2025 (Reuters) — Acme said on Monday it would close.");
        Match match = DatelinePattern.Match(line.Text);

        TypedLine<DateOnly?> date = LineCaptures.Read(line, match, "date", text => DateParser.Parse(text, NewsDates))!.Value;

        Assert.Equal(new DateOnly(2025, 3, 3), date.Value);
        Assert.Equal("March 3, 2025", date.Text);
        Assert.Equal(new SourceSpan(4, 9, 4, 22, 128, 13), date.Span);
        Assert.True(date.IsRead);
    }

    [Fact]
    public void Reads_an_optional_group_that_did_not_match_as_null()
    {
        TextLine line = Line("WASHINGTON (AP) — The Senate voted on Tuesday.");
        Match match = DatelinePattern.Match(line.Text);

        Assert.True(match.Success);
        Assert.Null(LineCaptures.Group(line, match, "date"));
        Assert.Null(LineCaptures.Read(line, match, "date", text => DateParser.Parse(text, NewsDates)));
        Assert.Equal("AP", LineCaptures.ReadObject(line, match, "agency", TextParser.Parse)!.Value.Value);
    }

    [Fact]
    public void Keeps_a_captured_text_its_parser_refuses_with_the_failure_and_no_value()
    {
        TextLine line = Line("LONDON, March 32, 2025 (Reuters) — Acme said on Monday it would close.");
        Match match = DatelinePattern.Match(line.Text);

        TypedLine<DateOnly?> date = LineCaptures.Read(line, match, "date", text => DateParser.Parse(text, NewsDates))!.Value;

        Assert.Null(date.Value);
        Assert.Equal("March 32, 2025", date.Text);
        Assert.Equal(IssueCodes.NotADate, date.Failure!.Value.Code);
        Assert.Equal(new SourceSpan(4, 9, 4, 23, 128, 14), date.Span);
    }

    [Theory]
    [InlineData("x", null)]
    [InlineData("x  ", null)]
    [InlineData("x  word ", "word")]
    public void Trims_a_captured_text_and_reads_white_space_alone_as_nothing(string text, string? expected)
    {
        TextLine line = Line(text);
        Match match = Regex.Match(text, @"^x(?<rest>.*)$");

        TextLine? rest = LineCaptures.Group(line, match, "rest");

        Assert.Equal(expected, rest?.Text);
        if (rest is { } captured)
        {
            Assert.Equal(123, captured.Span.Offset);
            Assert.Equal(4, captured.Span.Column);
        }
    }

    [Fact]
    public void Reads_nothing_from_a_failed_match()
    {
        TextLine line = Line("The Senate voted on Tuesday.");

        Assert.Null(LineCaptures.Group(line, DatelinePattern.Match(line.Text), "place"));
    }

    [Fact]
    public void Locates_every_group_at_the_whole_line_when_the_text_is_not_its_source_verbatim()
    {
        // A unit that joins two source lines: its text is shorter than the span it covers.
        var line = new TextLine("LONDON (AP) — Joined text.", new SourceSpan(4, 1, 5, 12, 120, 40));
        Match match = DatelinePattern.Match(line.Text);

        Assert.Equal(line.Span, LineCaptures.Group(line, match, "text")!.Value.Span);
    }

    [Fact]
    public void Refuses_a_match_made_on_another_text()
    {
        TextLine line = Line("LONDON (AP) — A.");
        Match match = DatelinePattern.Match("LONDON (AP) — A much longer text than the line holds.");

        Assert.Throws<ArgumentException>(() => LineCaptures.Group(line, match, "text"));
    }

    [Fact]
    public void A_group_name_the_pattern_does_not_have_reads_as_a_group_that_took_no_part()
    {
        TextLine line = Line("LONDON (AP) — A.");

        Assert.Null(LineCaptures.Group(line, DatelinePattern.Match(line.Text), "dates"));
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.")]
    [InlineData("LONDON, March 3, 2025 (Reuters) - Acme said on Monday it would close.")]
    [InlineData("ST. LOUIS (AP) –– A jury found the man guilty — of fraud.")]
    [InlineData("NEW YORK, June 12, 2024 (Bloomberg) — Shares of A (B) rose – sharply.")]
    public void Reads_the_same_groups_on_the_engine_the_plan_chooses_for_it_as_on_the_backtracking_one(string text)
    {
        TextLine line = Line(text);
        Regex backtracking = TextRules.CreatePattern(Dateline, backtracking: true);
        Assert.Matches(DatelinePattern, text);

        foreach (string name in new[] { "place", "date", "agency", "text" })
        {
            Assert.Equal(
                LineCaptures.Group(line, backtracking.Match(text), name),
                LineCaptures.Group(line, DatelinePattern.Match(text), name));
        }
    }

    [Fact]
    public void Reads_the_text_after_the_match_as_the_rest_located_and_trimmed()
    {
        var pattern = TextRules.CreatePattern(@"^(?<place>[A-Z]+) \((?<agency>\w+)\) —", backtracking: false);
        TextLine line = Line("LONDON (Reuters) —  Acme said on Monday it would close. ");
        Match match = pattern.Match(line.Text);

        TextLine rest = LineCaptures.Rest(line, match)!.Value;

        Assert.Equal("Acme said on Monday it would close.", rest.Text);
        Assert.Equal(new SourceSpan(4, 21, 4, 56, 140, 35), rest.Span);
    }

    [Fact]
    public void Keeps_the_whole_line_as_the_rest_of_a_failed_match_and_nothing_after_a_match_to_the_end()
    {
        var pattern = TextRules.CreatePattern(@"^(?<place>[A-Z]+) \((?<agency>\w+)\)", backtracking: false);
        TextLine unmatched = Line("Acme said on Monday it would close.");
        TextLine whole = Line("LONDON (Reuters)  ");

        Assert.Equal(unmatched, LineCaptures.Rest(unmatched, pattern.Match(unmatched.Text)));
        Assert.Null(LineCaptures.Rest(whole, pattern.Match(whole.Text)));
    }
}
