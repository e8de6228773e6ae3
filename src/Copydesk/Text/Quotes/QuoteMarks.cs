using System.Collections.Generic;
using System.Globalization;

namespace Copydesk.Text.Quotes;

/// <summary>A top-level quotation in a paragraph: its opening mark and its closing mark, or -1 when it runs on.</summary>
/// <param name="Open">Position of the opening mark.</param>
/// <param name="Close">Position of the closing mark, or -1 when the paragraph ends first.</param>
/// <param name="Double">Whether the marks are double (<c>" “ ” „ « »</c>) rather than single (<c>' ‘ ’</c>).</param>
internal readonly record struct QuoteSegment(int Open, int Close, bool Double)
{
    public bool Closed => Close >= 0;
}

/// <summary>
/// Pairs quotation marks in one pass. Double marks (<c>"…"</c>, <c>“…”</c>, <c>„…“</c>, <c>«…»</c>) and single
/// marks (<c>'…'</c>, <c>‘…’</c>) open a quotation; marks of the other kind inside it are nested and stay in its
/// text. A single mark opens only between a space (or the start) and a letter, and closes only before something
/// that is not a letter, so the apostrophes of <c>don't</c>, <c>'80s</c> and <c>the Smiths' dog</c> are left alone.
/// A single quotation still open at the end of the paragraph was an apostrophe after all and is dropped; a
/// double one runs on, as a quotation continued in the next paragraph does.
/// </summary>
internal static class QuoteMarks
{
    public static void Find(string text, List<QuoteSegment> segments)
    {
        int open = -1;
        char opener = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (OpensDouble(text, i) || OpensSingle(text, i))
                {
                    open = i;
                    opener = c;
                }
            }
            else if (Closes(opener, text, i))
            {
                segments.Add(new QuoteSegment(open, i, IsDouble(opener)));
                open = -1;
            }
        }

        if (open >= 0 && IsDouble(opener))
        {
            segments.Add(new QuoteSegment(open, -1, true));
        }
    }

    /// <summary>Whether a character is one of the quotation marks this reader knows.</summary>
    public static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    private static bool IsDouble(char opener) => opener is '"' or '“' or '„' or '«';

    private static bool OpensDouble(string text, int i) => text[i] switch
    {
        '“' or '„' or '«' => true,

        // A straight mark opens when something follows it; a stray one at the very end closes nothing.
        '"' => i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) || i == 0,
        _ => false,
    };

    private static bool OpensSingle(string text, int i) =>
        text[i] is '\'' or '‘'
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/')
        && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static bool Closes(char opener, string text, int i)
    {
        char c = text[i];
        return opener switch
        {
            '"' => c is '"' or '”',
            '“' => c is '”' or '"' || (c == '“' && FollowedByBoundary(text, i)),
            '„' => c is '“' or '”' or '"',
            '«' => c == '»',
            '\'' or '‘' => c is '\'' or '’' && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])),
            _ => false,
        };
    }

    // A writer who types “…“ closes with the opening mark; it closes only where a closing mark can stand.
    private static bool FollowedByBoundary(string text, int i) =>
        i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || char.GetUnicodeCategory(text[i + 1]) is UnicodeCategory.OtherPunctuation;
}
