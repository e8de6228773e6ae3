using System;
using System.Collections.Generic;
using Copydesk.Cli.Commands;

namespace Copydesk.Cli.Output;

/// <summary>
/// The text one article file contributes to each stream, prepared off the writing thread so parallel batches
/// spend their time formatting in parallel and only the writing is sequential.
/// </summary>
/// <param name="Outcome">What became of the file.</param>
/// <param name="OutLines">Lines for standard output.</param>
/// <param name="ErrorLines">Lines for standard error.</param>
public sealed record RenderedOutcome(ArticleOutcome Outcome, IReadOnlyList<string> OutLines, IReadOnlyList<string> ErrorLines)
{
    /// <summary>Writes the lines to their streams.</summary>
    public void WriteTo(CliStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        foreach (string line in ErrorLines)
        {
            streams.Error.WriteLine(line);
        }

        foreach (string line in OutLines)
        {
            streams.Out.WriteLine(line);
        }

        // One record, one write on each stream.
        streams.Flush();
    }
}
