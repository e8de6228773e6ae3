using System.IO;
using System.Linq;
using System.Text;
using Copydesk.Cli.Explain;
using Copydesk.Cli.Output;
using Copydesk.Cli.Tests.Traces;
using Copydesk.Interpretation;
using Copydesk.Text;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// <c>copydesk explain</c> on a long article holds neither the trace of every attempt nor its whole printed account:
/// the account is built as the parse runs, the same as one replayed from a recorded trace, and it is written out in
/// pieces of whole lines as it goes.
/// </summary>
public sealed class ExplainStreamingTests
{
    [Fact]
    public void The_account_built_as_the_parse_runs_is_the_one_a_recorded_trace_gives()
    {
        string text = File.ReadAllText(TestFiles.Digest("dangling-indepth-title"));
        Assert.True(SchemaInterpreter.TryLoad(File.ReadAllText(TestFiles.DigestSchema), out SchemaInterpreter? interpreter, out _));
        TextLine[] lines = ArticleText.SplitLines(text);

        ExplanationRecorder recorder = TraceReplay.Recorder(lines, verbose: true);
        ParseResult<InterpretedArticle> streamed = interpreter.Parse(text, recorder, TestContext.Current.CancellationToken);
        var trace = new TraceRecorder();
        interpreter.Parse(text, trace, TestContext.Current.CancellationToken);

        Assert.False(streamed.Succeeded);
        Assert.Equal(
            Print(TraceReplay.Build(lines, trace.Events, streamed.Issues[0], [], verbose: true)),
            Print(recorder.Finish(streamed.Issues[0], [])));
    }

    [Fact]
    public void A_long_account_is_written_out_a_thousand_lines_at_a_time_in_whole_lines()
    {
        TextLine[] lines = ArticleText.SplitLines(string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Sentence {i}.\n")));
        Explanation explanation = TraceReplay.Recorder(lines, verbose: false).Finish(null, []);
        var writer = new FlushCountingWriter();

        ExplainWriter.Write(writer, "long.txt", "s.schema.yaml", "Long", explanation);

        Assert.Equal(4, writer.Flushes.Count);
        Assert.All(writer.Flushes, flushed => Assert.EndsWith("\n", flushed, System.StringComparison.Ordinal));
    }

    private static string Print(Explanation explanation)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        ExplainWriter.Write(writer, "a.txt", "s.schema.yaml", "DigestStory", explanation);
        return writer.ToString();
    }

    /// <summary>Keeps what was written before each flush.</summary>
    private sealed class FlushCountingWriter : StringWriter
    {
        public System.Collections.Generic.List<string> Flushes { get; } = [];

        public override void Flush()
        {
            StringBuilder written = GetStringBuilder();
            Flushes.Add(written.ToString());
            written.Clear();
        }
    }
}
