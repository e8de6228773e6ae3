using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Commands;

/// <summary>
/// The records of every JSON-lines input of <c>validate --input jsonl</c>, in order, each with its position in the
/// output. A source that cannot be opened or read becomes one <see cref="CliIssueCodes.CannotRead"/> outcome and the
/// next source is read; records outside the shard are skipped here, before any work is spent on them.
/// </summary>
internal static class RecordSources
{
    /// <summary>One unit of work: a record to run, or an outcome already known (an unreadable source).</summary>
    public readonly record struct Item(int Index, ArticleRecord? Record, ArticleOutcome? Ready);

    /// <summary>Reads <paramref name="sources"/> (<c>-</c> is standard input), waiting on <paramref name="slots"/> before each item so that memory holds a bounded number of them.</summary>
    public static async IAsyncEnumerable<Item> ReadAsync(
        IReadOnlyList<string> sources,
        ValidateSettings settings,
        CliStreams streams,
        SemaphoreSlim slots,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        RecordFields fields = settings.Records ?? new RecordFields();
        int index = 0;
        foreach (string source in sources)
        {
            Stream? stream = null;
            string? failure = null;
            try
            {
                stream = source == "-"
                    ? streams.OpenInput()
                    : new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            }
            catch (Exception exception) when (TextFiles.ReadFailureReason(exception) is { } reason)
            {
                failure = reason;
            }

            await using (stream)
            {
                IAsyncEnumerator<ArticleRecord>? records = stream is null ? null : JsonlRecords.ReadAsync(source, stream, fields, cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (records)
                {
                    while (records is not null)
                    {
                        try
                        {
                            if (!await records.MoveNextAsync().ConfigureAwait(false))
                            {
                                break;
                            }
                        }
                        catch (Exception exception) when (TextFiles.ReadFailureReason(exception) is { } reason)
                        {
                            failure = reason;
                            break;
                        }

                        ArticleRecord record = records.Current;
                        if (settings.Shard is { } shard && !shard.Contains(record.ShardKey))
                        {
                            continue;
                        }

                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        yield return new Item(index++, record, null);
                    }
                }
            }

            // An unreadable source is reported by the one shard its path falls in.
            if (failure is not null && (settings.Shard is not { } owner || owner.Contains(source)))
            {
                FileProblem problem = TextFiles.CannotReadProblem(failure);
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                yield return new Item(index++, null, new ArticleOutcome(source, null, [problem.Issue], problem));
            }
        }
    }
}
