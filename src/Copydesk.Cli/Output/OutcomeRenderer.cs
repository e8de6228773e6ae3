using System.Collections.Generic;
using Copydesk.Cli.Commands;
using Copydesk.Cli.Reports;
using Copydesk.Json;

namespace Copydesk.Cli.Output;

/// <summary>Formats an <see cref="ArticleOutcome"/> for <c>parse</c> and <c>validate</c>.</summary>
public static class OutcomeRenderer
{
    /// <summary>Formats <paramref name="outcome"/>.</summary>
    /// <param name="outcome">What became of the file.</param>
    /// <param name="format">
    /// <see cref="OutputFormat.Json"/>: the contract line (<c>{"file","document","issues"}</c>) on standard output.
    /// <see cref="OutputFormat.JsonLd"/>: the same line with the article's JSON-LD as its document.
    /// <see cref="OutputFormat.Text"/>: one MSBuild-style line per issue, after the indented document when
    /// <paramref name="includeDocument"/>. <see cref="OutputFormat.GitHub"/>: one workflow command per issue.
    /// <see cref="OutputFormat.Sarif"/>: nothing on standard output (the results go into the log).
    /// </param>
    /// <param name="includeDocument">Whether text output shows the parsed article (<c>parse</c>) or only issues (<c>validate</c>).</param>
    /// <returns>
    /// The lines; an unreadable file always also gets its error line on standard error, so a person sees it whatever
    /// the format, while JSON consumers still get one contract line per file.
    /// </returns>
    public static RenderedOutcome Render(ArticleOutcome outcome, OutputFormat format, bool includeDocument)
    {
        var outLines = new List<string>();
        var errorLines = new List<string>();
        if (outcome.Problem is { } problem)
        {
            errorLines.Add(problem.ToString(outcome.File));
        }

        switch (format)
        {
            case OutputFormat.Json:
                outLines.Add(outcome.Record is { } record
                    ? RecordJson.Serialize(outcome, record)
                    : ContractJson.SerializeResult(outcome.File, outcome.Document, outcome.Issues));
                return new RenderedOutcome(outcome, outLines, errorLines);
            case OutputFormat.JsonLd:
                outLines.Add(JsonLdLines.Serialize(outcome));
                return new RenderedOutcome(outcome, outLines, errorLines);
            case OutputFormat.GitHub:
                foreach (Finding finding in Finding.Of(outcome))
                {
                    outLines.Add(GitHubAnnotations.Format(outcome.File, finding));
                }

                return new RenderedOutcome(outcome, outLines, errorLines);
            case OutputFormat.Sarif:
                // The results go into the one log, which BatchReport writes in output order.
                return new RenderedOutcome(outcome, outLines, errorLines);
        }

        if (outcome.Problem is null)
        {
            if (includeDocument && outcome.Document is not null)
            {
                outLines.Add(ContractJson.Serialize(outcome.Document, indented: true));
            }

            foreach (ArticleIssue issue in outcome.Issues)
            {
                outLines.Add(issue.ToString(DisplayNames.Escape(outcome.File)));
            }
        }

        return new RenderedOutcome(outcome, outLines, errorLines);
    }
}
