using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Cli.Snapshots;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk snapshot --schema &lt;file&gt; [--update] &lt;files or folders&gt;...</c>: golden-file tests of content
/// without test code. Checks that each article still gives the document and issues of its expected files
/// (<see cref="Snapshot"/>), printing a diff where it does not; with <c>--update</c>, writes the expected files that are
/// missing or differ. Exit code 1 when a check finds a difference or a missing file, 2 when an article cannot be read.
/// </summary>
public static class SnapshotCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> schema = CommonOptions.Schema();
        var update = new Option<bool>("--update", "-u")
        {
            Description = "Accept what the articles give now: write the expected files that are missing or differ.",
        };
        Option<string> pattern = CommonOptions.Pattern("Default: *.txt.");
        Option<string> encoding = CommonOptions.Encoding();
        Argument<string[]> inputs = CommonOptions.Paths("paths", "Article files, or folders searched recursively for files matching --pattern.", folders: true);
        var command = new Command("snapshot", "Checks each article against its expected files (NAME.expected.json, NAME.expected-issues.json), or writes them with --update.")
        {
            schema,
            update,
            pattern,
            encoding,
            inputs,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(schema),
            result.GetValue(inputs) ?? [],
            result.GetValue(update),
            streams,
            result.GetValue(pattern) ?? ArticleFiles.DefaultArticlePattern,
            CommonOptions.GetEncoding(result, encoding),
            cancellationToken));
        return command;
    }

    /// <summary>Checks or updates the snapshots of the articles in <paramref name="inputs"/>.</summary>
    /// <param name="schemaPath">The schema file.</param>
    /// <param name="inputs">Article files and folders.</param>
    /// <param name="update">Whether to write expected files instead of failing on them.</param>
    /// <param name="streams">Differences, updates and the summary go to standard output; read errors to standard error.</param>
    /// <param name="pattern">The file-name pattern for folders.</param>
    /// <param name="encoding">The articles' encoding; <see langword="null"/> for UTF-8.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(
        string schemaPath,
        IReadOnlyList<string> inputs,
        bool update,
        CliStreams streams,
        string pattern = ArticleFiles.DefaultArticlePattern,
        InputEncoding? encoding = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        SchemaInterpreter? interpreter = await SchemaFiles.LoadAsync(schemaPath, streams.Error, cancellationToken).ConfigureAwait(false);
        if (interpreter is null)
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<string> articles = ArticleFiles.Expand(inputs, pattern);
        if (articles.Count == 0)
        {
            streams.Error.WriteLine($"error: no files matching '{pattern}' found in: {DisplayNames.List(inputs)}");
            return ExitCodes.Failure;
        }

        var counts = new SnapshotCounts();
        foreach (string article in articles)
        {
            ArticleOutcome outcome = await ArticleRunner.RunAsync(interpreter, article, encoding ?? InputEncoding.Utf8, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (outcome.Problem is { } problem)
            {
                streams.Error.WriteLine(problem.ToString(article));
                counts.Unreadable++;
                continue;
            }

            var report = new StringBuilder();
            bool documentOk = await CompareAsync(Snapshot.DocumentPath(article), Snapshot.RenderDocument(outcome.Document), issues: false, update, report, cancellationToken).ConfigureAwait(false);
            bool issuesOk = await CompareAsync(Snapshot.IssuesPath(article), Snapshot.RenderIssues(outcome.Issues), issues: true, update, report, cancellationToken).ConfigureAwait(false);
            counts.Count(documentOk && issuesOk, update);

            // One write per article: its report reaches the output whole.
            streams.Out.Write(report.ToString());
            streams.Flush();
        }

        streams.Out.WriteLine(counts.Summary(articles.Count));
        return counts.Unreadable > 0 ? ExitCodes.Failure : counts.Failed > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>
    /// Compares one expected file with the actual rendering; on a difference, writes the file (with
    /// <paramref name="update"/>) or describes the difference in <paramref name="report"/>.
    /// </summary>
    /// <returns>Whether the file already matched.</returns>
    private static async Task<bool> CompareAsync(string path, string actual, bool issues, bool update, StringBuilder report, CancellationToken cancellationToken)
    {
        string? expected = null;
        if (File.Exists(path))
        {
            TextFileContent content = await TextFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            expected = content.Text ?? string.Empty;
        }

        if (expected is not null && Snapshot.Matches(expected, actual, issues))
        {
            return true;
        }

        if (update)
        {
            await File.WriteAllTextAsync(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            report.Append(expected is null ? "created " : "updated ").Append(DisplayNames.Escape(path)).Append('\n');
            return false;
        }

        if (expected is null)
        {
            report.Append(DisplayNames.Escape(path)).Append(": missing; run with --update to create it\n");
            return false;
        }

        report.Append(DisplayNames.Escape(path)).Append(": does not match what the article gives now\n");
        report.Append("--- expected\n+++ actual\n");
        foreach (string line in TextDiff.Lines(expected.ReplaceLineEndings("\n"), actual))
        {
            report.Append(line).Append('\n');
        }

        return false;
    }

    /// <summary>How many articles matched, failed or were updated.</summary>
    private sealed class SnapshotCounts
    {
        public int Matched { get; private set; }

        public int Failed { get; private set; }

        public int Updated { get; private set; }

        public int Unreadable { get; set; }

        public void Count(bool matched, bool update)
        {
            if (matched)
            {
                Matched++;
            }
            else if (update)
            {
                Updated++;
            }
            else
            {
                Failed++;
            }
        }

        public string Summary(int articles) => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{articles} article{(articles == 1 ? string.Empty : "s")}: {Matched} matched, {(Updated > 0 ? $"{Updated} updated, " : string.Empty)}{Failed} failed{(Unreadable > 0 ? $", {Unreadable} unreadable" : string.Empty)}");
    }
}
