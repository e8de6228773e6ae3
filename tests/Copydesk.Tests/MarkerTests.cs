using System;
using Copydesk.Text;
using Xunit;

namespace Copydesk.Tests;

/// <summary>How a marker line is recognised: alternatives, case, and the text captured after the alternative that matched.</summary>
public sealed class MarkerTests
{
    private static readonly Marker EndMarks = new("###", CapturesRest: false) { Alternatives = ["###", "-30-", "- 30 -", "ENDS"] };

    [Theory]
    [InlineData("###", true)]
    [InlineData("-30-", true)]
    [InlineData("- 30 -", true)]
    [InlineData("ends", true)]
    [InlineData("- 30 - more", false)]
    [InlineData("-30", false)]
    public void A_line_is_the_marker_when_it_is_one_of_the_alternatives(string line, bool matches) =>
        Assert.Equal(matches, EndMarks.Matches(line));

    [Fact]
    public void A_case_sensitive_marker_matches_only_the_case_written()
    {
        var advisory = new Marker("ADVISORY", CapturesRest: true) { CaseSensitive = true };

        Assert.True(advisory.Matches("ADVISORY Corrects vote count"));
        Assert.False(advisory.Matches("Advisory panels had asked for the curfew."));
        Assert.Equal("Corrects vote count", advisory.Capture("ADVISORY Corrects vote count"));
    }

    [Fact]
    public void The_capture_follows_the_alternative_the_line_starts_with()
    {
        var date = new Marker("Date:", CapturesRest: true) { Alternatives = ["Date:", "Sent:"] };

        Assert.Equal("Mon, 3 Mar 2025", date.Capture("sent:  Mon, 3 Mar 2025"));
        Assert.Equal(string.Empty, date.Capture("Date:"));
        Assert.Equal(["Date:", "Sent:"], date.Alternatives);
    }

    [Fact]
    public void Without_alternatives_the_marker_text_is_the_only_one_and_it_is_reserved_everywhere()
    {
        var marker = new Marker("Summarized by", CapturesRest: true);

        Assert.Equal(["Summarized by"], marker.Alternatives);
        Assert.True(marker.ReservedEverywhere);
        Assert.False(marker.CaseSensitive);
    }

    [Fact]
    public void Testing_a_line_against_a_marker_allocates_nothing()
    {
        var summary = new Marker("Summarized by", CapturesRest: true);
        Assert.True(summary.Matches("Summarized by Ana Ruiz".AsSpan()));

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool single = summary.Matches("Summarized by Li Wei".AsSpan()) && !summary.Matches("A paragraph.".AsSpan());
        bool several = EndMarks.Matches("ENDS".AsSpan()) && !EndMarks.Matches("A paragraph.".AsSpan());
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(single && several);
        Assert.Equal(0, allocated);
    }
}
