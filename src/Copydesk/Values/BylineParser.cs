using System;
using System.Collections.Generic;

namespace Copydesk.Values;

/// <summary>
/// <c>value: byline</c>: reads the writers and the credited agency or role of a byline. Issue code
/// <see cref="IssueCodes.NotAByline"/>; the accepted forms are documented in <c>docs/issues.md#cd3019</c>.
/// </summary>
public static class BylineParser
{
    /// <summary>Reads a byline with <see cref="BylineOptions.Default"/>.</summary>
    public static ValueResult<Byline> Parse(ReadOnlySpan<char> text) => Parse(text, BylineOptions.Default);

    /// <summary>
    /// Reads <paramref name="text"/>, trimmed: <c>By</c> (any case, optionally <c>By:</c>), the names, and the
    /// credit after them. The credit starts, in this order of precedence: after <c>|</c>, an em or en dash, or a
    /// <c>-</c> or <c>/</c> between spaces; after the first comma that follows the last <c>and</c>/<c>&amp;</c>
    /// (after the first comma when there is none); at the first word not in capitals when the names are in
    /// capitals, or at an agency of <paramref name="options"/> just before it. The names are split on commas,
    /// <c>and</c> and <c>&amp;</c>. Never throws.
    /// </summary>
    public static ValueResult<Byline> Parse(ReadOnlySpan<char> text, BylineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Fail(ValueFailureReason.Empty);
        }

        if (!text.StartsWith("by", StringComparison.OrdinalIgnoreCase) || (text.Length > 2 && !char.IsWhiteSpace(text[2]) && text[2] != ':'))
        {
            return Fail(ValueFailureReason.Malformed);
        }

        ReadOnlySpan<char> rest = text.Slice(text.Length > 2 && text[2] == ':' ? 3 : 2).Trim();
        int creditStart = CreditSeparator(rest, out int separatorLength);
        if (creditStart < 0)
        {
            separatorLength = 1;
            creditStart = CreditComma(rest);
        }

        if (creditStart < 0)
        {
            separatorLength = 0;
            creditStart = CreditAfterCapitals(rest, options);
        }

        ReadOnlySpan<char> names = creditStart < 0 ? rest : rest.Slice(0, creditStart);
        ReadOnlySpan<char> credit = creditStart < 0 ? default : rest.Slice(creditStart + separatorLength).Trim();
        var list = new List<string>();
        if (!TryReadNames(names, list))
        {
            return Fail(ValueFailureReason.Malformed);
        }

        if (list.Count == 0)
        {
            return Fail(ValueFailureReason.NoNames);
        }

        string[] array = list.ToArray();
        return ValueResult<Byline>.Success(new Byline(text.ToString(), new NodeList<string>(array, 0, array.Length), credit.IsEmpty ? null : credit.ToString()));
    }

    /// <summary>The first <c>|</c>, em, en or horizontal-bar dash, or <c>-</c> or <c>/</c> between white space; -1 when none.</summary>
    private static int CreditSeparator(ReadOnlySpan<char> text, out int length)
    {
        length = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '|' or '—' or '–' or '―'
                || (c is '-' or '/' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first comma after the last <c>and</c> or <c>&amp;</c>, or the first comma when there is none; -1 when none.</summary>
    private static int CreditComma(ReadOnlySpan<char> text)
    {
        int lastConnectorEnd = 0;
        foreach (Word word in Words(text))
        {
            if (IsConnector(text.Slice(word.Start, word.Length)))
            {
                lastConnectorEnd = word.Start + word.Length;
            }
        }

        int comma = text.Slice(lastConnectorEnd).IndexOf(',');
        return comma < 0 ? -1 : lastConnectorEnd + comma;
    }

    /// <summary>
    /// For names in capitals (<c>ANA RUIZ AP Business Writer</c>): the first word not in capitals, or the agency
    /// abbreviation just before it or at the end; -1 when the names are not in capitals or nothing follows them.
    /// </summary>
    private static int CreditAfterCapitals(ReadOnlySpan<char> text, BylineOptions options)
    {
        int index = 0;
        Word previous = default;
        foreach (Word word in Words(text))
        {
            ReadOnlySpan<char> span = text.Slice(word.Start, word.Length);
            bool capitals = IsCapitals(span);
            if (index == 0 && !capitals)
            {
                return -1;
            }

            if (!capitals && !IsConnector(span))
            {
                return index > 1 && options.IsAgency(text.Slice(previous.Start, previous.Length)) ? previous.Start : word.Start;
            }

            previous = word;
            index++;
        }

        return index > 1 && options.IsAgency(text.Slice(previous.Start, previous.Length)) ? previous.Start : -1;
    }

    /// <summary>Splits on commas, <c>and</c> and <c>&amp;</c>. An empty name is malformed, except before an <c>and</c> that follows a comma (<c>X, Y, and Z</c>).</summary>
    private static bool TryReadNames(ReadOnlySpan<char> text, List<string> names)
    {
        if (text.Trim().IsEmpty)
        {
            return true;
        }

        int segmentStart = 0;
        bool afterComma = false;
        while (true)
        {
            int comma = text.Slice(segmentStart).IndexOf(',');
            int segmentEnd = comma < 0 ? text.Length : segmentStart + comma;
            ReadOnlySpan<char> segment = text.Slice(segmentStart, segmentEnd - segmentStart);
            int pieceStart = 0;
            bool first = true;
            foreach (Word word in Words(segment))
            {
                if (IsConnector(segment.Slice(word.Start, word.Length)))
                {
                    if (!TryAdd(segment.Slice(pieceStart, word.Start - pieceStart), names, first && afterComma))
                    {
                        return false;
                    }

                    pieceStart = word.Start + word.Length;
                    first = false;
                }
            }

            if (!TryAdd(segment.Slice(pieceStart), names, allowEmpty: false))
            {
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            segmentStart = segmentEnd + 1;
            afterComma = true;
        }
    }

    private static bool TryAdd(ReadOnlySpan<char> piece, List<string> names, bool allowEmpty)
    {
        piece = piece.Trim();
        if (piece.IsEmpty)
        {
            return allowEmpty;
        }

        names.Add(piece.ToString());
        return true;
    }

    private static bool IsConnector(ReadOnlySpan<char> word) => word.Equals("and", StringComparison.OrdinalIgnoreCase) || word is "&";

    /// <summary>A word with a letter and no lower-case letter: <c>RUIZ</c>, <c>J.</c>, <c>O'NEIL</c>.</summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static ValueResult<Byline> Fail(ValueFailureReason reason) => ValueText.Fail<Byline>(IssueCodes.NotAByline, reason);

    private static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    private readonly record struct Word(int Start, int Length);

    /// <summary>The runs of non-white-space characters of a text, without allocating.</summary>
    private ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> text;
        private int position;

        public WordEnumerator(ReadOnlySpan<char> text)
        {
            this.text = text;
            position = 0;
            Current = default;
        }

        public Word Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position == text.Length)
            {
                return false;
            }

            int start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            Current = new Word(start, position - start);
            return true;
        }
    }
}
