using System.Collections.Generic;
using Copydesk.Interpretation;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// What an <see cref="IParseTrace"/> hears while a small article is read. Both back ends must give the outcome each
/// trace belongs to, and they are checked for it; traces themselves exist only in the interpreter, so the events
/// are checked on the interpreter alone.
/// </summary>
public sealed class TraceTests
{
    private const string Schema = """
        copydesk: 1
        type: Note
        parts:
          Pair:
            - key: label
            - value: sentence
        layout:
          - title: label
          - pairs: { part: Pair, repeat: 0+ }
          - end: { marker: "End", optional: true }
        """;

    private const string Complete = "Title\nK\nV.\nEnd";

    private const string CutShort = "Title\nK\nEnd";

    [Theory]
    [EachBackEnd]
    public void The_complete_article_parses_and_the_one_cut_short_fails_at_its_marker_line(BackEnd backEnd)
    {
        Assert.Equal("""{"title":"Title","pairs":[{"key":"K","value":"V."}],"end":"End"}""", backEnd.Read(Schema, Complete).Json);

        ArticleOutcome cutShort = backEnd.Read(Schema, CutShort);
        Assert.Null(cutShort.Json);
        Assert.Equal("""Line 3 does not fit the layout: found "End" (a marker line); expected Pair.value (sentence).""", Assert.Single(cutShort.Issues).Message);
    }

    [Fact]
    public void Interpreter_only_a_successful_parse_reports_each_attempt_and_the_part_that_gave_up()
    {
        var trace = new RecordingTrace();

        Assert.True(TestFiles.Inline(Schema).Parse(Complete, trace, cancellationToken: TestContext.Current.CancellationToken).Succeeded);

        Assert.Equal(
            [
                "attempt 0 title (label)", "matched 0 title (label)",
                "attempt 1 Pair.key (label)", "matched 1 Pair.key (label)",
                "attempt 2 Pair.value (sentence)", "matched 2 Pair.value (sentence)",
                "attempt 3 Pair.key (label)", "rejected 3 Pair.key (label): reserved for marker \"End\"",
                "part Pair from 3 failed at 3",
                "attempt 3 end (marker \"End\")", "matched 3 end (marker \"End\")",
                "attempt 4  (the end of the article)", "matched 4  (the end of the article)",
            ],
            trace.Events);
    }

    [Fact]
    public void Interpreter_only_a_failed_parse_reports_why_each_line_did_not_fit()
    {
        var trace = new RecordingTrace();

        Assert.False(TestFiles.Inline(Schema).Parse(CutShort, trace, cancellationToken: TestContext.Current.CancellationToken).Succeeded);

        Assert.Equal(
            [
                "attempt 0 title (label)", "matched 0 title (label)",
                "attempt 1 Pair.key (label)", "matched 1 Pair.key (label)",
                "attempt 2 Pair.value (sentence)", "rejected 2 Pair.value (sentence): reserved for marker \"End\"",
                "part Pair from 1 failed at 2",
                "attempt 1 end (marker \"End\")", "rejected 1 end (marker \"End\"): is not marker \"End\"",
                "attempt 1  (the end of the article)", "rejected 1  (the end of the article): is left over after the layout",
            ],
            trace.Events);
    }

    [Fact]
    public void Interpreter_only_rejections_name_the_end_of_the_article_and_the_line_class()
    {
        var trace = new RecordingTrace();

        TestFiles.Inline(Schema).Parse("A sentence.", trace, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["attempt 0 title (label)", "rejected 0 title (label): is a sentence"], trace.Events[..2]);

        trace = new RecordingTrace();
        TestFiles.Inline(Schema).Parse("Title", trace, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("rejected 1 Pair.key (label): end of the article", trace.Events);
        Assert.Contains("rejected 1 end (marker \"End\"): end of the article", trace.Events);
    }

    [Fact]
    public void Interpreter_only_the_trace_starts_with_the_units_of_the_body_which_every_index_refers_to()
    {
        const string markdown = """
            copydesk: 1
            type: Post
            input: markdown
            frontMatter:
              fields:
                title: string
            lines:
              heading: { block: heading }
            layout:
              - title: heading
              - body: { line: any, repeat: 0+ }
            """;
        var trace = new RecordingTrace();

        Assert.True(TestFiles.Inline(markdown).Parse("---\ntitle: Ferries\n---\n# Ferries\n\nThey sail\nat night.\n", trace, TestContext.Current.CancellationToken).Succeeded);

        Assert.Equal(["Ferries", "They sail at night."], [.. System.Linq.Enumerable.Select(trace.Units, unit => unit.Text)]);
        Assert.Equal([4, 6], [.. System.Linq.Enumerable.Select(trace.Units, unit => unit.Span.Line)]);
        Assert.Contains("matched 1 body (any)", trace.Events);
    }

    [Theory]
    [EachBackEnd(Complete, CutShort, "", "Title\nK\nV.\nK2\nV2.\nextra")]
    public void A_traced_interpretation_gives_what_each_back_end_gives_untraced(BackEnd backEnd, string text)
    {
        ArticleOutcome untraced = backEnd.Read(Schema, text);

        ArticleOutcome traced = ArticleOutcome.Of(TestFiles.Inline(Schema).Parse(text, new RecordingTrace(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(untraced.Json, traced.Json);
        Assert.Equal(untraced.Span, traced.Span);
        Assert.Equal(untraced.Issues, traced.Issues);
    }

    private sealed class RecordingTrace : IParseTrace
    {
        private readonly List<string> events = new();

        public string[] Events => [.. events];

        public IReadOnlyList<Copydesk.Units.TextUnit> Units { get; private set; } = [];

        public void Start(IReadOnlyList<Copydesk.Units.TextUnit> units) => Units = units;

        public void Attempt(int lineIndex, string slot, string expected) => events.Add($"attempt {lineIndex} {slot} ({expected})");

        public void Matched(int lineIndex, string slot, string expected) => events.Add($"matched {lineIndex} {slot} ({expected})");

        public void Rejected(int lineIndex, string slot, string expected, string reason) => events.Add($"rejected {lineIndex} {slot} ({expected}): {reason}");

        public void PartFailed(int startLineIndex, string part, int failedAtLineIndex) => events.Add($"part {part} from {startLineIndex} failed at {failedAtLineIndex}");
    }
}
