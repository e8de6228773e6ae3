using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Explain;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk explain --schema &lt;file&gt; [--verbose] &lt;article&gt;</c>: shows, unit by unit (line, paragraph or Markdown
/// block, as the schema's input model cuts the article), which slot of the schema read each unit, which parts read
/// units and gave them back, and where and why the parse stopped. For schema authors
/// wondering why an article does not parse, or parses differently than they meant.
/// </summary>
public static class ExplainCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        Option<string> schema = CommonOptions.Schema();
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Also list every slot that tried a line and why the line did not fit it.",
        };
        Option<string> encoding = CommonOptions.Encoding();
        Option<string> maxInputSize = CommonOptions.MaxInputSize();
        Argument<string> article = CommonOptions.Path("article", "The article file to explain.");
        var command = new Command("explain", "Shows line by line how a schema reads an article, and where and why the parse stops.")
        {
            schema,
            verbose,
            encoding,
            maxInputSize,
            article,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(schema),
            result.GetRequiredValue(article),
            result.GetValue(verbose),
            streams,
            CommonOptions.GetEncoding(result, encoding),
            CommonOptions.GetMaxInputSize(result, maxInputSize),
            cancellationToken));
        return command;
    }

    /// <summary>Explains how the schema at <paramref name="schemaPath"/> reads <paramref name="article"/>.</summary>
    /// <param name="schemaPath">The schema file.</param>
    /// <param name="article">The article file.</param>
    /// <param name="verbose">Whether to list every failed attempt on every line.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="encoding">The article's encoding; <see langword="null"/> for UTF-8.</param>
    /// <param name="maxInputBytes">The input size cap (<see cref="InputLimits"/>).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// <see cref="ExitCodes.Success"/> when the article parses without error issues, <see cref="ExitCodes.ErrorsFound"/>
    /// when it does not parse or has errors, <see cref="ExitCodes.Failure"/> when the schema or article cannot be used.
    /// </returns>
    public static async Task<int> RunAsync(
        string schemaPath,
        string article,
        bool verbose,
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

        TextFileContent content = await TextFiles.ReadAsync(article, encoding ?? InputEncoding.Utf8, maxInputBytes, cancellationToken).ConfigureAwait(false);
        if (content.Problem is { } problem)
        {
            streams.Error.WriteLine(problem.ToString(article));
            return ExitCodes.Failure;
        }

        // The account is built as the parse runs, so no trace of every attempt is held: memory follows the units,
        // which the parse hands the recorder when it starts (lines, paragraphs or Markdown blocks).
        var recorder = new ExplanationRecorder(verbose);
        ParseResult<InterpretedArticle> result = interpreter.Parse(content.Text!, recorder, cancellationToken);
        ArticleIssue? parseError = result.Succeeded ? null : result.Issues[0];
        var issues = result.Document?.Validate() ?? result.Issues;
        Explanation explanation = recorder.Finish(parseError, issues);
        ExplainWriter.Write(streams.Out, article, schemaPath, interpreter.Schema.TypeName, explanation);

        var tally = new IssueTally();
        tally.AddFile(issues, unreadable: false);
        return tally.ExitCode;
    }
}
