using System.Collections.Generic;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// Writes invented but realistic articles in the digest-story and wire-story formats: the mix of line
/// endings, blank lines, indentation, quotation marks, accented names and missing speakers that authored
/// articles show. Every article fits its schema's layout; a few carry validation warnings on purpose.
/// </summary>
internal sealed class ArticleWriter
{
    private readonly Prng random;
    private readonly NewsText news;
    private readonly StringBuilder scratch = new();

    public ArticleWriter(ulong seed)
    {
        random = new Prng(seed);
        news = new NewsText(random);
    }

    /// <summary>A digest story of about <paramref name="targetChars"/> characters.</summary>
    public string DigestStory(int targetChars)
    {
        var lines = new List<string> { news.Label(7, 13) };
        if (random.Chance(75))
        {
            lines.Add(news.Label(12, 18));
        }

        var tail = new List<string>();
        int sections = random.Between(0, 2);
        if (sections > 0 || random.Chance(60))
        {
            // The marker also keeps a section heading after a paragraph from reading as an attribution.
            tail.Add("Summarized by " + news.Desk());
        }

        for (int s = 0; s < sections; s++)
        {
            tail.Add(news.Label(2, 5));
            int paragraphs = random.Between(1, 3);
            for (int p = 0; p < paragraphs; p++)
            {
                tail.Add(news.Paragraph(random.Between(1, 2), scratch));
            }
        }

        if (random.Chance(60))
        {
            tail.Add("Topic in-depth");
            int links = random.Between(1, 3);
            for (int l = 0; l < links; l++)
            {
                tail.Add(news.Label(5, 9));
                if (random.Chance(70))
                {
                    tail.Add(news.Sentence(scratch));
                }

                tail.Add(news.Publication());
            }
        }

        int size = Measure(lines) + Measure(tail);
        do
        {
            size += AddBodyItem(lines, paragraphSentences: random.Between(2, 3));
        }
        while (size < targetChars);

        lines.AddRange(tail);
        return Join(lines, blankLines: random.Chance(80), lineEnd: PickLineEnd(crlfPercent: 10));
    }

    /// <summary>
    /// A wire story of about <paramref name="targetChars"/> characters in the news-corpus layout: a headline,
    /// an optional byline and dateline line, one paragraph per line, an optional end tag and copyright line.
    /// </summary>
    public string WireStory(int targetChars)
    {
        List<string> lines = WireStoryLines(targetChars);
        return Join(lines, blankLines: random.Chance(50), lineEnd: PickLineEnd(crlfPercent: 70));
    }

    /// <summary>
    /// A wire story of about <paramref name="targetChars"/> characters as wire systems send it for
    /// <c>input: paragraphs</c>: the same parts, every paragraph hard-wrapped at 64 to 76 columns, paragraphs
    /// separated by a blank line, now and then the first line of a paragraph indented as on a typewriter, the end tag
    /// on one line.
    /// </summary>
    public string WrappedWireStory(int targetChars)
    {
        List<string> paragraphs = WireStoryLines(targetChars);
        int width = random.Between(64, 76);
        string lineEnd = PickLineEnd(crlfPercent: 30);
        bool indentFirstLines = random.Chance(20);
        var builder = new StringBuilder(targetChars + targetChars / 8);
        foreach (string paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append(lineEnd).Append(lineEnd);
            }

            // Wire systems set the end tag on one line, so input: lines reads these stories too (wrongly cut, but whole).
            List<string> wrapped = paragraph[0] == '(' ? [paragraph] : HardWrap.Lines(paragraph, width);
            for (int i = 0; i < wrapped.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(lineEnd);
                }

                builder.Append(i == 0 && indentFirstLines ? "   " : string.Empty).Append(wrapped[i]);
            }
        }

        return builder.Append(lineEnd).ToString();
    }

    // The parts of a wire story in order, one string per paragraph; the caller decides the line breaks.
    private List<string> WireStoryLines(int targetChars)
    {
        var lines = new List<string> { news.Label(6, 12) + (random.Chance(10) ? "?" : string.Empty) };
        if (random.Chance(70))
        {
            lines.Add(random.Chance(60) ? "By " + news.Person() : "By " + news.Person() + " and " + news.Person() + ", Wire");
        }

        if (random.Chance(80))
        {
            lines.Add(news.Dateline());
        }

        var tail = new List<string>();
        if (random.Chance(80))
        {
            tail.Add("(Reporting by " + news.Person() + " in " + Capitalised(news.City()) + "; Editing by " + news.Person() + ")");
        }

        if (random.Chance(50))
        {
            tail.Add(random.Chance(70) ? "Copyright 2024 Wire Service. All rights reserved." : "© 2025 Wire Service");
        }

        int size = Measure(lines) + Measure(tail);
        do
        {
            string paragraph = random.Chance(25) ? news.InlineQuote(scratch) : news.Paragraph(random.Between(1, 2), scratch);
            lines.Add(paragraph);
            size += paragraph.Length + 2;
        }
        while (size < targetChars);

        lines.AddRange(tail);
        return lines;
    }

    /// <summary>
    /// A digest story of exactly <paramref name="lineCount"/> non-blank lines averaging about 100 characters:
    /// a headline, then paragraphs and two-line quotes. One line is a headline alone, which does not parse.
    /// </summary>
    public string DigestStoryOfLines(int lineCount)
    {
        var builder = new StringBuilder(lineCount * 104);
        builder.Append(news.Label(7, 13)).Append('\n');
        int written = 1;
        while (written < lineCount)
        {
            if (lineCount - written >= 2 && random.Chance(25))
            {
                builder.Append(news.Quotation(scratch)).Append('\n');
                builder.Append(news.Attribution()).Append('\n');
                written += 2;
            }
            else
            {
                builder.Append(news.Sentence(scratch)).Append('\n');
                written++;
            }
        }

        return builder.ToString();
    }

    private int AddBodyItem(List<string> lines, int paragraphSentences)
    {
        if (random.Chance(30))
        {
            string quote = news.Quotation(scratch);
            string attribution = news.Attribution();
            lines.Add(quote);
            lines.Add(attribution);
            return quote.Length + attribution.Length + 4;
        }

        string paragraph = news.Paragraph(paragraphSentences, scratch);
        lines.Add(paragraph);
        return paragraph.Length + 2;
    }

    private string PickLineEnd(int crlfPercent) => random.Chance(crlfPercent) ? "\r\n" : random.Chance(3) ? "\r" : "\n";

    private string Join(List<string> lines, bool blankLines, string lineEnd)
    {
        var builder = new StringBuilder(Measure(lines) + 64);
        if (random.Chance(2))
        {
            builder.Append('\uFEFF');
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(lineEnd);
                if (blankLines)
                {
                    builder.Append(lineEnd);
                }
            }

            // Pasted text: now and then an indent, a non-breaking space or trailing white space.
            switch (random.Between(0, 49))
            {
                case 0:
                    builder.Append("    ").Append(lines[i]);
                    break;
                case 1:
                    builder.Append('\u00A0').Append(lines[i]).Append(' ');
                    break;
                case 2:
                    builder.Append(lines[i]).Append('\t');
                    break;
                default:
                    builder.Append(lines[i]);
                    break;
            }
        }

        if (random.Chance(70))
        {
            builder.Append(lineEnd);
        }

        return builder.ToString();
    }

    private static int Measure(List<string> lines)
    {
        int size = 0;
        foreach (string line in lines)
        {
            size += line.Length + 2;
        }

        return size;
    }

    private static string Capitalised(string city)
    {
        var builder = new StringBuilder(city.Length);
        bool start = true;
        foreach (char c in city)
        {
            builder.Append(start ? c : char.ToLowerInvariant(c));
            start = c is ' ' or '\'' or '.';
        }

        return builder.ToString();
    }
}
