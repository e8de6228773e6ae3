using System.Linq;
using Copydesk.Parsing;
using Copydesk.Text;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// Recording what was expected at the farthest line keeps each expectation once, in the order first seen, and costs
/// work in proportion to the failures recorded: a <c>oneOf</c> of many cases that all fail at a line is linear in the
/// number of cases, not quadratic.
/// </summary>
public sealed class ParseStateFailureTests
{
    [Fact]
    public void A_oneOf_of_twice_the_failing_cases_costs_twice_the_comparisons_to_record_them()
    {
        long comparisons = RecordFailingCases(500);
        long twice = RecordFailingCases(1_000);

        Assert.InRange(twice, (2 * comparisons) - 64, (2 * comparisons) + 64);
    }

    [Fact]
    public void Each_expectation_is_kept_once_in_the_order_first_seen_however_many_there_are()
    {
        ParseState state = NewState();
        Expectation[] cases = [.. Enumerable.Range(0, 12).Select(i => new Expectation("body.c" + i, "sentence"))];
        foreach (Expectation expectation in cases.Concat(cases.Reverse()))
        {
            state.Fail(0, expectation);
        }

        state.Fail(0, new Expectation("body.c11", "sentence"));

        string message = state.CreateError().Message;
        Assert.Equal(12, message.Split("body.c").Length - 1);
        Assert.EndsWith("expected body.c0 (sentence), body.c1 (sentence), body.c2 (sentence), body.c3 (sentence), body.c4 (sentence), body.c5 (sentence), body.c6 (sentence), body.c7 (sentence), body.c8 (sentence), body.c9 (sentence), body.c10 (sentence) or body.c11 (sentence).", message);
    }

    [Fact]
    public void A_failure_at_a_later_line_replaces_every_expectation_recorded_before_it()
    {
        ParseState state = NewState();
        for (int i = 0; i < 20; i++)
        {
            state.Fail(0, new Expectation("body.c" + i, "sentence"));
        }

        state.Fail(1, new Expectation("body.c3", "sentence"));
        state.Fail(1, new Expectation("body.c3", "sentence"));
        state.Fail(0, new Expectation("body.c4", "sentence"));

        Assert.EndsWith("expected body.c3 (sentence).", state.CreateError().Message);
    }

    // Every case fails at the same line, each at every try of the line, as a body's oneOf retried there would.
    private static long RecordFailingCases(int cases)
    {
        ParseState state = NewState();
        Expectation[] expectations = [.. Enumerable.Range(0, cases).Select(i => new Expectation("body.c" + i, "sentence"))];
        for (int round = 0; round < 3; round++)
        {
            foreach (Expectation expectation in expectations)
            {
                state.Fail(1, expectation);
            }
        }

        return state.ExpectationComparisons;
    }

    private static ParseState NewState() => new(ArticleUnits.Lines("Headline\nBody line\n"), []);
}
