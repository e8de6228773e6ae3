using System.Collections.Generic;
using System.Globalization;

namespace Copydesk.Cli.Output;

/// <summary>Counts files and issues by severity for summaries and exit codes. Not thread-safe.</summary>
public sealed class IssueTally
{
    /// <summary>Files counted.</summary>
    public int Files { get; private set; }

    /// <summary>Issues of severity error, unreadable files included.</summary>
    public int Errors { get; private set; }

    /// <summary>Issues of severity warning.</summary>
    public int Warnings { get; private set; }

    /// <summary>Issues of severity info.</summary>
    public int Infos { get; private set; }

    /// <summary>Files that could not be read.</summary>
    public int Unreadable { get; private set; }

    /// <summary>
    /// The exit code: <see cref="ExitCodes.Failure"/> when a file could not be read, else
    /// <see cref="ExitCodes.ErrorsFound"/> when an issue is an error, else <see cref="ExitCodes.Success"/>.
    /// </summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.Failure : Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;

    /// <summary>Counts one file and its issues.</summary>
    /// <param name="issues">The file's issues.</param>
    /// <param name="unreadable">Whether the file could not be read (its one issue then counts as an error).</param>
    public void AddFile(IEnumerable<ArticleIssue> issues, bool unreadable)
    {
        AddFile(unreadable);
        foreach (ArticleIssue issue in issues)
        {
            Add(issue.Severity);
        }
    }

    /// <summary>Counts one file, without its issues.</summary>
    /// <param name="unreadable">Whether the file could not be read.</param>
    public void AddFile(bool unreadable)
    {
        Files++;
        if (unreadable)
        {
            Unreadable++;
        }
    }

    /// <summary>Counts one issue.</summary>
    public void Add(IssueSeverity severity)
    {
        switch (severity)
        {
            case IssueSeverity.Error:
                Errors++;
                break;
            case IssueSeverity.Warning:
                Warnings++;
                break;
            default:
                Infos++;
                break;
        }
    }

    /// <summary>The summary line: <c>12 files, 1 error, 3 warnings</c>, with <c>, 2 infos</c> when there are any.</summary>
    /// <param name="noun">What was counted: <c>file</c> or <c>schema</c>.</param>
    public string Summary(string noun = "file")
    {
        string summary = $"{Count(Files, noun)}, {Count(Errors, "error")}, {Count(Warnings, "warning")}";
        return Infos > 0 ? $"{summary}, {Count(Infos, "info")}" : summary;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
