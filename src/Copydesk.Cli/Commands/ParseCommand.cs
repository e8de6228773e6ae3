using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Cli.Reports;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk parse --schema &lt;file&gt; [--format text|json|jsonld|sarif|github] &lt;articles&gt;...</c>: reads each article with the schema,
/// in the order given. Text: the article as indented contract JSON followed by its validation issues, or its parse
/// errors. JSON: the contract line per file. Behaves like the DigestReader sample, for any schema.
/// </summary>
public static class ParseCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> schema = CommonOptions.Schema();
        Option<string> format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.JsonLd, OutputFormat.Sarif, OutputFormat.GitHub);
        Option<string> encoding = CommonOptions.Encoding();
        Option<string> maxInputSize = CommonOptions.MaxInputSize();
        Argument<string[]> articles = CommonOptions.Paths("articles", "Article files, read in the order given.");
        var command = new Command("parse", "Parses articles with a schema and prints each as contract JSON, with its issues.")
        {
            schema,
            format,
            encoding,
            maxInputSize,
            articles,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(schema),
            CommonOptions.GetFormat(result, format),
            result.GetValue(articles) ?? [],
            streams,
            CommonOptions.GetEncoding(result, encoding),
            CommonOptions.GetMaxInputSize(result, maxInputSize),
            cancellationToken));
        return command;
    }

    /// <summary>Parses <paramref name="articles"/> with the schema at <paramref name="schemaPath"/>.</summary>
    /// <param name="schemaPath">The schema file.</param>
    /// <param name="format">The output format.</param>
    /// <param name="articles">The article files.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="encoding">The articles' encoding; <see langword="null"/> for UTF-8.</param>
    /// <param name="maxInputBytes">The input size cap (<see cref="InputLimits"/>).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(
        string schemaPath,
        OutputFormat format,
        IReadOnlyList<string> articles,
        CliStreams streams,
        InputEncoding? encoding = null,
        long maxInputBytes = InputLimits.DefaultMaxBytes,
        CancellationToken cancellationToken = default)
    {
        SchemaInterpreter? interpreter = await SchemaFiles.LoadAsync(schemaPath, streams.Error, cancellationToken).ConfigureAwait(false);
        if (interpreter is null)
        {
            return ExitCodes.Failure;
        }

        if (format == OutputFormat.JsonLd && interpreter.Schema.JsonLd is null)
        {
            await streams.Error.WriteLineAsync($"{DisplayNames.Escape(schemaPath)}: error: the schema has no 'jsonLd:' mapping, so its articles have no JSON-LD document; map its values to schema.org properties (docs/schema-language.md#json-ld).").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var tally = new IssueTally();
        using var report = new BatchReport(format, streams, IssueRules.Articles, summaryNoun: null);
        foreach (string article in articles)
        {
            ArticleOutcome outcome = await ArticleRunner.RunAsync(interpreter, article, encoding ?? InputEncoding.Utf8, maxInputBytes, cancellationToken).ConfigureAwait(false);
            OutcomeRenderer.Render(outcome, format, includeDocument: true).WriteTo(streams);
            report.Add(article, Finding.Of(outcome));
            tally.AddFile(outcome.Issues, outcome.Problem is not null);
        }

        return report.Finish(tally);
    }
}
