using Copydesk.Text;
using Xunit;

namespace Copydesk.Tests;

/// <summary>The tests line classes are built from.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("It rained.", true)]
    [InlineData("Did it rain?", true)]
    [InlineData("It poured!", true)]
    [InlineData("And then…", true)]
    [InlineData("“It rained.”", true)]
    [InlineData("He said it rained (again.)", true)]
    [InlineData("Port curfews elsewhere: what the data shows", false)]
    [InlineData("U.S. general claims ISIS leaders 'abandoning' Mosul", false)]
    [InlineData("”", false)]
    [InlineData("", false)]
    [InlineData("It rained.'", true)]
    [InlineData("«Il pleut…»", true)]
    [InlineData("Closers without a stop mark”)", false)]
    [InlineData("A stop mark inside, then text. And more", false)]
    public void A_sentence_ends_with_a_stop_mark_optionally_followed_by_closers(string text, bool expected)
    {
        Assert.Equal(expected, TextRules.IsSentence(text));
    }

    [Theory]
    [InlineData("one", 1)]
    [InlineData("  two\u00A0words ", 2)]
    [InlineData("a - b", 3)]
    [InlineData("", 0)]
    public void Words_are_runs_of_non_white_space(string text, int expected)
    {
        Assert.Equal(expected, TextRules.CountWords(text));
        Assert.True(TextRules.WordCountWithin(text, expected, expected));
        Assert.False(TextRules.WordCountWithin(text, expected + 1, int.MaxValue));
    }

    [Theory]
    [InlineData("two words", 2, true)]
    [InlineData("three words here", 2, true)]
    [InlineData("  one\u00A0", 2, false)]
    [InlineData("", 0, true)]
    public void A_lower_bound_alone_counts_only_as_far_as_it_needs(string text, int min, bool expected)
    {
        Assert.Equal(expected, TextRules.WordCountWithin(text, min, int.MaxValue));
    }

    [Theory]
    [InlineData("Summarized by", "Summarized by", true, true, "")]
    [InlineData("SUMMARIZED BY Metro Desk", "Summarized by", true, true, "Metro Desk")]
    [InlineData("Summarized by\u00A0Metro Desk", "Summarized by", true, true, "Metro Desk")]
    [InlineData("Summarized byline", "Summarized by", true, false, null)]
    [InlineData("Topic in-depth extra", "Topic in-depth", false, false, null)]
    [InlineData("topic IN-DEPTH", "Topic in-depth", false, true, "")]
    public void Markers_match_case_insensitively_and_capture_the_rest(string line, string marker, bool captures, bool matches, string? captured)
    {
        var definition = new Marker(marker, captures);

        Assert.Equal(matches, definition.Matches(line));
        if (matches)
        {
            Assert.Equal(captured, definition.Capture(line));
        }
    }
}
