using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Text;
using Microsoft.Win32.SafeHandles;

namespace Copydesk.Cli.Input;

/// <summary>
/// Reads a text file into one string in chunks, so a large file is never in memory twice (as its bytes and as its
/// text): a first pass decodes it chunk by chunk to count its characters and to check that it is text, and a second
/// decodes it again straight into a string of that length. The encoding and the byte order mark are chosen by
/// <see cref="TextDecoding"/>'s rule. Bytes that are not text, and a file that changes between the passes, are left to
/// the caller (<see cref="StreamedTextStatus.NeedsWholeFile"/>), which decodes the file whole to say exactly why and
/// where.
/// </summary>
public static class StreamedText
{
    /// <summary>The bytes read, and decoded, at a time.</summary>
    public const int DefaultChunkBytes = 64 * 1024;

    // A string holds at most this many characters (string.Create's own limit).
    private const int MaxStringLength = 0x3FFFFFDF;

    /// <summary>Reads <paramref name="handle"/>'s file as text, if it has at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="handle">The file, opened for reading; regular files only (it is read at offsets, twice).</param>
    /// <param name="encoding">How its bytes become text.</param>
    /// <param name="maxBytes">The input size cap: a larger file is <see cref="StreamedTextStatus.TooLarge"/>.</param>
    /// <param name="chunkBytes">The bytes read at a time (tests make it small, to cut characters between chunks).</param>
    /// <param name="cancellationToken">Cancels the first pass.</param>
    public static async Task<(StreamedTextStatus Status, string? Text)> ReadAsync(
        SafeFileHandle handle,
        InputEncoding encoding,
        long maxBytes,
        int chunkBytes = DefaultChunkBytes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, 4);
        if (RandomAccess.GetLength(handle) > maxBytes)
        {
            return (StreamedTextStatus.TooLarge, null);
        }

        byte[] bytes = ArrayPool<byte>.Shared.Rent(chunkBytes);
        char[] chars = ArrayPool<char>.Shared.Rent(MaxChars(chunkBytes));
        try
        {
            // The first chunk is read whole (up to the end of a short file) so that a byte order mark is seen entire.
            int first = 0;
            while (first < chunkBytes)
            {
                int read = await RandomAccess.ReadAsync(handle, bytes.AsMemory(first, chunkBytes - first), first, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                first += read;
            }

            DecodingChoice choice = TextDecoding.Choose(bytes.AsSpan(0, first), encoding.Encoding, encoding.Name, encoding.DetectByteOrderMark);
            if (choice.RejectsUtf16Mark)
            {
                return (StreamedTextStatus.NeedsWholeFile, null);
            }

            // First pass: count, and make sure every byte decodes and no NUL comes.
            Decoder decoder = choice.Encoding.GetDecoder();
            (int start, int chunk) = (choice.MarkLength, first - choice.MarkLength);
            long offset = choice.MarkLength;
            long length = 0;
            bool dropFirst = false;
            try
            {
                while (true)
                {
                    bool last = chunk == 0;
                    int count = decoder.GetChars(bytes.AsSpan(start, chunk), chars, flush: last);
                    if (chars.AsSpan(0, count).Contains('\0'))
                    {
                        return (StreamedTextStatus.NeedsWholeFile, null);
                    }

                    if (length == 0 && count > 0)
                    {
                        // Like File.ReadAllText: a mark that is decoded (one that does not decide the encoding) is not part of the text.
                        dropFirst = chars[0] == '\uFEFF';
                    }

                    length += count;
                    offset += chunk;
                    if (last)
                    {
                        break;
                    }

                    if (offset > maxBytes)
                    {
                        return (StreamedTextStatus.TooLarge, null);
                    }

                    if (length > MaxStringLength)
                    {
                        return (StreamedTextStatus.NeedsWholeFile, null);
                    }

                    (start, chunk) = (0, await RandomAccess.ReadAsync(handle, bytes.AsMemory(0, chunkBytes), offset, cancellationToken).ConfigureAwait(false));
                }
            }
            catch (DecoderFallbackException)
            {
                return (StreamedTextStatus.NeedsWholeFile, null);
            }

            // Second pass: the same bytes decoded again into the one string.
            var fill = new Fill(handle, choice, offset, dropFirst, bytes, chars, chunkBytes);
            try
            {
                string text = string.Create((int)(length - (dropFirst ? 1 : 0)), fill, static (destination, fill) => fill.Into(destination));
                return (StreamedTextStatus.Read, text);
            }
            catch (Exception exception) when (exception is FileChangedException or DecoderFallbackException)
            {
                return (StreamedTextStatus.NeedsWholeFile, null);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // Enough characters for any chunk in any supported encoding, with what a decoder carries over from the last one.
    private static int MaxChars(int chunkBytes) => chunkBytes + 4;

    /// <summary>The second pass: decodes the bytes after the mark, up to where the first pass ended, into the string.</summary>
    private sealed class Fill(SafeFileHandle handle, DecodingChoice choice, long end, bool dropFirst, byte[] bytes, char[] chars, int chunkBytes)
    {
        public void Into(Span<char> destination)
        {
            Decoder decoder = choice.Encoding.GetDecoder();
            long offset = choice.MarkLength;
            int written = 0;
            bool skip = dropFirst;
            while (true)
            {
                int chunk = offset >= end ? 0 : RandomAccess.Read(handle, bytes.AsSpan(0, (int)Math.Min(chunkBytes, end - offset)), offset);
                bool last = chunk == 0;
                int count = decoder.GetChars(bytes.AsSpan(0, chunk), chars, flush: last);
                ReadOnlySpan<char> decoded = chars.AsSpan(0, count);
                if (skip && count > 0)
                {
                    decoded = decoded[1..];
                    skip = false;
                }

                if (decoded.Length > destination.Length - written)
                {
                    throw new FileChangedException();
                }

                decoded.CopyTo(destination[written..]);
                written += decoded.Length;
                offset += chunk;
                if (last)
                {
                    break;
                }
            }

            if (written != destination.Length || offset != end)
            {
                throw new FileChangedException();
            }
        }
    }

    // The file is not what the first pass read: it is decoded whole instead, from one read.
    private sealed class FileChangedException : Exception;
}

/// <summary>What became of reading a file with <see cref="StreamedText"/>.</summary>
public enum StreamedTextStatus
{
    /// <summary>The text was read.</summary>
    Read,

    /// <summary>The file is larger than the cap; it was not read.</summary>
    TooLarge,

    /// <summary>
    /// The file is not text in its encoding, or changed while it was read, or is too long for one string: decoding it
    /// whole says why and where.
    /// </summary>
    NeedsWholeFile,
}
