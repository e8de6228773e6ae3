using System;
using System.Collections.Generic;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Reports;

/// <summary>
/// What a command's output has around the lines of each file, by format: the SARIF log that holds every result, or
/// the summary line after text and GitHub annotations (JSON lines have neither, so the stream stays one object per line).
/// </summary>
public sealed class BatchReport : IDisposable
{
    private readonly OutputFormat format;
    private readonly CliStreams streams;
    private readonly string? summaryNoun;
    private readonly SarifLogWriter? sarif;

    /// <summary>Starts the report; for SARIF, this writes the start of the log.</summary>
    /// <param name="format">The output format.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="rules">Every code the command can report (for SARIF's rule table).</param>
    /// <param name="summaryNoun">What the summary line counts (<c>file</c>, <c>schema</c>), or <see langword="null"/> for no summary.</param>
    public BatchReport(OutputFormat format, CliStreams streams, IReadOnlyList<IssueRule> rules, string? summaryNoun)
    {
        this.format = format;
        this.streams = streams ?? throw new ArgumentNullException(nameof(streams));
        this.summaryNoun = summaryNoun;
        if (format == OutputFormat.Sarif)
        {
            sarif = new SarifLogWriter(streams.Out, rules);
        }
    }

    /// <summary>Adds the findings of one file to the SARIF log; other formats print their own lines per file.</summary>
    public void Add(string file, IEnumerable<Finding> findings) => sarif?.WriteFile(file, findings);

    /// <summary>Ends the output: closes the SARIF log or prints the summary, and returns the exit code.</summary>
    public int Finish(IssueTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (sarif is not null)
        {
            sarif.Complete(tally.ExitCode);
        }
        else if (summaryNoun is not null && format is OutputFormat.Text or OutputFormat.GitHub)
        {
            streams.Out.WriteLine(tally.Summary(summaryNoun));
        }

        return tally.ExitCode;
    }

    /// <inheritdoc />
    public void Dispose() => sarif?.Dispose();
}
