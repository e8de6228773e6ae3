using System;
using System.IO;

namespace Copydesk.Cli.Output;

/// <summary>
/// Where a command writes: results on <see cref="Out"/>, messages, errors and progress on <see cref="Error"/>. Commands
/// never touch <see cref="Console"/> themselves, so tests run them in-process against string writers.
/// </summary>
/// <param name="Out">Standard output: results (articles, issues, contract lines, summaries).</param>
/// <param name="Error">Standard error: usage, tool errors, schema diagnostics of the commands that read articles, progress.</param>
/// <param name="ErrorIsInteractive">Whether <paramref name="Error"/> is a terminal a person watches, so a progress bar may be drawn on it.</param>
public sealed record CliStreams(TextWriter Out, TextWriter Error, bool ErrorIsInteractive = false)
{
    /// <summary>Opens standard input, read by <c>--input jsonl</c> when a path is <c>-</c>. Tests replace it with a stream of their own.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// The process's standard streams, each behind a <see cref="RecordWriter"/> so that every record reaches them in one
    /// write; standard error counts as interactive when it is not redirected.
    /// </summary>
    public static CliStreams FromConsole() => new(
        new RecordWriter(OpenStandard(1, Console.OpenStandardOutput), "standard output"),
        new RecordWriter(OpenStandard(2, Console.OpenStandardError), "standard error"),
        !Console.IsErrorRedirected);

    /// <summary>Hands what both writers hold to their streams: the end of a record.</summary>
    public void Flush()
    {
        Error.Flush();
        Out.Flush();
    }

    /// <summary>
    /// A standard stream that reports failures. On Unix the console's own stream pretends that writing to a closed
    /// pipe succeeded, so a run whose reader went away (<c>copydesk … | head</c>) would go on reading its whole input for
    /// nobody, and a <see cref="FileStream"/> over the descriptor writes at offsets it tracks itself, so output and
    /// errors sent to one file (<c>&gt; log 2&gt;&amp;1</c>) would overwrite each other. <see cref="DescriptorStream"/>
    /// writes with write(2), as a shell does, and reports what it says.
    /// </summary>
    private static Stream OpenStandard(int descriptor, Func<Stream> console) =>
        OperatingSystem.IsWindows() ? console() : new DescriptorStream(descriptor);
}
