using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Cli.Reports;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Copydesk.Schema.Model;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk check [--format text|sarif|github] &lt;schema files or folders&gt;...</c>: loads each schema exactly as the build does and prints every
/// diagnostic MSBuild-style (<c>path(line,col): error CD1002: message</c>), then a summary line.
/// Exit code 1 when a diagnostic is an error, 2 when a file cannot be read, else 0.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Sarif, OutputFormat.GitHub);
        Argument<string[]> paths = CommonOptions.Paths("schemas", "Schema files, or folders searched recursively for *.schema.yaml.", folders: true);
        var command = new Command("check", "Checks schema files and reports every problem with the same id, message and location as the build.")
        {
            format,
            paths,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths) ?? [],
            streams,
            CommonOptions.GetFormat(result, format),
            cancellationToken));
        return command;
    }

    /// <summary>Checks the schemas named by <paramref name="inputs"/>.</summary>
    /// <param name="inputs">Schema files and folders.</param>
    /// <param name="streams">Diagnostics and the summary go to standard output; unreadable files to standard error.</param>
    /// <param name="format">Text (MSBuild-style lines), SARIF or GitHub annotations.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs,
        CliStreams streams,
        OutputFormat format = OutputFormat.Text,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        IReadOnlyList<string> files = ArticleFiles.Expand(inputs, ArticleFiles.SchemaPattern);
        if (files.Count == 0)
        {
            streams.Error.WriteLine($"error: no {ArticleFiles.SchemaPattern} files found in: {DisplayNames.List(inputs)}");
            return ExitCodes.Failure;
        }

        var tally = new IssueTally();
        using var report = new BatchReport(format, streams, IssueRules.Schemas, summaryNoun: "schema");

        // The build reports CD1015 when two schemas emit one type; checking several schemas together does the same.
        var typeOwners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (string file in files)
        {
            TextFileContent content = await TextFiles.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (content.Problem is { } problem)
            {
                streams.Error.WriteLine(problem.ToString(file));
                WriteFindings(file, [Finding.From(problem)], format, streams, report);
                tally.AddFile([problem.Issue], unreadable: true);
                streams.Flush();
                continue;
            }

            SchemaLoadResult result = SchemaLoader.Load(content.Text!, cancellationToken);
            var diagnostics = new List<SchemaDiagnostic>(result.Diagnostics);
            if (result.Schema is { } schema)
            {
                string type = schema.Namespace is null ? schema.TypeName : schema.Namespace + "." + schema.TypeName;
                if (typeOwners.TryGetValue(type, out string? first))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(DiagnosticCatalog.DuplicateType, schema.TypeRange, type, first));
                }
                else
                {
                    typeOwners.Add(type, file);
                }
            }

            tally.AddFile(unreadable: false);
            if (format == OutputFormat.Text)
            {
                foreach (SchemaDiagnostic diagnostic in diagnostics)
                {
                    streams.Out.WriteLine(diagnostic.ToString(DisplayNames.Escape(file)));
                }
            }
            else
            {
                WriteFindings(file, diagnostics.ConvertAll(Finding.From), format, streams, report);
            }

            foreach (SchemaDiagnostic diagnostic in diagnostics)
            {
                tally.Add(Finding.ToIssueSeverity(diagnostic.Descriptor.DefaultSeverity));
            }

            streams.Flush();
        }

        return report.Finish(tally);
    }

    private static void WriteFindings(string file, IReadOnlyList<Finding> findings, OutputFormat format, CliStreams streams, BatchReport report)
    {
        if (format == OutputFormat.GitHub)
        {
            foreach (Finding finding in findings)
            {
                streams.Out.WriteLine(GitHubAnnotations.Format(file, finding));
            }
        }

        report.Add(file, findings);
    }
}
