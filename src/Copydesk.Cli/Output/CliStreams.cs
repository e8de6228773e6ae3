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

    /// <summary>The process's console; standard error counts as interactive when it is not redirected.</summary>
    public static CliStreams FromConsole() => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
