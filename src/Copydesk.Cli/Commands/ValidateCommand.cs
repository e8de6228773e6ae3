using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
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
/// <c>copydesk validate --schema &lt;file&gt; [options] &lt;files or folders&gt;...</c>: checks a batch of articles — files, or
/// the records of JSON-lines inputs — in parallel and prints, in input order, one MSBuild-style line per issue and a
/// summary line (text), one contract line per file or record (JSON), a SARIF log or GitHub annotations. With
/// <c>--shard K/N</c> it does a deterministic part of the batch. Exit code per the contract; 2 when an input could not
/// be read.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> schema = CommonOptions.Schema();
        Option<string> format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Sarif, OutputFormat.GitHub);
        Option<string> pattern = CommonOptions.Pattern("Default: *.txt, or *.jsonl with --input jsonl.");
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
        var input = new Option<string>("--input", "-i")
        {
            Description = "files: the paths are article files and folders; jsonl: they are JSON-lines files (or - for standard input) with one {\"id\", \"text\"} record per line.",
            HelpName = "files|jsonl",
            DefaultValueFactory = static _ => "files",
        };
        input.AcceptOnlyFromAmong("files", "jsonl");
        var idField = new Option<string>("--id-field")
        {
            Description = "With --input jsonl: the field that holds a record's id (a string or a number). Default: id.",
            HelpName = "name",
        };
        var textField = new Option<string>("--text-field")
        {
            Description = "With --input jsonl: the field that holds a record's article text. Default: text.",
            HelpName = "name",
        };
        var shard = new Option<Shard?>("--shard")
        {
            Description = "Process only part K of N (0 <= K < N), chosen by a stable hash of each file's path or record's id, so N machines split a batch without coordination.",
            HelpName = "K/N",
            CustomParser = static result =>
            {
                string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                Shard? value = Shard.Parse(token, out string? error);
                if (error is not null)
                {
                    result.AddError(error);
                }

                return value;
            },
        };
        Option<string> encoding = CommonOptions.Encoding();
        Option<string> maxInputSize = CommonOptions.MaxInputSize();
        Argument<string[]> inputs = CommonOptions.Paths("paths", "Article files, or folders searched recursively for files matching --pattern; with --input jsonl, JSON-lines files, folders, or - for standard input.", folders: true);
        var command = new Command("validate", "Validates many articles against a schema, in parallel, and reports their issues in path order.")
        {
            schema,
            format,
            pattern,
            jobs,
            input,
            idField,
            textField,
            shard,
            encoding,
            maxInputSize,
            inputs,
        };
        command.Validators.Add(result =>
        {
            bool records = result.GetValue(input) == "jsonl";
            foreach (Option recordOnly in new Option[] { idField, textField })
            {
                if (!records && result.GetResult(recordOnly) is { Implicit: false })
                {
                    result.AddError($"{recordOnly.Name} applies to --input jsonl only.");
                }
            }

            if (records && result.GetResult(encoding) is { Implicit: false })
            {
                result.AddError("--encoding applies to article files; JSON-lines input is UTF-8, as JSON is.");
            }
        });
        command.SetAction((result, cancellationToken) => RunAsync(
            new ValidateSettings(
                result.GetRequiredValue(schema),
                result.GetValue(inputs) ?? [],
                CommonOptions.GetFormat(result, format),
                result.GetValue(pattern),
                result.GetValue(jobs))
            {
                Records = result.GetValue(input) == "jsonl"
                    ? new RecordFields(result.GetValue(idField) ?? "id", result.GetValue(textField) ?? "text")
                    : null,
                Shard = result.GetValue(shard),
                Encoding = CommonOptions.GetEncoding(result, encoding),
                MaxInputBytes = CommonOptions.GetMaxInputSize(result, maxInputSize),
            },
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

        // Folders are walked as the batch runs; the first file is taken now, to tell an empty batch from a slow one.
        using IEnumerator<string> files = ArticleFiles.Enumerate(settings.Inputs, settings.EffectivePattern).GetEnumerator();
        if (!files.MoveNext())
        {
            streams.Error.WriteLine($"error: no files matching '{settings.EffectivePattern}' found in: {DisplayNames.List(settings.Inputs)}");
            return ExitCodes.Failure;
        }

        var tally = new IssueTally();
        using var report = new BatchReport(settings.Format, streams, IssueRules.Articles, summaryNoun: settings.Records is null ? "file" : "record");
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveJobs, CancellationToken = cancellationToken };

        // A bounded window of files or records is in memory: being read, run, or waiting for an earlier one to be written.
        using var slots = new SemaphoreSlim(settings.EffectiveJobs * 4);
        var output = new OrderedOutput(streams, settings.Records is null ? ProgressBar.CreateGrowing(streams) : null, written =>
        {
            Count(written);
            slots.Release();
        });
        IAsyncEnumerable<BatchItems.Item> items = settings.Records is null
            ? BatchItems.FilesAsync(files, settings.Shard, slots, output.Found, cancellationToken)
            : BatchItems.ReadAsync(Remaining(files), settings, streams, slots, cancellationToken);
        try
        {
            await Parallel.ForEachAsync(items, options, async (item, token) =>
            {
                ArticleOutcome outcome = item.Ready
                    ?? (item.Record is { } record
                        ? ArticleRunner.Run(interpreter, record, token)
                        : await ArticleRunner.RunAsync(interpreter, item.File!, settings.Encoding, settings.MaxInputBytes, token).ConfigureAwait(false));
                output.Complete(item.Index, OutcomeRenderer.Render(outcome, settings.Format, includeDocument: false));
            }).ConfigureAwait(false);
        }
        finally
        {
            output.Finish();
        }

        return report.Finish(tally);

        void Count(RenderedOutcome written)
        {
            report.Add(written.Outcome.File, Finding.Of(written.Outcome));
            tally.AddFile(written.Outcome.Issues, written.Outcome.Problem is not null);
        }
    }

    // The enumerator's current item and the rest, as a list: JSON-lines sources are few, unlike article files.
    private static List<string> Remaining(IEnumerator<string> files)
    {
        var list = new List<string> { files.Current };
        while (files.MoveNext())
        {
            list.Add(files.Current);
        }

        return list;
    }
}
