using System;
using System.Collections.Generic;
using System.Threading;

namespace Copydesk.Cli.Output;

/// <summary>
/// Writes results that complete in any order (from parallel workers) in their index order, as soon as every earlier
/// one is written: output is the same as a sequential run, yet streams out during a long batch instead of at its end.
/// Only results waiting for an earlier one are held, so a stream of unknown length (JSON-lines records) works too.
/// Thread-safe.
/// </summary>
public sealed class OrderedOutput
{
    private readonly Lock gate = new();
    private readonly CliStreams streams;
    private readonly Dictionary<int, RenderedOutcome> pending = [];
    private readonly ProgressBar? progress;
    private readonly Action<RenderedOutcome> written;
    private int next;
    private int completed;

    /// <summary>Prepares to write results from index 0 on.</summary>
    /// <param name="streams">Where the results go.</param>
    /// <param name="progress">A progress bar to keep up to date (and out of the way of output), or <see langword="null"/>.</param>
    /// <param name="written">Called, under the same lock, for each result once written (counting, for example).</param>
    public OrderedOutput(CliStreams streams, ProgressBar? progress, Action<RenderedOutcome> written)
    {
        this.streams = streams ?? throw new ArgumentNullException(nameof(streams));
        this.written = written ?? throw new ArgumentNullException(nameof(written));
        this.progress = progress;
    }

    /// <summary>Records result <paramref name="index"/> and writes every result that is now next in line.</summary>
    public void Complete(int index, RenderedOutcome result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (gate)
        {
            pending.Add(index, result);
            completed++;
            bool wrote = false;
            while (pending.Remove(next, out RenderedOutcome? ready))
            {
                if (!wrote)
                {
                    progress?.Clear();
                    wrote = true;
                }

                ready.WriteTo(streams);
                written(ready);
                next++;
            }

            // After output the bar must come back at once; otherwise it is throttled.
            progress?.Update(completed, force: wrote);
        }
    }

    /// <summary>Tells the progress bar how many results there are so far, and whether that is all of them.</summary>
    public void Found(int count, bool complete)
    {
        lock (gate)
        {
            progress?.Found(count, complete);
            if (complete)
            {
                // The total is final: show it at once, even when every result is already written.
                progress?.Update(completed, force: true);
            }
        }
    }

    /// <summary>Erases the progress bar once every result is written.</summary>
    public void Finish()
    {
        lock (gate)
        {
            progress?.Clear();
        }
    }
}
