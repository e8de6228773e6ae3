using System;
using System.Buffers;
using System.Text;

namespace Copydesk.Content;

/// <summary>
/// Decodes an article file's bytes as <c>copydesk validate</c> does with its default encoding: strict UTF-8, a UTF-8
/// byte order mark dropped, a UTF-16 one switching to strict UTF-16; a NUL byte or a byte sequence that does not
/// decode is <c>CD0002</c> at the line and column of the first offending byte, never text full of U+FFFD.
/// </summary>
internal static class ArticleBytes
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The article's text, or the <c>CD0002</c> issue that says why its bytes are not text.</summary>
    public static (string? Text, ArticleIssue? Problem) Decode(byte[] bytes)
    {
        (Encoding encoding, int markLength, string name) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "UTF-8"),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2, "utf-16"),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2, "utf-16be"),
            _ => (StrictUtf8, 0, "UTF-8"),
        };
        bool utf8 = encoding == StrictUtf8;

        // Valid text may contain NUL, but no article does: it is the surest sign of a binary file.
        if (utf8 && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            return NotText(bytes, nul, encoding, name, "it contains a NUL byte, so it looks like a binary file");
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, markLength, bytes.Length - markLength);
        }
        catch (DecoderFallbackException)
        {
            int offset = utf8 ? FirstInvalidUtf8(bytes) : markLength + FirstInvalidUtf16(bytes.AsSpan(markLength), encoding == StrictUtf16BigEndian);
            string hint = utf8 ? "; save the file as UTF-8, or name its encoding with --encoding" : string.Empty;
            return NotText(bytes, offset, encoding, name, $"byte 0x{bytes[offset]:X2} is not valid {name}{hint}");
        }

        if (!utf8 && text.IndexOf('\0') is var nulChar and >= 0)
        {
            int offset = markLength + encoding.GetByteCount(text.Substring(0, nulChar));
            return NotText(bytes, offset, encoding, name, "it contains a NUL character, so it looks like a binary file");
        }

        // Like File.ReadAllText: the mark is not part of the text.
        return (text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, null);
    }

    private static (string?, ArticleIssue?) NotText(byte[] bytes, int offset, Encoding encoding, string name, string reason) =>
        (null, new ArticleIssue("CD0002", IssueSeverity.Error, string.Empty, $"cannot read the file: it is not {name} text: {reason}.", Locate(bytes, offset, encoding)));

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

    // A decoder reports a failure only at the unit after the bad one: scan the code units for a surrogate out of place or a last odd byte.
    private static int FirstInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
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

    // Lines and columns as articles count them: CRLF, CR and LF end lines, columns are UTF-16 code units from 1, a leading mark is not counted.
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
