using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Copydesk.Cli.Input;

/// <summary>
/// Reads input files (articles and schemas) as UTF-8 text, strictly: a file that is missing, a folder, unreadable,
/// binary or not valid UTF-8 becomes a located <see cref="FileProblem"/> instead of an exception or of text full of
/// replacement characters that would then "parse" into nonsense.
/// </summary>
public static class TextFiles
{
    // Throws on invalid bytes instead of substituting U+FFFD, so a mis-encoded file is reported rather than read.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; exactly one of the result's text and problem is set.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<TextFileContent> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return CannotRead("it is a folder");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ReadFailureReason(exception) is { } reason)
        {
            return CannotRead(reason);
        }

        return Decode(bytes);
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

    /// <summary>Decodes file content as strict UTF-8, dropping a leading byte order mark.</summary>
    /// <param name="bytes">The whole file.</param>
    public static TextFileContent Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return NotText(bytes, 0, "it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }

        // Valid UTF-8 may contain NUL, but no article or schema does: it is the surest sign of a binary file.
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return NotText(bytes, nul, "it contains a NUL byte, so it looks like a binary file");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            int offset = FirstInvalidUtf8(bytes);
            return NotText(bytes, offset, $"byte 0x{bytes[offset]:X2} is not valid UTF-8; save the file as UTF-8");
        }

        // Like File.ReadAllText: the BOM is not part of the text (ArticleText would skip it too).
        return new TextFileContent(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, null);
    }

    private static TextFileContent CannotRead(string reason) => new(
        null,
        new FileProblem(
            new ArticleIssue(CliIssueCodes.CannotRead, IssueSeverity.Error, string.Empty, $"cannot read the file: {reason}.", new SourceSpan(1, 1, 1, 1, 0, 0)),
            HasLocation: false));

    private static TextFileContent NotText(byte[] bytes, int offset, string reason)
    {
        SourceSpan span = Locate(bytes, offset);
        return new(
            null,
            new FileProblem(
                new ArticleIssue(CliIssueCodes.NotUtf8Text, IssueSeverity.Error, string.Empty, $"cannot read the file: it is not UTF-8 text: {reason}.", span),
                HasLocation: true));
    }

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
    /// The line and column of byte <paramref name="offset"/>, counted the way articles are: CRLF, CR and LF end lines,
    /// columns are UTF-16 code units from 1, and a leading BOM is not counted.
    /// </summary>
    private static SourceSpan Locate(byte[] bytes, int offset)
    {
        string before = Encoding.UTF8.GetString(bytes, 0, offset);
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
