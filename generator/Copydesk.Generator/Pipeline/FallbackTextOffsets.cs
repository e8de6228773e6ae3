using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Moves offsets from the text the command-line tool reads in a file's bytes (UTF-8) to the text the compiler holds
/// for the same bytes, decoded with the encoding it fell back to, so a diagnostic marks the same bytes in the file the
/// compiler shows. Used only for an article that is not UTF-8 or UTF-16, whose two texts differ.
/// </summary>
internal static class FallbackTextOffsets
{
    /// <summary>
    /// Where each of <paramref name="offsets"/>, UTF-16 offsets in the UTF-8 text of <paramref name="bytes"/>, is in
    /// the text <paramref name="compilerEncoding"/> decodes from them; the file is walked once. An offset past the
    /// text maps to the text's end.
    /// </summary>
    public static IReadOnlyDictionary<int, int> Map(byte[] bytes, Encoding compilerEncoding, IEnumerable<int> offsets)
    {
        var moved = new Dictionary<int, int>();
        Decoder decoder = compilerEncoding.GetDecoder();
        int byteIndex = 0;
        int utf8Offset = 0;
        int compilerOffset = 0;
        foreach (int offset in offsets.Distinct().OrderBy(offset => offset))
        {
            int start = byteIndex;
            while (utf8Offset < offset && byteIndex < bytes.Length)
            {
                (int length, int units) = NextUtf8(bytes, byteIndex);
                byteIndex += length;
                utf8Offset += units;
            }

            compilerOffset += decoder.GetCharCount(bytes, start, byteIndex - start, flush: false);
            moved[offset] = compilerOffset;
        }

        return moved;
    }

    // One UTF-8 sequence: its bytes and its UTF-16 code units. A byte that starts no valid sequence is one unit, as the
    // replacement character the tool counts for it when it locates bytes that are not text (CD0002).
    private static (int Length, int Units) NextUtf8(byte[] bytes, int index)
    {
        byte lead = bytes[index];
        int length = lead < 0x80 ? 1 : lead is >= 0xC2 and <= 0xDF ? 2 : lead is >= 0xE0 and <= 0xEF ? 3 : lead is >= 0xF0 and <= 0xF4 ? 4 : 0;
        if (length == 0 || index + length > bytes.Length)
        {
            return (1, 1);
        }

        for (int i = 1; i < length; i++)
        {
            if ((bytes[index + i] & 0xC0) != 0x80)
            {
                return (1, 1);
            }
        }

        return (length, length == 4 ? 2 : 1);
    }
}
