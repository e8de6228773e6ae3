using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>Reads, parses and validates one article file or record with an interpreted schema. Safe to call in parallel.</summary>
public static class ArticleRunner
{
    /// <summary>Runs <paramref name="interpreter"/> on the file <paramref name="file"/>.</summary>
    /// <param name="interpreter">The loaded schema.</param>
    /// <param name="file">The article file.</param>
    /// <param name="encoding">How its bytes become text.</param>
    /// <param name="maxBytes">The input size cap (<see cref="InputLimits"/>).</param>
    /// <param name="cancellationToken">Cancels the read and the parse.</param>
    public static async Task<ArticleOutcome> RunAsync(SchemaInterpreter interpreter, string file, InputEncoding encoding, long maxBytes = InputLimits.DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        TextFileContent content = await TextFiles.ReadAsync(file, encoding, maxBytes, cancellationToken).ConfigureAwait(false);
        return content.Problem is { } problem
            ? new ArticleOutcome(file, null, [problem.Issue], problem)
            : Run(interpreter, file, content.Text!, cancellationToken);
    }

    /// <summary>Runs <paramref name="interpreter"/> on a JSON-lines record; a bad record keeps its problem.</summary>
    /// <param name="interpreter">The loaded schema.</param>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static ArticleOutcome Run(SchemaInterpreter interpreter, ArticleRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArticleOutcome outcome = record.Problem is { } problem
            ? new ArticleOutcome(record.DisplayName, null, [problem.Issue], problem)
            : Run(interpreter, record.DisplayName, record.Text!, cancellationToken);
        return outcome with { Record = record };
    }

    private static ArticleOutcome Run(SchemaInterpreter interpreter, string name, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interpreter);

        // As the sample and the contract: parse errors when the article does not parse, validation issues when it does.
        // A long parse stops within 1,024 line reads of Ctrl+C or SIGTERM.
        ParseResult<InterpretedArticle> result = interpreter.Parse(text, cancellationToken: cancellationToken);
        IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;
        return new ArticleOutcome(name, result.Document, issues, null);
    }
}
