using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Samples;
using Copydesk.Text;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// Time per line across input sizes, measured with a stopwatch on a thread whose stack is 256 KB: a parser
/// that recursed per line would overflow it long before a million lines (and take the process down), so
/// finishing is the proof that the stack does not grow with the input. Times are the best of several runs;
/// the last column leaves out the GC pauses inside that run, which grow once the parsed article outlives gen0.
/// </summary>
internal static class ScalingReport
{
    /// <summary>The stack the parses run on.</summary>
    public const int StackBytes = 256 * 1024;

    /// <summary>Prints the table for 1 to <paramref name="maxLines"/> lines; returns false when a parse failed unexpectedly.</summary>
    public static bool Run(int maxLines, TimeSpan budgetPerSize, TextWriter output)
    {
        output.WriteLine($"Scaling: one digest story of N lines, parsed on a thread with a {StackBytes / 1024} KB stack (best of repeated runs, {budgetPerSize.TotalSeconds:0.#} s per size).");
        output.WriteLine();
        output.WriteLine("| lines | input | floor ns/line | generated ns/line | generated / floor | generated ns/line outside GC pauses | parsed |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        bool ok = true;
        Timing? smallFloor = null, smallGenerated = null, largeFloor = null, largeGenerated = null;
        double lowestRatio = double.MaxValue, highestRatio = 0;
        int smallLines = 0, largeLines = 0;
        for (int lines = 1; lines <= maxLines; lines *= 10)
        {
            string text = ArticleCorpus.DigestStoryOfLines(lines);
            (Timing floor, Timing generated, bool parsed) = OnSmallStack(() =>
            {
                Timing floorTime = Best(() => ArticleText.SplitLines(text), budgetPerSize);
                Timing parseTime = Best(() => DigestStory.Parse(text), budgetPerSize);
                return (floorTime, parseTime, DigestStory.Parse(text).Succeeded);
            });

            // A headline alone is the only input the layout rejects.
            ok &= parsed == (lines > 1);
            double perLine = generated.Nanoseconds / lines;
            double ratio = generated.Nanoseconds / floor.Nanoseconds;
            if (lines >= 100)
            {
                // Below 100 lines fixed costs (the parser's setup, the result) dominate the time per line.
                if (smallFloor is null)
                {
                    (smallFloor, smallGenerated, smallLines) = (floor, generated, lines);
                }

                (largeFloor, largeGenerated, largeLines) = (floor, generated, lines);
                lowestRatio = Math.Min(lowestRatio, ratio);
                highestRatio = Math.Max(highestRatio, ratio);
            }

            output.WriteLine(
                $"| {lines:N0} | {Size(Encoding.UTF8.GetByteCount(text))} | {floor.Nanoseconds / lines:N1} | {perLine:N1} | {ratio:N2} " +
                $"| {(generated.Nanoseconds - generated.PauseNanoseconds) / lines:N1} | {(parsed ? "yes" : "no (headline only)")} |");
        }

        if (smallGenerated is { } g0 && largeGenerated is { } g1 && smallFloor is { } f0 && largeFloor is { } f1 && largeLines > smallLines)
        {
            // The floor is one pass over the text, linear by construction; a parser that tracks it is linear too,
            // and what makes both slower per line at large sizes is memory (caches, page faults, GC), not the parser.
            double generatedGrowth = g1.Nanoseconds / largeLines / (g0.Nanoseconds / smallLines);
            double floorGrowth = f1.Nanoseconds / largeLines / (f0.Nanoseconds / smallLines);
            output.WriteLine();
            output.WriteLine(
                $"From {smallLines:N0} to {largeLines:N0} lines the generated parser takes {lowestRatio:N2}–{highestRatio:N2}× the floor's time; " +
                $"its time per line grows {generatedGrowth:N2}× over that range, the floor's {floorGrowth:N2}×.");
        }

        return ok;
    }

    /// <summary>Runs <paramref name="work"/> on a thread with a <see cref="StackBytes"/> stack and returns its result.</summary>
    public static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The parse on the small stack failed.", failure);
        }

        return result;
    }

    // The fastest sample, per run, with the GC pause time that fell inside it. Small inputs run many times
    // per sample so that a sample lasts at least a millisecond, well above the timer's resolution.
    private static Timing Best(Func<object> work, TimeSpan budget)
    {
        GC.KeepAlive(work());
        long warm = Stopwatch.GetTimestamp();
        GC.KeepAlive(work());
        double once = Math.Max(Stopwatch.GetElapsedTime(warm).TotalNanoseconds, 1);
        int perSample = (int)Math.Clamp(1e6 / once, 1, 100_000);
        var best = new Timing(double.MaxValue, 0);
        var total = Stopwatch.StartNew();
        int samples = 0;
        while (samples < 3 || (total.Elapsed < budget && samples < 10_000))
        {
            TimeSpan pausedBefore = GC.GetTotalPauseDuration();
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < perSample; i++)
            {
                GC.KeepAlive(work());
            }

            double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds / perSample;
            if (elapsed < best.Nanoseconds)
            {
                best = new Timing(elapsed, (GC.GetTotalPauseDuration() - pausedBefore).TotalNanoseconds / perSample);
            }

            samples++;
        }

        return best;
    }

    private readonly record struct Timing(double Nanoseconds, double PauseNanoseconds);

    private static string Size(long bytes) => bytes switch
    {
        >= 1_000_000 => $"{bytes / 1e6:N1} MB",
        >= 1_000 => $"{bytes / 1e3:N1} KB",
        _ => $"{bytes} B",
    };
}
