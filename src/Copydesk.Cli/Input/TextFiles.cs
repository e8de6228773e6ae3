using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Text;
using Microsoft.Win32.SafeHandles;

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

            // Text is decoded from the file in chunks; only a file that is not text is read whole, to locate the problem.
            (StreamedTextStatus status, string? text) = await ReadStreamedAsync(path, encoding, maxBytes, cancellationToken).ConfigureAwait(false);
            if (status == StreamedTextStatus.Read)
            {
                return new TextFileContent(text, null);
            }

            bytes = status == StreamedTextStatus.TooLarge ? null : await ReadAtMostAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
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

    private static async Task<(StreamedTextStatus Status, string? Text)> ReadStreamedAsync(string path, InputEncoding encoding, long maxBytes, CancellationToken cancellationToken)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
        return await StreamedText.ReadAsync(handle, encoding, maxBytes, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

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
        ArgumentNullException.ThrowIfNull(encoding);
        return TextDecoding.TryDecode(bytes, encoding.Encoding, encoding.Name, encoding.DetectByteOrderMark, out string? text, out ArticleIssue? issue)
            ? new TextFileContent(text, null)
            : new TextFileContent(null, new FileProblem(issue, HasLocation: true));
    }

    /// <summary>The <see cref="CliIssueCodes.CannotRead"/> problem: <c>cannot read the file: {reason}.</c>, with no location.</summary>
    /// <param name="reason">Why, as <see cref="ReadFailureReason"/> words it.</param>
    public static FileProblem CannotReadProblem(string reason) => NoLocationProblem(CliIssueCodes.CannotRead, reason);

    private static FileProblem NoLocationProblem(string code, string reason) => new(
        new ArticleIssue(code, IssueSeverity.Error, string.Empty, $"cannot read the file: {reason}.", new SourceSpan(1, 1, 1, 1, 0, 0)),
        HasLocation: false);

    private static TextFileContent CannotRead(string reason) => new(null, CannotReadProblem(reason));
}
