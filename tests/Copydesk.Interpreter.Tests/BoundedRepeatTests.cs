using System.Linq;
using System.Text;
using System.Text.Json;
using Copydesk.Interpretation;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// A repeat with a large upper bound inside a part remembers its runs as an unbounded one does, and the answer is the
/// one a fresh read would give: a run records whether it stopped at its bound or at a line that did not match, so a
/// retry from a later line inside it takes exactly its bound, reads on past where the first read stopped at the bound,
/// and fails where a fresh read fails.
/// </summary>
public sealed class BoundedRepeatTests
{
    /// <summary>A block of at most 20 sentences closed by a label, or a lone sentence, as often as they come.</summary>
    internal const string BoundedBlocks = """
        copydesk: 1
        type: Blocks
        parts:
          Block:
            - lines: { line: sentence, repeat: 0..20 }
            - close: label
        layout:
          - body:
              repeat: 0+
              oneOf:
                - block: Block
                - text: sentence
        """;

    [Theory]
    [EachBackEnd]
    public void A_retried_part_takes_at_most_the_bound_from_each_line_reading_past_where_an_earlier_try_stopped_at_it(BackEnd backEnd)
    {
        // From lines 1 to 10 the block reads its 20 sentences and finds a sentence where the label should be; from
        // line 11 its 20 sentences end right before the label. A run reused from line 1 that stopped at the bound is
        // read on, one line per retry.
        ArticleOutcome outcome = backEnd.Read(BoundedBlocks, Sentences(30) + "Close\n");

        using JsonDocument json = JsonDocument.Parse(outcome.Json!);
        JsonElement[] body = [.. json.RootElement.GetProperty("body").EnumerateArray()];
        Assert.Equal(11, body.Length);
        Assert.All(body[..10], item => Assert.Equal("text", item.GetProperty("$type").GetString()));
        Assert.Equal("Sentence 10.", body[10].GetProperty("lines")[0].GetString());
        Assert.Equal(20, body[10].GetProperty("lines").GetArrayLength());
        Assert.Equal("Close", body[10].GetProperty("close").GetString());
    }

    [Theory]
    [EachBackEnd]
    public void A_retried_part_fails_where_a_fresh_read_fails(BackEnd backEnd)
    {
        // No label anywhere. From line 11 the block's 20 sentences end with the article, which is the farthest failure:
        // the label is expected there; from line 12 the repeat, short of its bound, also tries a sentence there.
        ArticleOutcome outcome = backEnd.Read(BoundedBlocks + "\n  - end: label\n", Sentences(30));

        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal("The article ends after line 30; expected Block.close (label), Block.lines (sentence), body.text (sentence) or end (label).", error.Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_run_that_stopped_at_a_line_that_did_not_match_is_not_read_again_past_it(BackEnd backEnd)
    {
        // Five sentences, a label: the block reads them from line 1 and closes; nothing is left to retry.
        ArticleOutcome outcome = backEnd.Read(BoundedBlocks, Sentences(5) + "Close\nSentence 5.\n");

        Assert.Equal(
            """{"body":[{"$type":"block","lines":["Sentence 0.","Sentence 1.","Sentence 2.","Sentence 3.","Sentence 4."],"close":"Close"},{"$type":"text","text":"Sentence 5."}]}""",
            outcome.Json);
    }

    [Fact]
    public void A_large_bound_costs_as_many_line_reads_as_no_bound_and_twice_the_lines_cost_twice_the_reads()
    {
        string bounded = BoundedBlocks.Replace("0..20", "0..1000000", System.StringComparison.Ordinal);
        string unbounded = BoundedBlocks.Replace("0..20", "0+", System.StringComparison.Ordinal);

        long boundedReads = LineReads(bounded, 2_000);
        long boundedReadsTwice = LineReads(bounded, 4_000);
        long unboundedReads = LineReads(unbounded, 2_000);

        Assert.Equal(unboundedReads, boundedReads);
        Assert.InRange(boundedReadsTwice, 2 * boundedReads - 16, 2 * boundedReads + 16);
    }

    internal static string Sentences(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("Sentence ").Append(i).Append(".\n");
        }

        return text.ToString();
    }

    // Every attempt to read a line is one trace event: the parse's work, counted instead of timed.
    private static long LineReads(string schema, int lines)
    {
        var trace = new AttemptCounter();
        // No label: the block is tried from every line and fails at the end, the shape that made a bounded repeat quadratic.
        Assert.True(TestFiles.Inline(schema).Parse(Sentences(lines), trace).Succeeded);
        return trace.Attempts;
    }
}
