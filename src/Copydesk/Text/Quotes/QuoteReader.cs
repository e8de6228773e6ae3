using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>
/// Reads one article paragraph by paragraph: pairs the marks, decides which quoted spans somebody says, finds
/// each one's cue and speaker phrase, and resolves the speaker against the people named so far. Buffers are reused
/// from paragraph to paragraph.
/// </summary>
internal sealed class QuoteReader
{
    /// <summary>How far after a quotation its cue may stand, in tokens: <c>"…," the influential national daily wrote</c>.</summary>
    private const int CueReach = 12;

    private readonly List<QuoteSegment> segments = [];
    private readonly List<Token> tokens = [];
    private readonly List<Attribution> attributions = [];
    private readonly HashSet<int> quoteCues = [];
    private readonly List<int> nextOwn = [];
    private readonly SpeakerResolver resolver = new();

    // The attribution of a quotation left open at the end of the previous paragraph, which the next one may continue.
    private Resolved? open;

    // The attribution of the last quotation of the previous paragraph, for a whole-paragraph quotation with no cue.
    private Resolved? previous;

    public void Read(QuoteParagraph paragraph, int index, List<Quotation> output)
    {
        string text = paragraph.Text;
        segments.Clear();
        tokens.Clear();
        attributions.Clear();
        quoteCues.Clear();
        QuoteMarks.Find(text, segments);
        ParagraphTokens.Read(text, segments, tokens);
        MarkNicknames(text);

        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                attributions.Add(Attribute(text, k));
            }
        }

        bool continues = open is not null && attributions.Count > 0 && segments[tokens[attributions[0].Token].Segment].Open == 0;
        for (int a = 0; a < attributions.Count; a++)
        {
            Attribution attribution = attributions[a];
            attribution.Keep = Keeps(text, attribution, continues && a == 0);
            attributions[a] = attribution;
            if (attribution.Keep && attribution.HasCue)
            {
                quoteCues.Add(attribution.CueFirst);
            }
        }

        ResolveInOrder(text);
        Emit(paragraph, index, continues, output);
    }

    // Jo "The Hammer" Kelly: a short title-case quotation between two capitalised words is part of a name.
    private void MarkNicknames(string text)
    {
        for (int k = 1; k + 1 < tokens.Count; k++)
        {
            Token token = tokens[k];
            if (token.Kind == TokenKind.Quote && segments[token.Segment].Closed
                && tokens[k - 1] is { Kind: TokenKind.Word, Capitalised: true, ClauseEnd: false }
                && tokens[k + 1] is { Kind: TokenKind.Word, Capitalised: true }
                && Inner(text, segments[token.Segment]) is var inner && QuoteText.IsTitleCase(inner) && QuoteText.CountWords(inner) <= 3)
            {
                token.Kind = TokenKind.Nickname;
                tokens[k] = token;
            }
        }
    }

    private Attribution Attribute(string text, int k)
    {
        int beforeStart = k;
        while (beforeStart > 0 && tokens[beforeStart - 1].Kind != TokenKind.Quote && !tokens[beforeStart - 1].SentenceEnd)
        {
            beforeStart--;
        }

        int afterEnd = k;
        while (afterEnd + 1 < tokens.Count && tokens[afterEnd + 1].Kind != TokenKind.Quote)
        {
            afterEnd++;
            if (tokens[afterEnd].SentenceEnd)
            {
                break;
            }
        }

        var attribution = new Attribution { Token = k, CueFirst = -1, CueLast = -1, Phrase = SpeakerPhrase.None };
        int cue = -1;
        for (int i = beforeStart; i < k; i++)
        {
            int end = CueEnd(text, i);
            if (end >= 0)
            {
                cue = i;
                i = end;
            }
        }

        if (cue >= 0)
        {
            int cueEnd = CueEnd(text, cue);
            int gapStart = cueEnd + 1;
            if (IsAccordingTo(text, cue))
            {
                attribution.Phrase = SpeakerPhrases.After(text, tokens, cueEnd + 1, k - 1);
                if (attribution.Phrase.Found)
                {
                    gapStart = attribution.Phrase.Last + 1;
                }
            }
            else
            {
                attribution.Phrase = SpeakerPhrases.Subject(text, tokens, beforeStart, cue);
            }

            attribution.CueFirst = cue;
            attribution.CueLast = cueEnd;
            bool adjacent = gapStart >= k || tokens[k - 1].ColonAfter || tokens[k - 1].CommaAfter;
            attribution.Form = adjacent ? QuotationForm.Direct : QuotationForm.Partial;
            return attribution;
        }

        if (!AllowsCueAfter(text, k))
        {
            return attribution;
        }

        for (int i = k + 1; i <= Math.Min(afterEnd, k + CueReach); i++)
        {
            int end = CueEnd(text, i);
            if (end < 0)
            {
                continue;
            }

            SpeakerPhrase phrase = i == k + 1
                ? SpeakerPhrases.After(text, tokens, end + 1, afterEnd)
                : SpeakerPhrases.Between(text, tokens, k + 1, i - 1);
            if (phrase.Found)
            {
                attribution.Phrase = phrase;
                attribution.CueFirst = i;
                attribution.CueLast = end;
            }

            break;
        }

        return attribution;
    }

    // A quotation that ends its sentence with a full stop has no cue after it; one ending with a comma,
    // a question or exclamation mark, a dash or nothing at all may.
    private bool AllowsCueAfter(string text, int k)
    {
        Token token = tokens[k];
        if (token.CommaAfter || token.ColonAfter || !token.SentenceEnd)
        {
            return true;
        }

        char last = QuoteText.LastCharacter(Inner(text, segments[token.Segment]));
        return last is '?' or '!';
    }

    private bool Keeps(string text, Attribution attribution, bool continuation)
    {
        int k = attribution.Token;
        ReadOnlySpan<char> inner = Inner(text, segments[tokens[k].Segment]);
        if (QuoteText.CountWords(inner) == 0 || IsMentioned(text, k))
        {
            return false;
        }

        if (attribution.HasCue)
        {
            // A title inside a reported sentence is named, not said: He said "Night Harbour" was his best film.
            return attribution.Form == QuotationForm.Direct || !QuoteText.IsTitleCase(inner);
        }

        if (continuation)
        {
            return true;
        }

        return !QuoteText.IsTitleCase(inner) && QuoteText.IsSentenceLike(inner);
    }

    // so-called "reform", the word "affordable", known as "the Aldgate Cup", titled "Priced Out".
    private bool IsMentioned(string text, int k)
    {
        if (k == 0 || tokens[k - 1].Kind != TokenKind.Word || tokens[k - 1].ClauseEnd)
        {
            return false;
        }

        ReadOnlySpan<char> previous = tokens[k - 1].Core(text);
        if (QuoteLexicon.Is(previous, WordClass.MentionMarker))
        {
            return true;
        }

        if (previous.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return Word(text, k - 2).Equals("known", StringComparison.OrdinalIgnoreCase)
                || Word(text, k - 3).Equals("known", StringComparison.OrdinalIgnoreCase);
        }

        return QuoteLexicon.Is(previous, WordClass.MentionNoun) && QuoteLexicon.Is(Word(text, k - 2), WordClass.Determiner);
    }

    // Speakers resolve in reading order, interleaved with the names met outside quotations, so "nearest preceding"
    // means nearest in the text.
    private void ResolveInOrder(string text)
    {
        int next = NextOwnPhrase(0);
        int sentenceStart = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            while (next < attributions.Count && attributions[next].Phrase.First <= i)
            {
                Attribution attribution = attributions[next];
                string written = SpeakerPhrases.Written(text, tokens, attribution.Phrase);
                attribution.Speaker = written;
                attribution.ResolvedSpeaker = resolver.Resolve(attribution.Phrase.Kind, written, Description(text, attribution.Phrase));
                attributions[next] = attribution;
                next = NextOwnPhrase(next + 1);
            }

            Token token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                NoteMention(text, i, sentenceStart);
            }

            if (token.SentenceEnd || token.Kind == TokenKind.Quote)
            {
                sentenceStart = i + 1;
            }
        }
    }

    private int NextOwnPhrase(int from)
    {
        while (from < attributions.Count && !(attributions[from].Keep && attributions[from].Phrase.Found))
        {
            from++;
        }

        return from;
    }

    // People named outside quotations: The company's founder, Jonas Wik, was more emotional.
    private void NoteMention(string text, int i, int sentenceStart)
    {
        Token token = tokens[i];
        int cueEnd = CueEnd(text, i);
        if (cueEnd >= 0 && !IsQuoteCue(i) && !IsAccordingTo(text, i))
        {
            // The subject of reported speech: A regional official, speaking on condition of anonymity, said …
            SpeakerPhrase reporter = SpeakerPhrases.Subject(text, tokens, sentenceStart, i);
            if (reporter.Kind is SpeakerKind.Indefinite or SpeakerKind.Definite or SpeakerKind.Name)
            {
                resolver.Resolve(reporter.Kind, SpeakerPhrases.Written(text, tokens, reporter), Description(text, reporter));
            }

            return;
        }

        bool startsRun = token.Capitalised && !token.Digits && (i == 0 || tokens[i - 1] is not { Kind: TokenKind.Word, Capitalised: true } || tokens[i - 1].ClauseEnd);
        if (!startsRun)
        {
            return;
        }

        int end = i;
        while (end + 1 < tokens.Count && !tokens[end].ClauseEnd && tokens[end + 1] is { Kind: TokenKind.Word or TokenKind.Nickname } next
            && (next.Capitalised || next.Kind == TokenKind.Nickname) && !next.Digits)
        {
            end++;
        }

        if (end == i)
        {
            if (resolver.IsKnownSurname(token.Core(text)))
            {
                resolver.Mention(token.Core(text).ToString(), string.Empty);
            }

            return;
        }

        bool afterRole = i > 0 && tokens[i - 1] is { Kind: TokenKind.Word, Capitalised: false, ClauseEnd: false } && tokens[i - 1].Is(WordClass.Role);
        bool apposition = i > 0 && tokens[i - 1].CommaAfter;
        bool relative = tokens[end].CommaAfter && end + 1 < tokens.Count && Word(text, end + 1).Equals("who", StringComparison.OrdinalIgnoreCase);
        bool subject = end + 1 < tokens.Count && CueEnd(text, end + 1) >= 0;
        if (afterRole || apposition || relative || subject)
        {
            var phrase = new SpeakerPhrase(SpeakerKind.Name, i, end);
            resolver.Mention(SpeakerPhrases.Written(text, tokens, phrase), Description(text, phrase));
            return;
        }

        // Any other name: a sentence may open with a word that is no part of it (Sixteen-year-old Aditya Rao).
        int first = i;
        while (first < end && token.Kind == TokenKind.Word && tokens[first].Core(text).Contains('-'))
        {
            first++;
        }

        if (first < end)
        {
            resolver.NoteName(SpeakerPhrases.Written(text, tokens, new SpeakerPhrase(SpeakerKind.Name, first, end)));
        }
    }

    private bool IsQuoteCue(int i) => quoteCues.Contains(i);

    // The words that describe a speaker, in lower case: the phrase and the few words before it in its sentence,
    // where role words and appositions stand (Defence minister Arvid Stenberg; The company's founder, Jonas Wik).
    private string Description(string text, SpeakerPhrase phrase)
    {
        int first = phrase.First;
        int limit = Math.Max(0, phrase.First - 4);
        while (first > limit && tokens[first - 1].Kind == TokenKind.Word && !tokens[first - 1].SentenceEnd)
        {
            first--;
        }

        int start = tokens[first].Start;
        int end = tokens[phrase.Last].End;
        return text.Substring(start, end - start).ToLowerInvariant();
    }

    private void Emit(QuoteParagraph paragraph, int index, bool continues, List<Quotation> output)
    {
        string text = paragraph.Text;
        Resolved? last = null;
        int previousOwn = -1;
        FindNextOwn();
        for (int a = 0; a < attributions.Count; a++)
        {
            Attribution attribution = attributions[a];
            if (!attribution.Keep)
            {
                continue;
            }

            Resolved resolved = Attributed(text, index, a, continues && a == 0, previousOwn);

            QuoteSegment segment = segments[tokens[attribution.Token].Segment];
            int end = segment.Closed ? segment.Close + 1 : text.Length;
            output.Add(new Quotation(
                QuoteText.Clean(Inner(text, segment)),
                paragraph.Locate(segment.Open, end - segment.Open),
                index,
                attribution.Form,
                continues && a == 0,
                resolved.Speaker,
                resolved.Cue,
                resolved.ResolvedSpeaker)
            {
                AttributionParagraph = resolved.Paragraph,
            });
            last = resolved;
            open = segment.Closed ? null : resolved;
            if (attribution.Phrase.Found)
            {
                previousOwn = a;
            }
        }

        if (last is null)
        {
            open = null;
        }

        previous = last;
    }

    // Who says quotation a, first decided by its own cue and speaker phrase; without them, by the quotation it
    // continues, by another quotation of its paragraph, or, for a whole-paragraph quotation, by the previous
    // paragraph's speaker.
    private Resolved Attributed(string text, int index, int a, bool continuation, int previousOwn)
    {
        Attribution attribution = attributions[a];
        if (attribution.Phrase.Found)
        {
            return new Resolved(attribution.Speaker, CueText(text, attribution), attribution.ResolvedSpeaker, index);
        }

        if (continuation && open is { } carried)
        {
            return carried;
        }

        if (Carried(text, index, a, previousOwn) is { } shared)
        {
            return shared;
        }

        bool wholeParagraph = segments[tokens[attribution.Token].Segment].Open == 0;
        return wholeParagraph && previous?.ResolvedSpeaker is { } speaker
            ? new Resolved(null, CueText(text, attribution), speaker, previous.Paragraph)
            : new Resolved(null, CueText(text, attribution), null, null);
    }

    // A quotation with no cue of its own in a paragraph that attributes another: "Six years," he said. "Six years, and …"
    // The nearest attributed quotation before it wins, else the nearest after it; one pass from the end finds those.
    private Resolved? Carried(string text, int index, int a, int previousOwn)
    {
        int source = previousOwn >= 0 ? previousOwn : nextOwn[a];
        return source < 0 ? null : new Resolved(attributions[source].Speaker, CueText(text, attributions[source]), attributions[source].ResolvedSpeaker, index);
    }

    private void FindNextOwn()
    {
        nextOwn.Clear();
        int next = -1;
        for (int a = attributions.Count - 1; a >= 0; a--)
        {
            nextOwn.Add(next);
            if (attributions[a].Keep && attributions[a].Phrase.Found)
            {
                next = a;
            }
        }

        nextOwn.Reverse();
    }

    private string? CueText(string text, Attribution attribution)
    {
        if (attribution.CueFirst < 0)
        {
            return null;
        }

        int start = tokens[attribution.CueFirst].Start;
        int end = tokens[attribution.CueLast].End;
        return QuoteText.Normalise(text.AsSpan(start, end - start)).ToLowerInvariant();
    }

    /// <summary>The last token of the cue that starts at token <paramref name="i"/>, or -1 when no cue starts there.</summary>
    private int CueEnd(string text, int i)
    {
        Token token = tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return -1;
        }

        ReadOnlySpan<char> word = token.Core(text);
        if (token.Is(WordClass.CuePairFirst) && i + 1 < tokens.Count && !token.ClauseEnd && tokens[i + 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> second = tokens[i + 1].Core(text);
            foreach ((string first, string then) in QuoteLexicon.CuePairs)
            {
                if (word.Equals(first, StringComparison.OrdinalIgnoreCase) && second.Equals(then, StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }
        }

        if (token.Capitalised || !token.Is(WordClass.Cue))
        {
            return -1;
        }

        bool audience = token.Is(WordClass.Tell) && !token.ClauseEnd && i + 1 < tokens.Count
            && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Is(WordClass.Audience);
        return audience ? i + 1 : i;
    }

    private bool IsAccordingTo(string text, int i) => Word(text, i).Equals("according", StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Word(string text, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word ? tokens[i].Core(text) : [];

    private static ReadOnlySpan<char> Inner(string text, QuoteSegment segment)
    {
        int end = segment.Closed ? segment.Close : text.Length;
        return text.AsSpan(segment.Open + 1, Math.Max(0, end - segment.Open - 1));
    }

    /// <summary>What the reader decided about one quoted span.</summary>
    private struct Attribution
    {
        public int Token;
        public bool Keep;
        public QuotationForm Form;
        public SpeakerPhrase Phrase;
        public int CueFirst;
        public int CueLast;
        public string? Speaker;
        public string? ResolvedSpeaker;

        public readonly bool HasCue => CueFirst >= 0;
    }

    // Paragraph: where the words that attribute the quotation stand; null when nothing attributes it.
    private sealed record Resolved(string? Speaker, string? Cue, string? ResolvedSpeaker, int? Paragraph);
}
