using System;

namespace Copydesk.Values;

/// <summary>
/// A value parser with its options bound, as a <c>list</c> reads its items: for example
/// <c>static text =&gt; DateParser.Parse(text, options)</c>.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="text">The text to read.</param>
public delegate ValueResult<T> ValueParser<T>(ReadOnlySpan<char> text);
