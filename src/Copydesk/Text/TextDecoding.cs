using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Copydesk.Text;

/// <summary>
/// Turns a file's bytes into text strictly, the one rule the command-line tool and the build's content check share: a
/// byte sequence the encoding cannot decode is never replaced by U+FFFD, a NUL marks a binary file, and either is one
/// <see cref="NotTextCode"/> issue at the line and column of the first offending byte. A UTF-8 byte order mark is
/// dropped; when marks are detected, a UTF-8 or UTF-16 one decides the encoding.
/// </summary>
public static class TextDecoding
{
    /// <summary>The code of the issue for bytes that are not text in their encoding: <c>CD0002</c> (<c>docs/cli.md</c>).</summary>
    public const string NotTextCode = "CD0002";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/> as articles are read by default: strict UTF-8, a UTF-8 byte order mark dropped,
    /// a UTF-16 one switching to strict UTF-16 in its byte order.
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="text">The text, without a byte order mark, when the bytes are text.</param>
    /// <param name="issue">The <see cref="NotTextCode"/> error that says why and where they are not.</param>
    /// <returns><see langword="true"/> when the bytes are text.</returns>
    public static bool TryDecode(byte[] bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out ArticleIssue? issue) =>
        TryDecode(bytes, StrictUtf8, "utf-8", detectByteOrderMark: true, out text, out issue);

    /// <summary>
    /// Decodes <paramref name="bytes"/> in <paramref name="encoding"/>, strictly whatever its decoder fallback. With
    /// <paramref name="detectByteOrderMark"/>, a UTF-8 or UTF-16 byte order mark at the start overrides the encoding;
    /// without it, a UTF-8 mark is still dropped and a UTF-16 mark is an issue (the bytes are UTF-16, not the encoding).
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="encoding">How the bytes become text.</param>
    /// <param name="encodingName">The encoding's name in messages, such as <c>windows-1252</c>; UTF-8 is always called <c>UTF-8</c>.</param>
    /// <param name="detectByteOrderMark">Whether a byte order mark decides the encoding.</param>
    /// <param name="text">The text, without a byte order mark, when the bytes are text.</param>
    /// <param name="issue">The <see cref="NotTextCode"/> error that says why and where they are not.</param>
    /// <returns><see langword="true"/> when the bytes are text.</returns>
    public static bool TryDecode(
        byte[] bytes,
        Encoding encoding,
        string encodingName,
        bool detectByteOrderMark,
        [NotNullWhen(true)] out string? text,
        [NotNullWhen(false)] out ArticleIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(encodingName);
        text = null;
        issue = null;
        DecodingChoice choice = Choose(bytes, encoding, encodingName, detectByteOrderMark);
        (encoding, string name, int markLength, bool utf8) = (choice.Encoding, choice.Name, choice.MarkLength, choice.IsUtf8);
        if (choice.RejectsUtf16Mark)
        {
            issue = NotText(bytes, 0, encoding, name, "it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
            return false;
        }

        // Valid text may contain NUL, but no article or schema does: it is the surest sign of a binary file.
        if (utf8 && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            issue = NotText(bytes, nul, encoding, name, "it contains a NUL byte, so it looks like a binary file");
            return false;
        }

        string decoded;
        try
        {
            decoded = encoding.GetString(bytes, markLength, bytes.Length - markLength);
        }
        catch (DecoderFallbackException exception)
        {
            int offset = utf8 ? FirstInvalidUtf8(bytes) : markLength + FirstUndecodable(bytes.AsSpan(markLength), encoding, exception);
            string hint = utf8 ? "; save the file as UTF-8, or name its encoding with --encoding" : string.Empty;
            issue = NotText(bytes, offset, encoding, name, $"byte 0x{bytes[offset]:X2} is not valid {name}{hint}");
            return false;
        }

        if (!utf8 && decoded.IndexOf('\0') is var nulChar and >= 0)
        {
            int offset = markLength + encoding.GetByteCount(decoded.ToCharArray(0, nulChar));
            issue = NotText(bytes, offset, encoding, name, "it contains a NUL character, so it looks like a binary file");
            return false;
        }

        // Like File.ReadAllText: the mark is not part of the text (ArticleText would skip it too).
        text = decoded.Length > 0 && decoded[0] == '\uFEFF' ? decoded.Substring(1) : decoded;
        return true;
    }

    /// <summary>
    /// How bytes that start with <paramref name="start"/> are decoded, by the rule of <see cref="TryDecode(byte[], Encoding, string, bool, out string?, out ArticleIssue?)"/>:
    /// the strict encoding (a byte order mark's when marks are detected), its name in messages and the mark's length.
    /// Readers that decode a file in parts choose with its first bytes (at least three, unless the file is shorter).
    /// </summary>
    /// <param name="start">The first bytes of the input.</param>
    /// <param name="encoding">The encoding asked for.</param>
    /// <param name="encodingName">Its name in messages.</param>
    /// <param name="detectByteOrderMark">Whether a byte order mark decides the encoding.</param>
    internal static DecodingChoice Choose(ReadOnlySpan<byte> start, Encoding encoding, string encodingName, bool detectByteOrderMark)
    {
        bool utf16Marked = start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF));
        int markLength = 0;
        if (detectByteOrderMark && start.Length >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF)
        {
            (encoding, encodingName, markLength) = (StrictUtf8, "utf-8", 3);
        }
        else if (detectByteOrderMark && utf16Marked)
        {
            (encoding, encodingName, markLength) = start[0] == 0xFF ? (StrictUtf16LittleEndian, "utf-16", 2) : (StrictUtf16BigEndian, "utf-16be", 2);
        }
        else
        {
            encoding = Strict(encoding);
        }

        bool utf8 = encoding.CodePage == StrictUtf8.CodePage;
        return new DecodingChoice(encoding, utf8 ? "UTF-8" : encodingName, markLength, utf8, rejectsUtf16Mark: !detectByteOrderMark && utf16Marked);
    }

    // A decoder that is not strict would turn bad bytes into U+FFFD; a copy that throws finds them.
    private static Encoding Strict(Encoding encoding)
    {
        if (encoding.DecoderFallback is DecoderExceptionFallback)
        {
            return encoding;
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }

    private static ArticleIssue NotText(byte[] bytes, int offset, Encoding encoding, string name, string reason) =>
        new(NotTextCode, IssueSeverity.Error, string.Empty, $"cannot read the file: it is not {name} text: {reason}.", Locate(bytes, offset, encoding));

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out int consumed) != OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        return Math.Min(offset, bytes.Length - 1);
    }

    // Of the encodings that can fail, UTF-16 reports a failure only at the unit after the bad one: its code units are
    // scanned for a surrogate out of place or a last odd byte. Other decoders name the byte themselves.
    private static int FirstUndecodable(ReadOnlySpan<byte> bytes, Encoding encoding, DecoderFallbackException exception)
    {
        if (encoding is not UnicodeEncoding)
        {
            return Math.Max(0, Math.Min(exception.Index, bytes.Length - 1));
        }

        bool bigEndian = encoding.CodePage == StrictUtf16BigEndian.CodePage;
        for (int offset = 0; offset + 1 < bytes.Length; offset += 2)
        {
            char unit = Unit(bytes, offset, bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return offset;
            }

            if (char.IsHighSurrogate(unit))
            {
                int next = offset + 2;
                if (next + 1 >= bytes.Length || !char.IsLowSurrogate(Unit(bytes, next, bigEndian)))
                {
                    return offset;
                }

                offset = next;
            }
        }

        return bytes.Length - 1;
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        (char)(bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : (bytes[offset + 1] << 8) | bytes[offset]);

    // Lines and columns as articles count them: CRLF, CR and LF end lines, columns are UTF-16 code units from 1, a
    // leading mark is not counted. The bytes before the offset decode (that is how it was found); a lenient decoder
    // keeps this total.
    private static SourceSpan Locate(byte[] bytes, int offset, Encoding encoding)
    {
        var lenient = (Encoding)encoding.Clone();
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
