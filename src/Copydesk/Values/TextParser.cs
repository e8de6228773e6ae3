using System;

namespace Copydesk.Values;

/// <summary><c>text</c> as a value parser, for the items of a list: the trimmed text, always read.</summary>
public static class TextParser
{
    /// <summary>Returns <paramref name="text"/>, trimmed. Never fails and never throws.</summary>
    public static ValueResult<string> Parse(ReadOnlySpan<char> text) => ValueResult<string>.Success(text.Trim().ToString());
}
