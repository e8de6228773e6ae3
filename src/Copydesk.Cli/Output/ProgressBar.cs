using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Copydesk.Cli.Output;

/// <summary>
/// A one-line progress bar redrawn in place on standard error with a carriage return. Drawn only for a person
/// watching a terminal and a batch big enough to take a while; never in logs or pipes, where it would be noise.
/// Not thread-safe: callers serialise access (see <see cref="OrderedOutput"/>).
/// </summary>
public sealed class ProgressBar
{
    /// <summary>Batches of more files than this get a progress bar.</summary>
    public const int Threshold = 50;

    private const int Width = 30;
    private static readonly long MinInterval = Stopwatch.Frequency / 10;

    private readonly TextWriter error;
    private int total;
    private bool totalKnown = true;
    private long lastDraw;
    private int drawnLength;

    private ProgressBar(TextWriter error, int total)
    {
        this.error = error;
        this.total = total;
    }

    /// <summary>A progress bar for <paramref name="total"/> files, or <see langword="null"/> when none should be shown.</summary>
    public static ProgressBar? CreateIfUseful(CliStreams streams, int total)
    {
        ArgumentNullException.ThrowIfNull(streams);
        return streams.ErrorIsInteractive && total > Threshold ? new ProgressBar(streams.Error, total) : null;
    }

    /// <summary>
    /// A progress bar for a batch whose files are found as it runs, or <see langword="null"/> when standard error is not
    /// a terminal. It stays hidden until more than <see cref="Threshold"/> files are found (see <see cref="Found"/>).
    /// </summary>
    public static ProgressBar? CreateGrowing(CliStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        return streams.ErrorIsInteractive ? new ProgressBar(streams.Error, 0) { totalKnown = false } : null;
    }

    /// <summary>Records that <paramref name="count"/> files are found so far, and whether that is all of them.</summary>
    public void Found(int count, bool complete)
    {
        total = count;
        totalKnown = complete;
    }

    /// <summary>Shows that <paramref name="done"/> files are finished; redraws at most ten times a second unless <paramref name="force"/>.</summary>
    public void Update(int done, bool force = false)
    {
        if (total <= Threshold)
        {
            return;
        }

        long now = Stopwatch.GetTimestamp();
        if (!force && drawnLength > 0 && now - lastDraw < MinInterval)
        {
            return;
        }

        lastDraw = now;
        int filled = total == 0 ? Width : (int)((long)done * Width / total);
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"validating [{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total}{(totalKnown ? string.Empty : "+")} files");
        error.Write('\r' + line + (line.Length < drawnLength ? new string(' ', drawnLength - line.Length) : string.Empty));
        error.Flush();
        drawnLength = line.Length;
    }

    /// <summary>Erases the bar, so other output starts on a clean line.</summary>
    public void Clear()
    {
        if (drawnLength == 0)
        {
            return;
        }

        error.Write('\r' + new string(' ', drawnLength) + '\r');
        error.Flush();
        drawnLength = 0;
    }
}
