using System.Text;

namespace Copydesk.Text;

/// <summary>How an input's bytes are decoded, as <see cref="TextDecoding.Choose"/> decides it from their first bytes.</summary>
internal readonly struct DecodingChoice
{
    public DecodingChoice(Encoding encoding, string name, int markLength, bool isUtf8, bool rejectsUtf16Mark)
    {
        Encoding = encoding;
        Name = name;
        MarkLength = markLength;
        IsUtf8 = isUtf8;
        RejectsUtf16Mark = rejectsUtf16Mark;
    }

    /// <summary>The decoder, strict: it throws <see cref="DecoderFallbackException"/> on bytes it cannot decode.</summary>
    public Encoding Encoding { get; }

    /// <summary>The encoding's name in messages: <c>UTF-8</c>, or the name asked for or marked.</summary>
    public string Name { get; }

    /// <summary>How many bytes of byte order mark come first and are not decoded (0, 2 or 3).</summary>
    public int MarkLength { get; }

    /// <summary>Whether the encoding is UTF-8.</summary>
    public bool IsUtf8 { get; }

    /// <summary>Whether the input starts with a UTF-16 byte order mark where marks are not detected: not text in the encoding.</summary>
    public bool RejectsUtf16Mark { get; }
}
