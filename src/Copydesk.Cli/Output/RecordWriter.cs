using System;
using System.IO;
using System.Text;

namespace Copydesk.Cli.Output;

/// <summary>
/// A writer for standard output and standard error that holds what is written until <see cref="Flush"/>, then hands
/// it to the stream in one write call. Commands flush once per record (a file's lines, a SARIF chunk, a summary), so
/// a record is never torn into pieces that another process appending to the same file could interleave with — the
/// console's own writer would write a long JSON line in 256-byte chunks. A failure to write becomes an
/// <see cref="OutputFailedException"/> that names the stream. Not thread-safe: callers serialise their writes.
/// </summary>
public sealed class RecordWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream stream;
    private readonly string name;
    private readonly StringBuilder pending = new();
    private byte[] bytes = [];

    /// <summary>Writes to <paramref name="stream"/>, which failures call <paramref name="name"/>.</summary>
    /// <param name="stream">The stream; not disposed with the writer.</param>
    /// <param name="name">The stream's name for messages: <c>standard output</c>, <c>standard error</c>.</param>
    public RecordWriter(Stream stream, string name)
    {
        this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
        this.name = name ?? throw new ArgumentNullException(nameof(name));
        NewLine = "\n";
    }

    /// <inheritdoc />
    public override Encoding Encoding => Utf8;

    /// <inheritdoc />
    public override void Write(char value) => pending.Append(value);

    /// <inheritdoc />
    public override void Write(string? value) => pending.Append(value);

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => pending.Append(buffer, index, count);

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => pending.Append(buffer);

    /// <summary>
    /// Writes what is held, then <paramref name="record"/>'s bytes as they are, with no transcoding: one write call
    /// up to <see cref="Utf8Record.LargestSingleWrite"/>, one per segment for a larger record.
    /// </summary>
    /// <exception cref="OutputFailedException">The stream could not take it (closed pipe, full disk).</exception>
    public void Write(Utf8Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Flush();
        Send(() => record.WriteTo(stream));
    }

    /// <summary>Writes everything held since the last flush in one write call.</summary>
    /// <exception cref="OutputFailedException">The stream could not take it (closed pipe, full disk).</exception>
    public override void Flush()
    {
        if (pending.Length == 0)
        {
            return;
        }

        int length = Utf8.GetMaxByteCount(pending.Length);
        if (bytes.Length < length)
        {
            bytes = new byte[Math.Max(length, 4096)];
        }

        int count = 0;
        foreach (ReadOnlyMemory<char> chunk in pending.GetChunks())
        {
            count += Utf8.GetBytes(chunk.Span, bytes.AsSpan(count));
        }

        pending.Clear();
        try
        {
            Send(() => stream.Write(bytes, 0, count));
        }
        finally
        {
            // A one-off huge record does not keep its buffer.
            if (bytes.Length > 1 << 20)
            {
                bytes = [];
            }
        }
    }

    private void Send(Action write)
    {
        try
        {
            write();
            stream.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            // A closed descriptor surfaces as "access denied" around the system's own words; those are the useful ones.
            throw new OutputFailedException(name, exception.GetBaseException());
        }
    }
}
