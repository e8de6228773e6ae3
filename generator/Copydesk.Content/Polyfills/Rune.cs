using System.Buffers;
using System.Globalization;

namespace System.Text;

/// <summary>
/// netstandard2.0 lacks <c>Rune</c>, a Unicode scalar value. Only what the shared sources use, with the framework
/// type's semantics; categories come from <see cref="CharUnicodeInfo"/>, the Unicode data of the runtime the compiler
/// runs on, as <c>Rune</c>'s do on .NET.
/// </summary>
internal readonly struct Rune
{
    private const int ReplacementChar = 0xFFFD;

    public Rune(int value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value));
        }

        Value = value;
    }

    public int Value { get; }

    private int Utf16SequenceLength => Value >= 0x10000 ? 2 : 1;

    public static bool IsValid(int value) => (uint)value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);

    public static UnicodeCategory GetUnicodeCategory(Rune value) =>
        value.Value < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)value.Value) : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(value.Value), 0);

    public static bool IsLetter(Rune value) => GetUnicodeCategory(value) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool TryGetRuneAt(string input, int index, out Rune value)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if ((uint)index >= (uint)input.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        char first = input[index];
        if (!char.IsSurrogate(first))
        {
            value = new Rune(first);
            return true;
        }

        if (char.IsHighSurrogate(first) && index + 1 < input.Length && char.IsLowSurrogate(input[index + 1]))
        {
            value = new Rune(char.ConvertToUtf32(first, input[index + 1]));
            return true;
        }

        value = default;
        return false;
    }

    public bool TryEncodeToUtf16(Span<char> destination, out int charsWritten)
    {
        if (destination.Length < Utf16SequenceLength)
        {
            charsWritten = 0;
            return false;
        }

        if (Utf16SequenceLength == 1)
        {
            destination[0] = (char)Value;
        }
        else
        {
            int offset = Value - 0x10000;
            destination[0] = (char)(0xD800 + (offset >> 10));
            destination[1] = (char)(0xDC00 + (offset & 0x3FF));
        }

        charsWritten = Utf16SequenceLength;
        return true;
    }

    /// <summary>Decodes the first scalar of UTF-8 bytes, rejecting overlong forms, surrogates and values past U+10FFFF.</summary>
    public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> source, out Rune result, out int bytesConsumed)
    {
        result = new Rune(ReplacementChar);
        if (source.IsEmpty)
        {
            bytesConsumed = 0;
            return OperationStatus.NeedMoreData;
        }

        byte lead = source[0];
        if (lead < 0x80)
        {
            result = new Rune(lead);
            bytesConsumed = 1;
            return OperationStatus.Done;
        }

        (int length, int minimum, int bits) = lead switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80, lead & 0x1F),
            >= 0xE0 and <= 0xEF => (3, 0x800, lead & 0x0F),
            >= 0xF0 and <= 0xF4 => (4, 0x10000, lead & 0x07),
            _ => (0, 0, 0),
        };
        if (length == 0)
        {
            bytesConsumed = 1;
            return OperationStatus.InvalidData;
        }

        int value = bits;
        for (int i = 1; i < length; i++)
        {
            if (i >= source.Length)
            {
                bytesConsumed = i;
                return OperationStatus.NeedMoreData;
            }

            byte next = source[i];
            if ((next & 0xC0) != 0x80)
            {
                bytesConsumed = i;
                return OperationStatus.InvalidData;
            }

            value = (value << 6) | (next & 0x3F);

            // An overlong form, a surrogate or a value past U+10FFFF is invalid as soon as its second byte shows it.
            if (i == 1 && !SecondByteFits(lead, next))
            {
                bytesConsumed = 1;
                return OperationStatus.InvalidData;
            }
        }

        if (value < minimum || !IsValid(value))
        {
            bytesConsumed = 1;
            return OperationStatus.InvalidData;
        }

        result = new Rune(value);
        bytesConsumed = length;
        return OperationStatus.Done;
    }

    private static bool SecondByteFits(byte lead, byte second) => lead switch
    {
        0xE0 => second >= 0xA0,
        0xED => second <= 0x9F,
        0xF0 => second >= 0x90,
        0xF4 => second <= 0x8F,
        _ => true,
    };
}
