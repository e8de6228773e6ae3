using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Copydesk.Cli.Input;

/// <summary>
/// Reads input files (articles and schemas) as text, strictly: a file that is missing, a folder, unreadable, binary or
/// not valid in its encoding becomes a located <see cref="FileProblem"/> instead of an exception or of text full of
/// replacement characters that would then "parse" into nonsense.
/// </summary>
public static class TextFiles
{
    /// <summary>Reads <paramref name="path"/> as strict UTF-8 (how schemas are read); exactly one of the result's text and problem is set.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<TextFileContent> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, InputEncoding.SchemaUtf8, cancellationToken);

    /// <summary>Reads <paramref name="path"/> in <paramref name="encoding"/>; exactly one of the result's text and problem is set.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="encoding">How its bytes become text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<TextFileContent> ReadAsync(string path, InputEncoding encoding, CancellationToken cancellationToken = default) =>
        ReadAsync(path, encoding, InputLimits.DefaultMaxBytes, cancellationToken);

    /// <summary>
    /// Reads <paramref name="path"/> in <paramref name="encoding"/>, at most <paramref name="maxBytes"/> bytes of it;
    /// exactly one of the result's text and problem is set. A larger file is <see cref="CliIssueCodes.TooLarge"/>, a
    /// device, named pipe or socket <see cref="CliIssueCodes.NotARegularFile"/>, and neither is read.
    /// </summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="encoding">How its bytes become text.</param>
    /// <param name="maxBytes">The input size cap (<see cref="InputLimits"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<TextFileContent> ReadAsync(string path, InputEncoding encoding, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        byte[]? bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return CannotRead("it is a folder");
            }

            if (FileKinds.NotARegularFile(path) is { } kind)
            {
                return new TextFileContent(null, NotARegularFileProblem(kind));
            }

            bytes = await ReadAtMostAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ReadFailureReason(exception) is { } reason)
        {
            return CannotRead(reason);
        }

        return bytes is null
            ? new TextFileContent(null, TooLargeProblem($"it is larger than the input size cap of {InputLimits.Describe(maxBytes)}; raise the cap with --max-input-size"))
            : Decode(bytes, encoding);
    }

    /// <summary>The <see cref="CliIssueCodes.NotARegularFile"/> problem: <c>cannot read the file: {reason}.</c>, with no location.</summary>
    /// <param name="reason">What the path names, as <see cref="FileKinds.NotARegularFile"/> words it.</param>
    public static FileProblem NotARegularFileProblem(string reason) => NoLocationProblem(CliIssueCodes.NotARegularFile, reason);

    /// <summary>The <see cref="CliIssueCodes.TooLarge"/> problem: <c>cannot read the file: {reason}.</c>, with no location.</summary>
    /// <param name="reason">Why, naming the cap.</param>
    public static FileProblem TooLargeProblem(string reason) => NoLocationProblem(CliIssueCodes.TooLarge, reason);

    // The whole file when it has at most maxBytes bytes, else null; a file that grows while it is read is cut off there too.
    private static async Task<byte[]?> ReadAtMostAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, useAsync: true);
        long length = stream.CanSeek ? stream.Length : -1;
        if (length > maxBytes)
        {
            return null;
        }

        byte[] buffer = new byte[length > 0 ? length : 64 * 1024];
        int filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled >= maxBytes)
                {
                    // Full at the cap: one more byte means the file is over it.
                    return await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) == 0 ? buffer : null;
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes, (long)buffer.Length * 2));
            }

            int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return filled == buffer.Length ? buffer : buffer.AsSpan(0, filled).ToArray();
            }

            filled += read;
        }
    }

    /// <summary>
    /// Why reading a file failed, in the words of a <c>cannot read the file: …</c> message; <see langword="null"/> for
    /// an exception that is not a failure to read (a bug, which should surface as one).
    /// </summary>
    /// <param name="exception">What reading the file threw.</param>
    public static string? ReadFailureReason(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        UnauthorizedAccessException => "access is denied",

        // ArgumentException/NotSupportedException: a path the OS cannot name; OutOfMemory/IOException: a file over 2 GB.
        IOException or ArgumentException or NotSupportedException or OutOfMemoryException => exception.Message.TrimEnd('.'),
        _ => null,
    };

    /// <summary>Decodes file content as strict UTF-8, dropping a leading byte order mark (how schemas are read).</summary>
    /// <param name="bytes">The whole file.</param>
    public static TextFileContent Decode(byte[] bytes) => Decode(bytes, InputEncoding.SchemaUtf8);

    /// <summary>
    /// Decodes file content in <paramref name="encoding"/>, or in the encoding its byte order mark announces when the
    /// encoding detects marks; the mark is dropped.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="encoding">How its bytes become text.</param>
    public static TextFileContent Decode(byte[] bytes, InputEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(encoding);
        (InputEncoding? marked, int markLength) = encoding.ReadByteOrderMark(bytes);
        if (marked is not null)
        {
            encoding = marked;
        }
        else if (!encoding.DetectByteOrderMark && bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return NotText(bytes, 0, encoding, "it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }

        // Valid text may contain NUL, but no article or schema does: it is the surest sign of a binary file.
        if (encoding.IsUtf8 && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            return NotText(bytes, nul, encoding, "it contains a NUL byte, so it looks like a binary file");
        }

        string text;
        try
        {
            text = encoding.Encoding.GetString(bytes, markLength, bytes.Length - markLength);
        }
        catch (DecoderFallbackException exception)
        {
            int offset = encoding.IsUtf8 ? FirstInvalidUtf8(bytes) : markLength + FirstUndecodable(bytes.AsSpan(markLength), encoding.Encoding, exception);
            string hint = encoding.IsUtf8 ? "; save the file as UTF-8, or name its encoding with --encoding" : string.Empty;
            return NotText(bytes, offset, encoding, $"byte 0x{bytes[offset]:X2} is not valid {DisplayName(encoding)}{hint}");
        }

        if (!encoding.IsUtf8 && text.IndexOf('\0', StringComparison.Ordinal) is var nulChar and >= 0)
        {
            int offset = markLength + encoding.Encoding.GetByteCount(text.AsSpan(0, nulChar));
            return NotText(bytes, offset, encoding, "it contains a NUL character, so it looks like a binary file");
        }

        // Like File.ReadAllText: the BOM is not part of the text (ArticleText would skip it too).
        return new TextFileContent(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, null);
    }

    /// <summary>The <see cref="CliIssueCodes.CannotRead"/> problem: <c>cannot read the file: {reason}.</c>, with no location.</summary>
    /// <param name="reason">Why, as <see cref="ReadFailureReason"/> words it.</param>
    public static FileProblem CannotReadProblem(string reason) => NoLocationProblem(CliIssueCodes.CannotRead, reason);

    private static FileProblem NoLocationProblem(string code, string reason) => new(
        new ArticleIssue(code, IssueSeverity.Error, string.Empty, $"cannot read the file: {reason}.", new SourceSpan(1, 1, 1, 1, 0, 0)),
        HasLocation: false);

    private static TextFileContent CannotRead(string reason) => new(null, CannotReadProblem(reason));

    private static TextFileContent NotText(byte[] bytes, int offset, InputEncoding encoding, string reason)
    {
        SourceSpan span = Locate(bytes, offset, encoding);
        string name = DisplayName(encoding);
        return new(
            null,
            new FileProblem(
                new ArticleIssue(CliIssueCodes.NotUtf8Text, IssueSeverity.Error, string.Empty, $"cannot read the file: it is not {name} text: {reason}.", span),
                HasLocation: true));
    }

    private static string DisplayName(InputEncoding encoding) => encoding.IsUtf8 ? "UTF-8" : encoding.Name;

    /// <summary>The byte offset of the first invalid UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(byte[] bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        return Math.Min(offset, bytes.Length - 1);
    }

    /// <summary>
    /// The offset of the first byte <paramref name="encoding"/> cannot decode. Of the encodings <c>--encoding</c> takes,
    /// only UTF-16 can fail (single-byte ones map every byte): its code units are scanned for a surrogate out of place or
    /// a last odd byte, since a decoder reports the failure only at the unit after the bad one.
    /// </summary>
    private static int FirstUndecodable(ReadOnlySpan<byte> bytes, Encoding encoding, DecoderFallbackException exception)
    {
        if (encoding is UnicodeEncoding)
        {
            bool bigEndian = encoding.CodePage == 1201;
            for (int offset = 0; offset + 1 < bytes.Length; offset += 2)
            {
                char unit = (char)(bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : (bytes[offset + 1] << 8) | bytes[offset]);
                if (char.IsLowSurrogate(unit))
                {
                    return offset;
                }

                if (char.IsHighSurrogate(unit))
                {
                    int next = offset + 2;
                    char following = next + 1 < bytes.Length
                        ? (char)(bigEndian ? (bytes[next] << 8) | bytes[next + 1] : (bytes[next + 1] << 8) | bytes[next])
                        : '\0';
                    if (!char.IsLowSurrogate(following))
                    {
                        return offset;
                    }

                    offset = next;
                }
            }

            return bytes.Length - 1;
        }

        return Math.Clamp(exception.Index, 0, Math.Max(0, bytes.Length - 1));
    }

    /// <summary>
    /// The line and column of byte <paramref name="offset"/>, counted the way articles are: CRLF, CR and LF end lines,
    /// columns are UTF-16 code units from 1, and a leading BOM is not counted.
    /// </summary>
    private static SourceSpan Locate(byte[] bytes, int offset, InputEncoding encoding)
    {
        // The bytes before the offset decode (that is how the offset was found); a lenient decoder keeps this total.
        Encoding lenient = (Encoding)encoding.Encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        string before = lenient.GetString(bytes, 0, offset);
        int start = before.Length > 0 && before[0] == '\uFEFF' ? 1 : 0;
        int line = 1;
        int lineStart = start;
        for (int i = start; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 >= before.Length || before[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = before.Length - lineStart + 1;
        return new SourceSpan(line, column, line, column + 1, before.Length, 1);
    }
}
