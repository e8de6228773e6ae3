using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Cli.Reports;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk validate --schema &lt;file&gt; [--format json|text] [--pattern *.txt] &lt;files or folders&gt;...</c>: checks a
/// batch of articles in parallel and prints, in path order, one MSBuild-style line per issue and a summary line
/// (text), or one contract line per file (JSON). Exit code per the contract; 2 when a file could not be read.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> schema = CommonOptions.Schema();
        Option<string> format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Sarif, OutputFormat.GitHub);
        var pattern = new Option<string>("--pattern", "-p")
        {
            Description = "The file names to read in folders (wildcards * and ?), searched recursively; hidden files and folders are skipped.",
            HelpName = "glob",
            DefaultValueFactory = static _ => ArticleFiles.DefaultArticlePattern,
        };
        pattern.Validators.Add(static result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && (value.Length == 0 || value.IndexOfAny(['/', '\\']) >= 0))
            {
                result.AddError($"--pattern takes a file-name pattern such as '*.txt', not '{value}'.");
            }
        });
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to read at once. Default: the number of processors. Output order does not depend on it.",
            HelpName = "count",
            // Parsed here rather than by the library, so a bad value gets one clear message.
            CustomParser = static result =>
            {
                string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
                {
                    return value;
                }

                result.AddError($"--jobs takes a whole number of at least 1, not '{token}'.");
                return 0;
            },
        };
        Argument<string[]> inputs = CommonOptions.Paths("paths", "Article files, or folders searched recursively for files matching --pattern.", folders: true);
        var command = new Command("validate", "Validates many articles against a schema, in parallel, and reports their issues in path order.")
        {
            schema,
            format,
            pattern,
            jobs,
            inputs,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new ValidateSettings(
                result.GetRequiredValue(schema),
                result.GetValue(inputs) ?? [],
                CommonOptions.GetFormat(result, format),
                result.GetValue(pattern) ?? ArticleFiles.DefaultArticlePattern,
                result.GetValue(jobs)),
            streams,
            cancellationToken));
        return command;
    }

    /// <summary>Validates the articles described by <paramref name="settings"/>.</summary>
    /// <param name="settings">What to validate and how to report it.</param>
    /// <param name="streams">Where output goes; a progress bar is drawn on standard error when it is interactive and the batch is large.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(ValidateSettings settings, CliStreams streams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(streams);
        SchemaInterpreter? interpreter = await SchemaFiles.LoadAsync(settings.SchemaPath, streams.Error, cancellationToken).ConfigureAwait(false);
        if (interpreter is null)
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<string> files = ArticleFiles.Expand(settings.Inputs, settings.Pattern);
        if (files.Count == 0)
        {
            streams.Error.WriteLine($"error: no files matching '{settings.Pattern}' found in: {string.Join(", ", settings.Inputs)}");
            return ExitCodes.Failure;
        }

        var tally = new IssueTally();
        using var report = new BatchReport(settings.Format, streams, IssueRules.Articles, summaryNoun: "file");
        var output = new OrderedOutput(
            streams,
            files.Count,
            ProgressBar.CreateIfUseful(streams, files.Count),
            written =>
            {
                report.Add(written.Outcome.File, Finding.Of(written.Outcome));
                tally.AddFile(written.Outcome.Issues, written.Outcome.Problem is not null);
            });
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveJobs, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (index, token) =>
            {
                ArticleOutcome outcome = await ArticleRunner.RunAsync(interpreter, files[index], token).ConfigureAwait(false);
                output.Complete(index, OutcomeRenderer.Render(outcome, settings.Format, includeDocument: false));
            }).ConfigureAwait(false);
        }
        finally
        {
            output.Finish();
        }

        return report.Finish(tally);
    }
}
