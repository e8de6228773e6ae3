using System.Collections.Generic;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>What an <see cref="IParseTrace"/> hears while the interpreter reads a small article.</summary>
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

    [Fact]
    public void A_successful_parse_reports_each_attempt_and_the_part_that_gave_up()
    {
        var trace = new RecordingTrace();

        Assert.True(TestFiles.Inline(Schema).Parse("Title\nK\nV.\nEnd", trace).Succeeded);

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
    public void A_failed_parse_reports_why_each_line_did_not_fit()
    {
        var trace = new RecordingTrace();

        ParseResult<InterpretedArticle> result = TestFiles.Inline(Schema).Parse("Title\nK\nEnd", trace);

        Assert.Equal("""Line 3 does not fit the layout: found "End" (a marker line); expected Pair.value (sentence).""", Assert.Single(result.Issues).Message);
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
    public void Rejections_name_the_end_of_the_article_and_the_line_class()
    {
        var trace = new RecordingTrace();

        TestFiles.Inline(Schema).Parse("A sentence.", trace);

        Assert.Equal(["attempt 0 title (label)", "rejected 0 title (label): is a sentence"], trace.Events[..2]);

        trace = new RecordingTrace();
        TestFiles.Inline(Schema).Parse("Title", trace);
        Assert.Contains("rejected 1 Pair.key (label): end of the article", trace.Events);
        Assert.Contains("rejected 1 end (marker \"End\"): end of the article", trace.Events);
    }

    [Fact]
    public void A_trace_does_not_change_the_result()
    {
        SchemaInterpreter interpreter = TestFiles.Inline(Schema);
        foreach (string text in new[] { "Title\nK\nV.\nEnd", "Title\nK\nEnd", "", "Title\nK\nV.\nK2\nV2.\nextra" })
        {
            Assert.Equal(TestFiles.Run(interpreter, text).Json, interpreter.Parse(text, new RecordingTrace()).Document?.ToJson());
            Assert.Equal(interpreter.Parse(text).Issues, interpreter.Parse(text, new RecordingTrace()).Issues);
        }
    }

    private sealed class RecordingTrace : IParseTrace
    {
        private readonly List<string> events = new();

        public string[] Events => [.. events];

        public void Attempt(int lineIndex, string slot, string expected) => events.Add($"attempt {lineIndex} {slot} ({expected})");

        public void Matched(int lineIndex, string slot, string expected) => events.Add($"matched {lineIndex} {slot} ({expected})");

        public void Rejected(int lineIndex, string slot, string expected, string reason) => events.Add($"rejected {lineIndex} {slot} ({expected}): {reason}");

        public void PartFailed(int startLineIndex, string part, int failedAtLineIndex) => events.Add($"part {part} from {startLineIndex} failed at {failedAtLineIndex}");
    }
}
