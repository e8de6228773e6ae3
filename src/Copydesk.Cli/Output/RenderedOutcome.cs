using System;
using System.Collections.Generic;
using Copydesk.Cli.Commands;

namespace Copydesk.Cli.Output;

/// <summary>
/// The text one article file contributes to each stream, prepared off the writing thread so parallel batches
/// spend their time formatting in parallel and only the writing is sequential.
/// </summary>
/// <param name="Outcome">What became of the file.</param>
/// <param name="OutLines">Lines for standard output, after <see cref="OutRecord"/>.</param>
/// <param name="ErrorLines">Lines for standard error.</param>
public sealed record RenderedOutcome(ArticleOutcome Outcome, IReadOnlyList<string> OutLines, IReadOnlyList<string> ErrorLines)
{
    /// <summary>
    /// JSON for standard output, first, as UTF-8 bytes with its line end (the contract line, or the indented document
    /// of <c>parse</c>), or <see langword="null"/>. Released once written.
    /// </summary>
    public Utf8Record? OutRecord { get; init; }

    /// <summary>Writes the lines to their streams.</summary>
    public void WriteTo(CliStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        foreach (string line in ErrorLines)
        {
            streams.Error.WriteLine(line);
        }

        if (OutRecord is { } record)
        {
            using (record)
            {
                if (streams.Out is RecordWriter bytes)
                {
                    streams.Error.Flush();
                    bytes.Write(record);
                }
                else
                {
                    streams.Out.Write(record.ToString());
                }
            }
        }

        foreach (string line in OutLines)
        {
            streams.Out.WriteLine(line);
        }

        // One record, one write on each stream.
        streams.Flush();
    }
}
