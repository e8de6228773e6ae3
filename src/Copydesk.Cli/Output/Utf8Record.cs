using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Copydesk.Cli.Output;

/// <summary>
/// A record's output (a contract JSON line, an indented document) as UTF-8 bytes in pooled segments, written by
/// <see cref="Utf8JsonWriter"/> straight into them. A large document is then held once, as the bytes that go out,
/// instead of as a growing buffer, a UTF-16 string and the bytes encoded from it again; nothing is copied as it grows.
/// Written once, then <see cref="Dispose"/> hands the segments back. Not thread-safe.
/// </summary>
public sealed class Utf8Record : IBufferWriter<byte>, IDisposable
{
    // Most records (one article's JSON line) fit the first segment and go out in one write call.
    private const int FirstSegmentBytes = 16 * 1024;
    private const int SegmentBytes = 256 * 1024;

    /// <summary>
    /// The largest record written with one write call (16 MB): the segments of a record up to this size are gathered
    /// first, so that no other process appending to the same file can come between its parts. A larger one goes out
    /// one segment per call, in order, rather than being copied whole once more.
    /// </summary>
    public const int LargestSingleWrite = 16 * 1024 * 1024;

    private readonly List<(byte[] Array, int Used)> segments = [];
    private byte[] current = [];
    private int used;

    /// <summary>The number of bytes written.</summary>
    public long Length { get; private set; }

    /// <summary>Writes JSON with <paramref name="write"/> and then a line end.</summary>
    /// <param name="options">The contract's writer options (compact or indented).</param>
    /// <param name="write">Writes one JSON value.</param>
    public static Utf8Record Json(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var record = new Utf8Record();
        using (var writer = new Utf8JsonWriter(record, options))
        {
            write(writer);
        }

        record.GetSpan(1)[0] = (byte)'\n';
        record.Advance(1);
        return record;
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || used + count > current.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
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

    // Starts a new segment when the current one has less room than asked for.
    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return;
        }

        if (used > 0)
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
}
