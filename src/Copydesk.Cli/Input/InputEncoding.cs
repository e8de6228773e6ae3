using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Copydesk.Cli.Input;

/// <summary>
/// How an input file's bytes become text (<c>--encoding</c>): one encoding, strict (a byte sequence it cannot decode is
/// reported, never replaced by U+FFFD), and whether a byte order mark overrides it, as it does for articles.
/// </summary>
public sealed class InputEncoding
{
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private InputEncoding(string name, Encoding encoding, bool detectByteOrderMark)
    {
        Name = name;
        Encoding = encoding;
        DetectByteOrderMark = detectByteOrderMark;
    }

    /// <summary>Strict UTF-8 with no byte order mark detection: how schemas are read, as the build reads them.</summary>
    public static InputEncoding SchemaUtf8 { get; } = new("utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectByteOrderMark: false);

    /// <summary>The default for articles: strict UTF-8, and a UTF-16 byte order mark switches to UTF-16.</summary>
    public static InputEncoding Utf8 { get; } = new("utf-8", SchemaUtf8.Encoding, detectByteOrderMark: true);

    /// <summary>Every encoding <c>--encoding</c> takes, by name.</summary>
    public static IReadOnlyList<InputEncoding> All { get; } =
    [
        Utf8,
        new("utf-16", StrictUtf16LittleEndian, detectByteOrderMark: true),
        new("utf-16be", StrictUtf16BigEndian, detectByteOrderMark: true),
        new("latin1", Encoding.Latin1, detectByteOrderMark: true),
        new("windows-1252", Strict(CodePagesEncodingProvider.Instance.GetEncoding(1252)!), detectByteOrderMark: true),
    ];

    /// <summary>The names <c>--encoding</c> takes.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(encoding => encoding.Name).ToArray();

    /// <summary>The name on the command line and in messages, such as <c>windows-1252</c>.</summary>
    public string Name { get; }

    /// <summary>The decoder: throws <see cref="DecoderFallbackException"/> on bytes it cannot decode.</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether a UTF-8 or UTF-16 byte order mark at the start of a file overrides <see cref="Encoding"/>.</summary>
    public bool DetectByteOrderMark { get; }

    /// <summary>The encoding named <paramref name="name"/> (case-insensitive; <c>utf8</c>, <c>iso-8859-1</c> and <c>cp1252</c> too), or <see langword="null"/>.</summary>
    public static InputEncoding? Parse(string? name)
    {
        string? canonical = name?.ToLowerInvariant() switch
        {
            "utf8" => "utf-8",
            "utf16" or "utf-16le" => "utf-16",
            "utf16be" => "utf-16be",
            "iso-8859-1" or "latin-1" => "latin1",
            "cp1252" => "windows-1252",
            { } other => other,
            null => null,
        };
        return All.FirstOrDefault(encoding => encoding.Name == canonical);
    }

    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
