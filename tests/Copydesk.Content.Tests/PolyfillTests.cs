extern alias content;

using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using Xunit;
using PolyfilledDateOnly = content::System.DateOnly;
using PolyfilledRune = content::System.Text.Rune;

namespace Copydesk.Content.Tests;

/// <summary>The types the engine brings for netstandard2.0 behave as the framework types the shared sources were written against.</summary>
public sealed class PolyfillTests
{
    [Fact]
    public void Rune_decodes_UTF_8_as_the_framework_does_for_every_sequence_of_up_to_three_bytes()
    {
        byte[] bytes = new byte[3];
        for (int first = 0; first < 256; first++)
        {
            for (int second = 0; second < 256; second += first < 0xC0 ? 255 : 1)
            {
                for (int third = 0; third < 256; third += first < 0xE0 ? 255 : 3)
                {
                    (bytes[0], bytes[1], bytes[2]) = ((byte)first, (byte)second, (byte)third);
                    AssertDecodesAlike(bytes);
                    AssertDecodesAlike(bytes.AsSpan(0, 2).ToArray());
                    AssertDecodesAlike(bytes.AsSpan(0, 1).ToArray());
                }
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Rune_decodes_four_byte_and_invalid_sequences_as_the_framework_does(byte[] bytes) => AssertDecodesAlike(bytes);

    [Fact]
    public void Rune_categories_letters_and_UTF_16_are_the_framework_s_for_every_scalar()
    {
        Span<char> expected = stackalloc char[2];
        Span<char> actual = stackalloc char[2];
        for (int value = 0; value <= 0x10FFFF; value++)
        {
            if (!Rune.IsValid(value))
            {
                continue;
            }

            var rune = new Rune(value);
            var polyfilled = new PolyfilledRune(value);
            Assert.Equal(Rune.GetUnicodeCategory(rune), PolyfilledRune.GetUnicodeCategory(polyfilled));
            Assert.Equal(Rune.IsLetter(rune), PolyfilledRune.IsLetter(polyfilled));
            Assert.True(rune.TryEncodeToUtf16(expected, out int expectedLength));
            Assert.True(polyfilled.TryEncodeToUtf16(actual, out int actualLength));
            Assert.Equal(expected[..expectedLength], actual[..actualLength]);
        }
    }

    [Theory]
    [InlineData("a😀b", 1)]
    [InlineData("a😀b", 2)]
    [InlineData("\uD800x", 0)]
    [InlineData("x\uDC00", 1)]
    [InlineData("Zoë", 2)]
    public void Rune_reads_a_string_position_as_the_framework_does(string text, int index)
    {
        bool expected = Rune.TryGetRuneAt(text, index, out Rune rune);

        Assert.Equal(expected, PolyfilledRune.TryGetRuneAt(text, index, out PolyfilledRune polyfilled));
        Assert.Equal(expected ? rune.Value : 0, expected ? polyfilled.Value : 0);
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void DateOnly_is_the_framework_s_date(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var polyfilled = new PolyfilledDateOnly(year, month, day);

        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), polyfilled.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal((date.Year, date.Month, date.Day, date.DayOfWeek, date.DayNumber), (polyfilled.Year, polyfilled.Month, polyfilled.Day, polyfilled.DayOfWeek, polyfilled.DayNumber));
        Assert.Equal(DateOnly.FromDateTime(new DateTime(year, month, day, 23, 59, 0)).DayNumber, PolyfilledDateOnly.FromDateTime(new DateTime(year, month, day, 23, 59, 0)).DayNumber);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolyfilledDateOnly(year, 2, 30));
    }

    [Theory]
    [InlineData("a, b, c", ", ")]
    [InlineData("aaaa", "aa")]
    [InlineData("abc", "x")]
    [InlineData("", ",")]
    [InlineData("a;b;", ";")]
    public void Counting_and_replacing_in_text_are_the_framework_s(string text, string value)
    {
        Assert.Equal(text.AsSpan().Count(value.AsSpan()), content::Polyfills.FrameworkMembers.Count(text.AsSpan(), value.AsSpan()));
        Assert.Equal(text.Replace(value, "-", StringComparison.Ordinal), content::Polyfills.FrameworkMembers.Replace(text, value, "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_codes_of_equal_values_are_equal()
    {
        Assert.Equal(content::System.HashCode.Combine("a", 1), content::System.HashCode.Combine("a", 1));
        Assert.NotEqual(content::System.HashCode.Combine("a", 1), content::System.HashCode.Combine("a", 2));
    }

    private static void AssertDecodesAlike(byte[] bytes)
    {
        OperationStatus expected = Rune.DecodeFromUtf8(bytes, out Rune rune, out int consumed);
        OperationStatus actual = PolyfilledRune.DecodeFromUtf8(bytes, out PolyfilledRune polyfilled, out int polyfilledConsumed);

        Assert.True(expected == actual, $"{Convert.ToHexString(bytes)}: {expected}, polyfill {actual}");
        if (expected == OperationStatus.Done)
        {
            Assert.Equal((rune.Value, consumed), (polyfilled.Value, polyfilledConsumed));
        }
    }
}
