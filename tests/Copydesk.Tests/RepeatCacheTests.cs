using System.Threading.Tasks;
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

    [Fact]
    public void A_run_that_reaches_an_item_boundary_of_another_joins_it_and_goes_on_with_its_items()
    {
        var (cache, first, retry) = RetryJoiningAtLine2(firstItems: 3, closeFirst: true);

        Assert.Equal(6, retry.NextLine);
        Assert.True(retry.IsClosed);
        Assert.False(retry.Wants(0, int.MaxValue));
        Assert.Equal(["1", "2-3", "4-5"], retry.Slice(0, 1, out int end));
        Assert.Equal(6, end);
        Assert.Same(first, cache.Find(2, out int second));
        Assert.Equal(1, second);
    }

    [Fact]
    public void Items_shared_with_a_joined_run_are_not_listed_until_asked_and_a_part_of_them_can_be_taken()
    {
        var (_, _, retry) = RetryJoiningAtLine2(firstItems: 2, closeFirst: false);

        RepeatItems<string> own = retry.Take(0, 1, 1, out int ownEnd);
        RepeatItems<string> shared = retry.Take(0, 2, 1, out int sharedEnd);

        Assert.True(own.TryGetList(out NodeList<string> ownList));
        Assert.Equal(["1"], ownList);
        Assert.Equal(2, ownEnd);
        Assert.False(shared.TryGetList(out _));
        Assert.Equal(["1", "2-3"], shared.ToList());
        Assert.Equal(4, sharedEnd);
    }

    [Fact]
    public void A_joined_run_that_needs_more_items_reads_them_on_the_run_it_joined()
    {
        var (cache, first, retry) = RetryJoiningAtLine2(firstItems: 1, closeFirst: false);

        Assert.True(retry.Wants(0, 3));
        cache.Add(retry, "2-3", 4);

        Assert.Equal(1, retry.Count);
        Assert.Equal(2, first.Count);
        Assert.Equal(4, first.NextLine);
        Assert.Equal(["1", "2-3"], retry.Slice(0, 1, out _));
    }

    [Fact]
    public void Retries_from_every_line_of_a_run_whose_items_read_one_or_two_lines_read_each_item_once()
    {
        // Two-line items start at even lines, a one-line item at every odd line: each retry between two items of a run
        // reads one item and joins it, so the items read stay one per line however many lines there are.
        const int Lines = 10_000;
        var cache = new RepeatCache<int>(Lines);
        int reads = 0;
        for (int position = 0; position < Lines; position++)
        {
            RepeatRun<int> run = cache.Find(position, out int index);
            while (run.Wants(index, int.MaxValue))
            {
                int scan = run.NextLine;
                if (scan >= Lines)
                {
                    run.Close();
                    break;
                }

                reads++;
                cache.Add(run, scan, scan % 2 == 0 ? scan + 2 : scan + 1);
            }

            run.Take(index, int.MaxValue, position, out int end);
            Assert.Equal(Lines, end);
        }

        Assert.Equal(Lines, reads);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_chain_of_runs_as_long_as_the_article_is_not_walked_again_for_each_run_that_joins_it()
    {
        // Tries from ever earlier lines each read one item of one line and join the run tried just before, at its start:
        // every run goes on as the previous one, a chain as long as the article. Walking it for each new run (to see what
        // the run holds, where it goes on or where it ends) would be quadratic: minutes here, not milliseconds.
        const int Runs = 200_000;
        int reads = await Task.Run(() => ReadChain(Runs), TestContext.Current.CancellationToken);

        Assert.Equal(Runs + 1, reads);
    }

    private static int ReadChain(int runs)
    {
        int last = runs;
        var cache = new RepeatCache<int>(last + 2);
        int reads = 0;
        for (int position = last; position >= 0; position--)
        {
            RepeatRun<int> run = cache.Find(position, out int index);
            while (run.Wants(index, int.MaxValue))
            {
                int scan = run.NextLine;
                if (scan > last)
                {
                    run.Close();
                    break;
                }

                reads++;
                cache.Add(run, scan, scan + 1);
            }

            RepeatItems<int> items = run.Take(index, int.MaxValue, position, out int end);
            Assert.Equal((last - position + 1, last + 1), (items.Count, end));
        }

        RepeatRun<int> first = cache.Find(0, out int fromStart);
        Assert.Equal([0, 1, 2], first.Slice(fromStart, 3, 0, out int third));
        Assert.Equal(3, third);
        return reads;
    }

    // Items of two lines from line 0 ("0-1", "2-3", …); a retry from line 1 reads one item of one line ("1") and meets
    // the first run at line 2.
    private static (RepeatCache<string> Cache, RepeatRun<string> First, RepeatRun<string> Retry) RetryJoiningAtLine2(int firstItems, bool closeFirst)
    {
        var cache = new RepeatCache<string>(10);
        RepeatRun<string> first = cache.Find(0, out _);
        for (int item = 0; item < firstItems; item++)
        {
            cache.Add(first, $"{2 * item}-{(2 * item) + 1}", (2 * item) + 2);
        }

        if (closeFirst)
        {
            first.Close();
        }

        RepeatRun<string> retry = cache.Find(1, out int index);
        Assert.Equal(0, index);
        cache.Add(retry, "1", 2);
        return (cache, first, retry);
    }
}
