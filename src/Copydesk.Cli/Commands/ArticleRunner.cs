using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Interpretation;

namespace Copydesk.Cli.Commands;

/// <summary>Reads, parses and validates one article file with an interpreted schema. Safe to call in parallel.</summary>
public static class ArticleRunner
{
    /// <summary>Runs <paramref name="interpreter"/> on the file <paramref name="file"/>.</summary>
    /// <param name="interpreter">The loaded schema.</param>
    /// <param name="file">The article file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ArticleOutcome> RunAsync(SchemaInterpreter interpreter, string file, CancellationToken cancellationToken = default)
    {
        TextFileContent content = await TextFiles.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        if (content.Problem is { } problem)
        {
            return new ArticleOutcome(file, null, [problem.Issue], problem);
        }

        // As the sample and the contract: parse errors when the article does not parse, validation issues when it does.
        ParseResult<InterpretedArticle> result = interpreter.Parse(content.Text!);
        IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;
        return new ArticleOutcome(file, result.Document, issues, null);
    }
}
