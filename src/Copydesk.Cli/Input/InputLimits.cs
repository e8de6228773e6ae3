using System;
using System.Globalization;
using Copydesk.Text;

namespace Copydesk.Cli.Input;

/// <summary>
/// How many bytes the tool reads from one input file or one JSON-lines record (<c>--max-input-size</c>). A file is read
/// whole before it is parsed, and parsing and validating hold several times its size, so an input past the cap is
/// reported (<see cref="CliIssueCodes.TooLarge"/>) instead of read: a mistaken path to a disk image or a log never
/// exhausts memory, and the batch goes on.
/// </summary>
public static class InputLimits
{
    /// <summary>The default cap: 64 MiB, far above any article and well below what the memory of a batch can hold.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The largest cap: 1 GiB; a .NET string holds at most about a billion characters.</summary>
    public const long LargestMaxBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// Reads a size as <c>--max-input-size</c> takes it: a whole number of bytes, or of KiB, MiB or GiB with the suffix
    /// <c>K</c>, <c>M</c> or <c>G</c> (any case), from 1 byte to <see cref="LargestMaxBytes"/>.
    /// </summary>
    /// <param name="text">The size as written, such as <c>64M</c>.</param>
    /// <param name="bytes">The size in bytes.</param>
    /// <returns>Whether <paramref name="text"/> is such a size.</returns>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        long unit = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1024L,
            'M' => 1024L * 1024,
            'G' => 1024L * 1024 * 1024,
            _ => 1,
        };
        ReadOnlySpan<char> digits = unit == 1 ? text : text.AsSpan(0, text.Length - 1);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long count) || count < 1 || count > LargestMaxBytes / unit)
        {
            return false;
        }

        bytes = count * unit;
        return true;
    }

    /// <summary>A size as the docs and messages write it: <c>64 MiB</c>, <c>1,500 bytes</c>.</summary>
    public static string Describe(long bytes) => ByteSizes.Describe(bytes);
}
