using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;

namespace Copydesk.Json;

/// <summary>
/// Escapes only what JSON requires (quotation mark, reverse solidus, control characters) plus the line
/// and paragraph separators and unpaired surrogates, so article text (typographic quotes, dashes,
/// NBSP, any script) stays readable in the contract JSON. Not meant for embedding JSON in HTML.
/// </summary>
/// <remarks>
/// An unpaired surrogate is written as its own <c>\uXXXX</c> escape, never replaced: the text a reader gets back
/// is the text that was parsed. The base class would turn it into U+FFFD before <see cref="TryEncodeUnicodeScalar"/>
/// sees it, so every UTF-16 entry point is overridden to go through one loop.
/// </remarks>
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
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirstCharacterToEncode(new ReadOnlySpan<char>(text, textLength));

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
        if (WillEncode(unicodeScalar))
        {
            return TryWriteEscape(unicodeScalar, destination, out numberOfCharactersWritten);
        }

        if (!new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten))
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x2028 or 0x2029 || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    /// <summary>
    /// Escapes <paramref name="source"/> into <paramref name="destination"/>: what <see cref="WillEncode"/> names is
    /// escaped, an unpaired surrogate included; a surrogate pair and everything else are copied as they are.
    /// <see cref="System.Text.Json.Utf8JsonWriter"/> and <see cref="System.Text.Json.JsonEncodedText"/> call this.
    /// </summary>
    /// <inheritdoc/>
    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        int read = 0;
        int written = 0;
        OperationStatus status = OperationStatus.Done;
        while (read < source.Length)
        {
            char c = source[read];
            int length = 1;
            if (char.IsHighSurrogate(c))
            {
                if (read + 1 < source.Length)
                {
                    length = char.IsLowSurrogate(source[read + 1]) ? 2 : 1;
                }
                else if (!isFinalBlock)
                {
                    // Its low surrogate may start the next block.
                    status = OperationStatus.NeedMoreData;
                    break;
                }
            }

            int count = length;
            bool fits = length == 2 || !WillEncode(c)
                ? source.Slice(read, length).TryCopyTo(destination.Slice(written))
                : TryWriteEscape(c, destination.Slice(written), out count);
            if (!fits)
            {
                status = OperationStatus.DestinationTooSmall;
                break;
            }

            read += length;
            written += count;
        }

        charsConsumed = read;
        charsWritten = written;
        return status;
    }

    /// <inheritdoc/>
    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FindFirstCharacterToEncode(value.AsSpan()) < 0 ? value : EncodeToString(value.AsSpan());
    }

    /// <inheritdoc/>
    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Write(EncodeToString(value.AsSpan(startIndex, characterCount)));
    }

    /// <inheritdoc/>
    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Write(EncodeToString(value.AsSpan(startIndex, characterCount)));
    }

    private static int FindFirstCharacterToEncode(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int found = text.Slice(offset).IndexOfAny(Candidates);
            if (found < 0)
            {
                return -1;
            }

            int index = offset + found;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    private string EncodeToString(ReadOnlySpan<char> value)
    {
        char[] buffer = new char[value.Length * MaxOutputCharactersPerInputCharacter];
        Encode(value, buffer, out _, out int written);
        return new string(buffer, 0, written);
    }

    // Only UTF-16 code units are escaped (controls, '"', '\\', U+2028, U+2029, surrogates), so four hex digits suffice.
    private static bool TryWriteEscape(int value, Span<char> destination, out int written)
    {
        char shortForm = value switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };

        written = shortForm == '\0' ? 6 : 2;
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }

        destination[0] = '\\';
        if (shortForm != '\0')
        {
            destination[1] = shortForm;
            return true;
        }

        destination[1] = 'u';
        return value.TryFormat(destination.Slice(2, 4), out _, "X4", CultureInfo.InvariantCulture);
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
