using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Commands;

/// <summary>
/// The work of <c>validate</c>, in output order, each item with its position: the article files as folders are walked,
/// or the records of every JSON-lines input. A JSON-lines source that cannot be opened or read becomes one
/// <see cref="CliIssueCodes.CannotRead"/> outcome and the next source is read. Inputs outside the shard are skipped
/// here, before any work is spent on them, and a bounded window of items is handed out at a time.
/// </summary>
internal static class BatchItems
{
    /// <summary>One unit of work: an article file or a record to run, or an outcome already known (an unreadable source).</summary>
    public readonly record struct Item(int Index, string? File, ArticleRecord? Record, ArticleOutcome? Ready);

    /// <summary>
    /// The article files of <paramref name="files"/> in the shard, as found, waiting on <paramref name="slots"/> before
    /// each; <paramref name="found"/> hears how many there are so far, and when the list is complete.
    /// </summary>
    public static async IAsyncEnumerable<Item> FilesAsync(
        IEnumerator<string> files,
        Shard? shard,
        SemaphoreSlim slots,
        Action<int, bool> found,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        int index = 0;
        do
        {
            string file = files.Current;
            if (shard is { } part && !part.Contains(file))
            {
                continue;
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            found(index + 1, false);
            yield return new Item(index++, file, null, null);
        }
        while (files.MoveNext());

        found(index, true);
    }

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
            FileProblem? failure = null;
            try
            {
                // A named pipe with no writer would block the open forever; standard input is the way to pipe records.
                stream = source != "-" && FileKinds.NotARegularFile(source) is { } kind
                    ? null
                    : source == "-"
                    ? streams.OpenInput()
                    : new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
                failure = stream is null ? TextFiles.NotARegularFileProblem(FileKinds.NotARegularFile(source)!) : null;
            }
            catch (Exception exception) when (TextFiles.ReadFailureReason(exception) is { } reason)
            {
                failure = TextFiles.CannotReadProblem(reason);
            }

            await using (stream)
            {
                IAsyncEnumerator<ArticleRecord>? records = stream is null ? null : JsonlRecords.ReadAsync(source, stream, fields, settings.MaxInputBytes, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
                            failure = TextFiles.CannotReadProblem(reason);
                            break;
                        }

                        ArticleRecord record = records.Current;
                        if (settings.Shard is { } shard && !shard.Contains(record.ShardKey))
                        {
                            continue;
                        }

                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        yield return new Item(index++, null, record, null);
                    }
                }
            }

            // An unreadable source is reported by the one shard its path falls in.
            if (failure is { } problem && (settings.Shard is not { } owner || owner.Contains(source)))
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                yield return new Item(index++, null, null, new ArticleOutcome(source, null, [problem.Issue], problem));
            }
        }
    }
}
