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
                return new RenderedOutcome(outcome, outLines, errorLines)
                {
                    OutRecord = Utf8Record.Json(ContractJson.CompactOptions, writer =>
                    {
                        if (outcome.Record is { } record)
                        {
                            RecordJson.Write(writer, outcome, record);
                        }
                        else
                        {
                            ContractJson.WriteResult(writer, outcome.File, outcome.Document, outcome.Issues);
                        }
                    }),
                };
            case OutputFormat.JsonLd:
                return new RenderedOutcome(outcome, outLines, errorLines)
                {
                    OutRecord = Utf8Record.Json(ContractJson.CompactOptions, writer => JsonLdLines.Write(writer, outcome)),
                };
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

        Utf8Record? document = null;
        if (outcome.Problem is null)
        {
            if (includeDocument && outcome.Document is { } parsed)
            {
                document = Utf8Record.Json(ContractJson.IndentedOptions, parsed.WriteJson);
            }

            foreach (ArticleIssue issue in outcome.Issues)
            {
                outLines.Add(issue.ToString(DisplayNames.Escape(outcome.File)));
            }
        }

        return new RenderedOutcome(outcome, outLines, errorLines) { OutRecord = document };
    }
}
