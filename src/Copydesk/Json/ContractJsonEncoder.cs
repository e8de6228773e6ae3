using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace Copydesk.Json;

/// <summary>
/// Escapes only what JSON requires (quotation mark, reverse solidus, control characters) plus the line
/// and paragraph separators and unpaired surrogates, so article text (typographic quotes, dashes,
/// NBSP, any script) stays readable in the contract JSON. Not meant for embedding JSON in HTML.
/// </summary>
public sealed class ContractJsonEncoder : JavaScriptEncoder
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create(BuildCandidates());

    private ContractJsonEncoder()
    {
    }

    /// <summary>The shared instance.</summary>
    public static ContractJsonEncoder Instance { get; } = new();

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        int offset = 0;
        while (true)
        {
            int found = span.Slice(offset).IndexOfAny(Candidates);
            if (found < 0)
            {
                return -1;
            }

            int index = offset + found;
            char c = span[index];
            if (char.IsHighSurrogate(c) && index + 1 < span.Length && char.IsLowSurrogate(span[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        int index = 0;
        while (index < utf8Text.Length)
        {
            byte b = utf8Text[index];
            if (b < 0x80)
            {
                if (b < 0x20 || b == (byte)'"' || b == (byte)'\\')
                {
                    return index;
                }

                index++;
                continue;
            }

            if (Rune.DecodeFromUtf8(utf8Text.Slice(index), out Rune rune, out int consumed) != OperationStatus.Done
                || WillEncode(rune.Value))
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            if (!new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten))
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            return true;
        }

        string? shortForm = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => null,
        };

        if (shortForm is not null)
        {
            return TryCopy(shortForm, destination, out numberOfCharactersWritten);
        }

        return TryCopy("\\u" + unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), destination, out numberOfCharactersWritten);
    }

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x2028 or 0x2029 || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    private static bool TryCopy(string text, Span<char> destination, out int written)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            written = text.Length;
            return true;
        }

        written = 0;
        return false;
    }

    private static string BuildCandidates()
    {
        var builder = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            builder.Append(c);
        }

        builder.Append('"').Append('\\').Append('\u2028').Append('\u2029');
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            builder.Append((char)c);
        }

        return builder.ToString();
    }
}
