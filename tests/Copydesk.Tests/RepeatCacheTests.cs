using Copydesk.Parsing;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// The runs a repetition inside a part remembers: found again from every line they cover, and costing memory only
/// where a run with items covers lines, never for the lines of the article as such.
/// </summary>
public sealed class RepeatCacheTests
{
    [Fact]
    public void A_line_no_run_covers_gets_a_new_empty_run_that_starts_there()
    {
        var cache = new RepeatCache<string>(10);

        RepeatRun<string> run = cache.Find(4, out int index);

        Assert.Equal(0, index);
        Assert.Equal(0, run.Count);
        Assert.Equal(4, run.NextLine);
        Assert.False(run.IsClosed);
    }

    [Fact]
    public void A_run_is_found_from_its_start_and_from_the_line_after_each_item_at_the_item_that_follows()
    {
        var cache = new RepeatCache<string>(10);
        RepeatRun<string> run = cache.Find(2, out _);
        cache.Add(run, "a", 3);
        cache.Add(run, "b", 5);

        Assert.Same(run, cache.Find(2, out int fromStart));
        Assert.Same(run, cache.Find(3, out int fromSecond));
        Assert.Same(run, cache.Find(5, out int fromEnd));
        Assert.NotSame(run, cache.Find(4, out _));
        Assert.Equal((0, 1, 2), (fromStart, fromSecond, fromEnd));
        Assert.Equal(5, run.NextLine);
    }

    [Fact]
    public void Tries_that_match_nothing_cost_no_memory_and_a_run_costs_only_the_pages_of_the_lines_it_covers()
    {
        const int Lines = 1_000_000;
        var cache = new RepeatCache<string>(Lines);
        for (int line = 0; line < Lines; line++)
        {
            cache.Find(line, out _).Close();
        }

        Assert.Equal(0, cache.PageCount);

        RepeatRun<string> run = cache.Find(1_000, out _);
        for (int line = 1_001; line <= 1_000 + (2 * RepeatCache<string>.PageSize); line++)
        {
            cache.Add(run, "item", line);
        }

        Assert.InRange(cache.PageCount, 2, 3);
    }
}
