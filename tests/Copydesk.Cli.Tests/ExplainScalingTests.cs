using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Explain;
using Copydesk.Interpretation;
using Copydesk.Testing;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// <c>copydesk explain</c> follows a parse in work proportional to the parse: a part that reads to the end of the
/// article, fails there and is tried again at every line (<see cref="RejoiningSections"/>, which the parse's remembered
/// repetitions keep linear) gives back only the lines it read each time, not every line it spans.
/// </summary>
/// <remarks>A million lines take seconds in a Release build and minutes in a Debug build on a loaded machine, so the test
/// runs with the slow suite; the limit only stops a quadratic account, which would take days.</remarks>
[Trait("Category", "Slow")]
public sealed class ExplainScalingTests
{
    [Fact(Timeout = 600_000)]
    public async Task A_part_that_fails_at_the_end_at_every_line_is_explained_without_visiting_the_lines_it_spans_each_time()
    {
        // A million lines: the spans of the failed parts add up to half a million million lines, which a look at each
        // would take far longer than the limit to visit; the parse and its account take seconds.
        const int Entries = 500_000;
        const int Lines = 2 * Entries;
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        Assert.True(SchemaInterpreter.TryLoad(RejoiningSections.Schema, out SchemaInterpreter? interpreter, out _));
        var recorder = new ExplanationRecorder(verbose: false);
        var spans = new PartSpans(recorder);

        Explanation explanation = await Task.Run(
            () =>
            {
                ParseResult<InterpretedArticle> result = interpreter.Parse(RejoiningSections.Entries(Entries), spans, cancellationToken);
                Assert.True(result.Succeeded);
                return recorder.Finish(null, []);
            },
            cancellationToken);

        Assert.True(spans.Total >= (long)Lines * Lines / 4, $"the failed parts span {spans.Total} lines in all");
        Assert.Equal(Lines, explanation.Lines.Count);
        Assert.All(explanation.Lines, line => Assert.Equal(LineFate.Read, line.Fate));
        Assert.Equal("given back: part Section read it as Entry.code (code), then failed at the end of the text on Section.close (label): end of the article", explanation.Lines[0].Notes[0]);
    }

    /// <summary>Passes a parse's events on to an explanation, adding up the lines each failed part spans.</summary>
    private sealed class PartSpans(IParseTrace explanation) : IParseTrace
    {
        public long Total { get; private set; }

        public void Start(IReadOnlyList<TextUnit> units) => explanation.Start(units);

        public void Attempt(int lineIndex, string slot, string expected) => explanation.Attempt(lineIndex, slot, expected);

        public void Matched(int lineIndex, string slot, string expected) => explanation.Matched(lineIndex, slot, expected);

        public void Rejected(int lineIndex, string slot, string expected, string reason) => explanation.Rejected(lineIndex, slot, expected, reason);

        public void PartFailed(int startLineIndex, string part, int failedAtLineIndex)
        {
            Total += failedAtLineIndex - startLineIndex;
            explanation.PartFailed(startLineIndex, part, failedAtLineIndex);
        }
    }
}
