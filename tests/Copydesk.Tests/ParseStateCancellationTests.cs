using System;
using System.Threading;
using Copydesk.Parsing;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// The parse state stops a parse its token cancels: a parse that counts its line reads with
/// <see cref="ParseState.CountRead"/> ends within 1,024 reads of the request, and one cancelled before it starts reads none.
/// </summary>
public sealed class ParseStateCancellationTests
{
    [Fact]
    public void Counting_line_reads_throws_within_1024_reads_once_the_token_is_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var state = new ParseState(ArticleUnits.Lines("Headline\n"), [], cancellation.Token);
        for (int i = 0; i < 10_000; i++)
        {
            state.CountRead();
        }

        cancellation.Cancel();
        int reads = 0;
        Assert.Throws<OperationCanceledException>(() =>
        {
            while (reads < 1_000_000)
            {
                reads++;
                state.CountRead();
            }
        });

        Assert.InRange(reads, 1, 1_024);
    }

    [Fact]
    public void A_parse_whose_token_is_already_cancelled_does_not_start()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => new ParseState(ArticleUnits.Lines("Headline\n"), [], cancellation.Token));
    }
}
