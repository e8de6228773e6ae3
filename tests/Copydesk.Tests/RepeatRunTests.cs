using Copydesk.Parsing;
using Xunit;

namespace Copydesk.Tests;

/// <summary>The items a repetition matched, as generated parsers and the interpreter collect them.</summary>
public sealed class RepeatRunTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_run_grows_past_the_capacity_it_started_with(int capacity)
    {
        var run = new RepeatRun<string>(capacity);
        for (int i = 0; i < 10; i++)
        {
            run.Add("item " + i, i + 1);
        }

        NodeList<string> items = run.Slice(0, 0, out int end);

        Assert.Equal(10, items.Count);
        Assert.Equal("item 9", items[9]);
        Assert.Equal(10, end);
    }

    [Theory]
    [InlineData(0, int.MaxValue)]
    [InlineData(3, 2)]
    [InlineData(1_000, 1)]
    public void A_run_sized_for_the_lines_left_still_takes_every_item_it_is_given(int linesLeft, int max)
    {
        var run = RepeatRun<int>.ForLinesLeft(linesLeft, max);
        for (int i = 0; i < 5; i++)
        {
            run.Add(i, i + 1);
        }

        Assert.Equal([0, 1, 2, 3, 4], run.Slice(0, 0, out _));
    }

    [Fact]
    public void A_slice_from_a_later_item_ends_where_the_run_ends()
    {
        var run = new RepeatRun<string>();
        run.Add("a", 2);
        run.Add("b", 3);
        run.Add("c", 5);

        NodeList<string> tail = run.Slice(1, 2, out int end);

        Assert.Equal(["b", "c"], tail);
        Assert.Equal(5, end);
    }

    [Fact]
    public void An_empty_slice_ends_where_it_started()
    {
        var run = new RepeatRun<string>();
        run.Add("a", 2);

        NodeList<string> rest = run.Slice(1, 2, out int end);

        Assert.Empty(rest);
        Assert.Equal(2, end);
    }

    [Fact]
    public void A_bounded_slice_takes_at_most_its_bound_and_ends_after_the_last_item_it_takes()
    {
        var run = new RepeatRun<string>();
        run.Add("a", 1);
        run.Add("b", 2);
        run.Add("c", 3);

        NodeList<string> two = run.Slice(1, 1, 1, out int end);

        Assert.Equal(["b"], two);
        Assert.Equal(2, end);
    }

    [Fact]
    public void An_open_run_wants_more_items_until_it_holds_the_bound_and_a_closed_one_wants_none()
    {
        var run = new RepeatRun<string>();
        run.Add("a", 1);
        run.Add("b", 2);

        Assert.False(run.Wants(0, 2));
        Assert.True(run.Wants(1, 2));
        Assert.True(run.Wants(0, int.MaxValue));

        run.Close();

        Assert.True(run.IsClosed);
        Assert.False(run.Wants(1, 2));
        Assert.False(run.Wants(0, int.MaxValue));
    }
}
