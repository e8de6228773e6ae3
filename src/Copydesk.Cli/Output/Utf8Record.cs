using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Copydesk.Cli.Output;

/// <summary>
/// A record's output (a contract JSON line, an indented document) as UTF-8 bytes in pooled segments, written by
/// <see cref="Utf8JsonWriter"/> straight into them, so it can be prepared off the writing thread. Output is held up to
/// a bound (<see cref="LargestSingleWrite"/>): a record that would be larger is not held at all but written again when
/// its turn comes, straight to the stream a segment at a time, so output never costs more memory than the bound
/// however large the document. Written once, then <see cref="Dispose"/> hands the segments back. Not thread-safe.
/// </summary>
public sealed class Utf8Record : IBufferWriter<byte>, IDisposable
{
    // Most records (one article's JSON line) fit the first segment and go out in one write call.
    private const int FirstSegmentBytes = 16 * 1024;
    private const int SegmentBytes = 256 * 1024;

    /// <summary>
    /// The largest record held, and written with one write call (16 MB): the segments of a record up to this size are
    /// gathered first, so that no other process appending to the same file can come between its parts. A larger one is
    /// written when its turn comes, one segment per call, in order, rather than held whole.
    /// </summary>
    public const int LargestSingleWrite = 16 * 1024 * 1024;

    private readonly List<(byte[] Array, int Used)> segments = [];
    private readonly long limit;
    private byte[] current = [];
    private int used;

    // A record over the limit: how to write it when its turn comes.
    private (JsonWriterOptions Options, Action<Utf8JsonWriter> Write)? deferred;

    // While a deferred record is written: where each full segment goes.
    private Stream? sink;

    private Utf8Record(long limit) => this.limit = limit;

    /// <summary>
    /// The number of bytes held; for a record too large to hold, 0 until <see cref="WriteTo"/> has written it, then the
    /// number of bytes written.
    /// </summary>
    public long Length { get; private set; }

    /// <summary>Whether the record was too large to hold and is written when <see cref="WriteTo"/> is called.</summary>
    public bool IsDeferred => deferred is not null;

    /// <summary>Writes JSON with <paramref name="write"/> and then a line end, holding it if it is at most <see cref="LargestSingleWrite"/> bytes.</summary>
    /// <param name="options">The contract's writer options (compact or indented).</param>
    /// <param name="write">
    /// Writes one JSON value; it is called again, to write straight to the stream, when the value is too large to hold,
    /// so it must write the same JSON each time.
    /// </param>
    public static Utf8Record Json(JsonWriterOptions options, Action<Utf8JsonWriter> write) => Json(options, write, LargestSingleWrite);

    /// <summary>
    /// <see cref="Json(JsonWriterOptions, Action{Utf8JsonWriter})"/> with a bound of <paramref name="limit"/> bytes
    /// instead of <see cref="LargestSingleWrite"/> (tests use small bounds).
    /// </summary>
    /// <param name="options">The contract's writer options (compact or indented).</param>
    /// <param name="write">Writes one JSON value, the same each time it is called.</param>
    /// <param name="limit">The most bytes held; a larger record is deferred.</param>
    public static Utf8Record Json(JsonWriterOptions options, Action<Utf8JsonWriter> write, long limit)
    {
        ArgumentNullException.ThrowIfNull(write);
        var record = new Utf8Record(limit);
        try
        {
            WriteLine(record, options, write);
        }
        catch (RecordOverLimitException)
        {
            // What was written is let go, to the collector rather than to the shared pool, which would keep it: the
            // record is written again when its turn comes, straight to the stream.
            record.segments.Clear();
            record.current = [];
            (record.used, record.Length) = (0, 0);
            record.deferred = (options, write);
        }

        return record;
    }

    private static void WriteLine(Utf8Record record, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(record, options))
        {
            write(writer);
        }

        record.GetSpan(1)[0] = (byte)'\n';
        record.Advance(1);
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || used + count > current.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        if (sink is null && Length + count > limit)
        {
            throw new RecordOverLimitException();
        }

        used += count;
        Length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsMemory(used);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsSpan(used);
    }

    /// <summary>Writes the bytes to <paramref name="stream"/>: in one write call up to <see cref="LargestSingleWrite"/>, one per segment beyond.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (deferred is { } json)
        {
            WriteDeferred(stream, json.Options, json.Write);
            return;
        }

        if (segments.Count == 0 || Length > LargestSingleWrite)
        {
            foreach ((byte[] array, int length) in Segments())
            {
                stream.Write(array, 0, length);
            }

            return;
        }

        byte[] whole = ArrayPool<byte>.Shared.Rent((int)Length);
        try
        {
            int offset = 0;
            foreach ((byte[] array, int length) in Segments())
            {
                array.AsSpan(0, length).CopyTo(whole.AsSpan(offset));
                offset += length;
            }

            stream.Write(whole, 0, offset);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole);
        }
    }

    /// <summary>The bytes as text, for writers that take characters (tests' string writers).</summary>
    public override string ToString()
    {
        if (deferred is not null)
        {
            using var memory = new MemoryStream();
            WriteTo(memory);
            return Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
        }

        var text = new StringBuilder();
        Decoder decoder = Encoding.UTF8.GetDecoder();
        foreach ((byte[] array, int length) in Segments())
        {
            // A character cut between two segments is completed by the decoder at the next one.
            char[] chars = new char[decoder.GetCharCount(array, 0, length, flush: false)];
            int count = decoder.GetChars(array, 0, length, chars, 0, flush: false);
            text.Append(chars, 0, count);
        }

        return text.ToString();
    }

    /// <summary>Hands the segments back to the pool; the record is empty afterwards.</summary>
    public void Dispose()
    {
        Release();
        deferred = null;
    }

    private void Release()
    {
        foreach ((byte[] array, _) in segments)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        if (current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(current);
        }

        segments.Clear();
        current = [];
        used = 0;
        Length = 0;
    }

    private IEnumerable<(byte[] Array, int Used)> Segments()
    {
        foreach ((byte[] Array, int Used) segment in segments)
        {
            yield return segment;
        }

        if (used > 0)
        {
            yield return (current, used);
        }
    }

    // Writes a record too large to hold: one segment, sent to the stream each time it is full.
    private void WriteDeferred(Stream stream, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        sink = stream;
        try
        {
            WriteLine(this, options, write);
            if (used > 0)
            {
                stream.Write(current, 0, used);
            }

            long written = Length;
            Release();
            Length = written;
        }
        finally
        {
            sink = null;
        }
    }

    // Starts a new segment when the current one has less room than asked for: the full one is kept, or sent to the
    // stream while a deferred record is written.
    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return;
        }

        if (sink is not null)
        {
            sink.Write(current, 0, used);
            used = 0;
            if (current.Length >= needed)
            {
                return;
            }

            ArrayPool<byte>.Shared.Return(current);
        }
        else if (used > 0)
        {
            segments.Add((current, used));
        }
        else if (current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(current);
        }

        current = ArrayPool<byte>.Shared.Rent(Math.Max(needed, current.Length == 0 && segments.Count == 0 ? FirstSegmentBytes : SegmentBytes));
        used = 0;
    }

    // Thrown through the JSON writer when a record outgrows the limit: it is then written later, straight to the stream.
    private sealed class RecordOverLimitException : Exception;
}
