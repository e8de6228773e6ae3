using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text;
using System.Threading;
using Copydesk.Interpretation;
using Copydesk.Testing;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// A parse can be stopped: the cancellation token is looked at every 1,024 line reads, so a long parse ends within that
/// many reads of the request with <see cref="OperationCanceledException"/>, and a parse that is not cancelled gives
/// what it gives without a token. Work is counted (line reads through the trace), never timed.
/// </summary>
public sealed class CancellationTests
{
    private const int CheckInterval = 1_024;

    private const string Schema = """
        copydesk: 1
        type: Lines
        layout:
          - body: { line: any, repeat: 0+ }
        """;

    [Fact]
    public void A_parse_cancelled_midway_stops_within_1024_line_reads_of_the_request()
    {
        using var cancellation = new CancellationTokenSource();
        var trace = new CancellingCounter(cancellation, cancelAfter: 5_000);

        Assert.Throws<OperationCanceledException>(() => TestFiles.Inline(Schema).Parse(Lines(1_000_000), trace, cancellation.Token));

        Assert.InRange(trace.Attempts, 5_000, 5_000 + CheckInterval);
    }

    [Fact]
    public void A_parse_with_a_token_cancelled_before_it_starts_reads_no_line()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var trace = new AttemptCounter();

        Assert.Throws<OperationCanceledException>(() => TestFiles.Inline(Schema).Parse(Lines(10), trace, cancellation.Token));

        Assert.Equal(0, trace.Attempts);
    }

    [Fact]
    public void A_parse_whose_token_is_not_cancelled_gives_what_a_parse_without_one_gives()
    {
        SchemaInterpreter interpreter = TestFiles.Inline(Schema);
        using var cancellation = new CancellationTokenSource();
        string text = Lines(5_000);

        ParseResult<InterpretedArticle> withToken = interpreter.Parse(text, cancellationToken: cancellation.Token);
        ParseResult<InterpretedArticle> without = interpreter.Parse(text, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(withToken.Succeeded);
        Assert.Equal(without.Document!.ToJson(), withToken.Document!.ToJson());
    }

    [Fact]
    public void Generated_code_stops_a_parse_whose_token_is_cancelled_and_gives_the_same_document_when_it_is_not()
    {
        Type article = GeneratedParser.Compile(Schema, TestContext.Current.CancellationToken);
        MethodInfo parse = article.GetMethod("Parse", [typeof(string), typeof(CancellationToken)])!;
        using var cancellation = new CancellationTokenSource();
        string text = Lines(5_000);

        object? result = parse.Invoke(null, [text, cancellation.Token]);
        cancellation.Cancel();
        var stopped = Assert.Throws<TargetInvocationException>(() => parse.Invoke(null, [text, cancellation.Token]));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped.InnerException);
        IArticle generated = (IArticle)result!.GetType().GetProperty("Document")!.GetValue(result)!;
        Assert.Equal(Json(TestFiles.Inline(Schema).Parse(text, cancellationToken: TestContext.Current.CancellationToken).Document!), Json(generated));
    }

    private static string Json(IArticle article)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            article.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Lines(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("Line ").Append(i).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Counts line reads and cancels the parse at a given one, as Ctrl+C arriving in the middle would.</summary>
    private sealed class CancellingCounter(CancellationTokenSource cancellation, int cancelAfter) : IParseTrace
    {
        public long Attempts { get; private set; }

        public void Start(IReadOnlyList<TextUnit> units)
        {
        }

        public void Attempt(int lineIndex, string slot, string expected)
        {
            if (++Attempts == cancelAfter)
            {
                cancellation.Cancel();
            }
        }

        public void Matched(int lineIndex, string slot, string expected)
        {
        }

        public void Rejected(int lineIndex, string slot, string expected, string reason)
        {
        }

        public void PartFailed(int startLineIndex, string part, int failedAtLineIndex)
        {
        }
    }
}
