using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Copydesk.Text.Quotes;

namespace Copydesk.Tests.Quotes;

/// <summary>
/// The extractor scored against the test set: a found quotation is correct when its text equals an expected
/// quotation's text of the same paragraph; the speaker is scored over the correct quotations.
/// </summary>
internal sealed class QuoteSetScore
{
    public int Paragraphs { get; private set; }

    public int Expected { get; private set; }

    public int Found { get; private set; }

    public int Correct { get; private set; }

    public int ResolvedSpeakerCorrect { get; private set; }

    public int WrittenSpeakerCorrect { get; private set; }

    public int CueCorrect { get; private set; }

    public List<string> Differences { get; } = [];

    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double SpeakerAccuracy => Correct == 0 ? 1 : (double)ResolvedSpeakerCorrect / Correct;

    public double WrittenSpeakerAccuracy => Correct == 0 ? 1 : (double)WrittenSpeakerCorrect / Correct;

    public double CueAccuracy => Correct == 0 ? 1 : (double)CueCorrect / Correct;

    public static QuoteSetScore Of(IEnumerable<SetStory> stories)
    {
        var score = new QuoteSetScore();
        foreach (SetStory story in stories)
        {
            IReadOnlyList<Quotation> found = QuoteExtractor.Extract(story.Article);
            for (int p = 0; p < story.Paragraphs.Count; p++)
            {
                SetParagraph paragraph = story.Paragraphs[p];
                score.Paragraphs++;
                score.Compare(paragraph, found.Where(q => q.Paragraph == p).ToList());
            }
        }

        return score;
    }

    public string Report() => string.Create(CultureInfo.InvariantCulture, $"""
        paragraphs {Paragraphs}, expected quotations {Expected}, found {Found}, correct {Correct}
        precision {Precision:F3}  recall {Recall:F3}  speaker accuracy {SpeakerAccuracy:F3} (resolved; as written {WrittenSpeakerAccuracy:F3}; cue {CueAccuracy:F3})
        """);

    private void Compare(SetParagraph paragraph, List<Quotation> found)
    {
        Expected += paragraph.Quotes.Count;
        Found += found.Count;
        var unmatched = paragraph.Quotes.ToList();
        foreach (Quotation quotation in found)
        {
            int at = unmatched.FindIndex(e => e.Text == quotation.Text);
            if (at < 0)
            {
                Differences.Add($"{paragraph.Source}: found what nobody says: «{quotation.Text}» ({quotation.Speaker ?? "-"} | {quotation.Cue ?? "-"} | {quotation.ResolvedSpeaker ?? "-"})");
                continue;
            }

            ExpectedQuote expected = unmatched[at];
            unmatched.RemoveAt(at);
            Correct++;
            ResolvedSpeakerCorrect += expected.ResolvedSpeaker == quotation.ResolvedSpeaker ? 1 : 0;
            WrittenSpeakerCorrect += expected.Speaker == quotation.Speaker ? 1 : 0;
            CueCorrect += expected.Cue == quotation.Cue ? 1 : 0;
            if (expected.ResolvedSpeaker != quotation.ResolvedSpeaker)
            {
                Differences.Add($"{paragraph.Source}: «{quotation.Text}» resolved to {quotation.ResolvedSpeaker ?? "-"} (written {quotation.Speaker ?? "-"}, cue {quotation.Cue ?? "-"}), expected {expected.ResolvedSpeaker ?? "-"}");
            }
        }

        foreach (ExpectedQuote missed in unmatched)
        {
            Differences.Add($"{paragraph.Source}: missed «{missed.Text}»");
        }
    }

    public string DifferencesText()
    {
        var builder = new StringBuilder();
        foreach (string difference in Differences)
        {
            builder.AppendLine(difference);
        }

        return builder.ToString();
    }
}
