using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// Writes invented but realistic Markdown blog posts as Hugo, Jekyll and Astro sites keep them: YAML front matter in
/// each generator's conventions (Hugo's <c>2025-05-12T10:00:00+02:00</c>, Jekyll's <c>2023-11-02 07:15:00 +0100</c>,
/// a plain date), then an optional title heading and a body of hard-wrapped paragraphs with emphasis, code spans and
/// links, section headings, nested bulleted and numbered lists, block quotes, fenced and indented code, images,
/// pipe tables, thematic breaks and HTML comments. Every post fits schemas/blog-post.schema.yaml.
/// </summary>
internal sealed class BlogWriter
{
    private static readonly string[] Tags =
    [
        "transport", "harbour", "council", "housing", "schools", "weather", "budget", "energy", "health", "culture",
        "cycling", "libraries", "elections", "water", "parks", "dotnet", "markdown", "release-notes", "how-to", "data",
    ];

    private static readonly string[] Sites =
    [
        "https://example.org/news/", "https://council.example.gov/minutes/", "https://www.example.com/blog/", "https://data.example.net/sets/",
    ];

    private static readonly string[] Languages = ["csharp", "bash", "yaml", "json", "python", "text"];

    private static readonly string[][] CodeLines =
    [
        ["var result = BlogPost.Parse(File.ReadAllText(path));", "if (!result.Succeeded)", "{", "    foreach (var issue in result.Issues)", "    {", "        Console.Error.WriteLine(issue);", "    }", "}"],
        ["dotnet tool install --global copydesk", "copydesk check schemas/*.schema.yaml", "copydesk units posts/ferry.md --format json | jq '.[].kind'"],
        ["timetable:", "  - leaves: \"22:00\"", "    arrives: \"22:40\"", "  - leaves: \"22:40\"", "    arrives: \"23:20\""],
        ["{", "  \"route\": \"Kessel-Arnhaven\",", "  \"boats\": 3,", "  \"night\": true", "}"],
        ["import csv", "", "with open(\"counts.csv\") as f:", "    rows = list(csv.DictReader(f))", "print(sum(int(r[\"riders\"]) for r in rows))"],
        ["ROUTE      LEAVES  ARRIVES", "Kessel     22:00   22:40", "Arnhaven   22:50   23:30"],
    ];

    private readonly Prng random;
    private readonly NewsText news;
    private readonly StringBuilder scratch = new();
    private StringBuilder post = new();
    private string lineEnd = "\n";
    private int width = 72;

    public BlogWriter(ulong seed)
    {
        random = new Prng(seed);
        news = new NewsText(random);
    }

    /// <summary>A post of about <paramref name="targetChars"/> characters.</summary>
    public string Post(int targetChars)
    {
        post = new StringBuilder(targetChars + 512);
        lineEnd = random.Chance(15) ? "\r\n" : "\n";
        width = random.Between(66, 80);
        string title = news.Label(4, 10);
        FrontMatter(title);
        if (random.Chance(60))
        {
            Line("# " + title).Blank();
        }

        Paragraph(random.Between(2, 3));
        if (random.Chance(25))
        {
            // Hugo's summary divider.
            Line("<!--more-->").Blank();
        }

        while (post.Length < targetChars)
        {
            BodyBlock();
        }

        if (random.Chance(30))
        {
            Line(random.Chance(50) ? "---" : "***").Blank();
            Line("*Updated " + Date() + ": " + news.Sentence(scratch).ToLowerInvariant() + "*");
        }

        return post.ToString();
    }

    private void FrontMatter(string title)
    {
        Line("---");
        switch (random.Between(0, 9))
        {
            case < 4:
                // Hugo: quoted strings, an ISO 8601 date and time with its offset, flow lists.
                Line("title: \"" + title + "\"");
                Line("date: " + Date() + "T" + Time() + Offset(colon: true));
                Line("draft: " + (random.Chance(10) ? "true" : "false"));
                Line("tags: [" + string.Join(", ", TagList(quoted: true)) + "]");
                Line("author: \"" + news.Person() + "\"");
                if (random.Chance(70))
                {
                    Line("description: \"" + news.Sentence(scratch) + "\"");
                }

                break;
            case < 8:
                // Jekyll: a layout, a date and time with a space and an offset without a colon, categories as words.
                Line("layout: post");
                Line("title:  \"" + title + "\"");
                Line("date:   " + Date() + " " + Time() + " " + Offset(colon: false));
                Line("categories: " + random.Pick(Tags) + " " + random.Pick(Tags));
                Line("tags: [" + string.Join(", ", TagList(quoted: false)) + "]");
                Line("author: " + news.Person());
                break;
            default:
                // Astro and plain sites: a date alone, block lists, an image.
                Line("title: " + title);
                Line("date: " + Date());
                Line("tags:");
                foreach (string tag in TagList(quoted: false))
                {
                    Line("  - " + tag);
                }

                Line("image: https://example.org/images/" + random.Pick(Tags) + ".jpg");
                break;
        }

        Line("---").Blank();
    }

    private void BodyBlock()
    {
        switch (random.Between(0, 19))
        {
            case < 3:
                Line(new string('#', random.Chance(80) ? 2 : 3) + " " + news.Label(2, 6)).Blank();
                break;
            case < 9:
                Paragraph(random.Between(1, 3));
                break;
            case < 12:
                List(ordered: random.Chance(35), depth: 0);
                Blank();
                break;
            case < 14:
                Quote();
                break;
            case < 16:
                Code();
                break;
            case 16:
                Line("![" + news.Label(3, 7) + "](/images/" + random.Pick(Tags) + "-" + random.Between(1, 40).ToString(CultureInfo.InvariantCulture) + ".jpg)").Blank();
                break;
            case 17:
                Table();
                break;
            default:
                Paragraph(1);
                break;
        }
    }

    private void Paragraph(int sentences)
    {
        foreach (string line in HardWrap.Lines(Marked(news.Paragraph(sentences, scratch)), width))
        {
            Line(line);
        }

        Blank();
    }

    private void List(bool ordered, int depth)
    {
        int items = random.Between(2, 5);
        string indent = new(' ', depth * (ordered ? 3 : 2));
        for (int i = 1; i <= items; i++)
        {
            string marker = ordered ? i.ToString(CultureInfo.InvariantCulture) + ". " : random.Chance(80) ? "- " : "* ";
            List<string> wrapped = HardWrap.Lines(Marked(random.Chance(50) ? news.Label(3, 8) : news.Sentence(scratch)), width - indent.Length - marker.Length);
            Line(indent + marker + wrapped[0]);
            for (int w = 1; w < wrapped.Count; w++)
            {
                Line(indent + new string(' ', marker.Length) + wrapped[w]);
            }

            if (depth < 2 && random.Chance(15))
            {
                List(ordered: random.Chance(30), depth: depth + 1);
            }
        }
    }

    private void Quote()
    {
        string text = news.Quotation(scratch) + " " + news.Attribution();
        foreach (string line in HardWrap.Lines(text, width - 2))
        {
            Line("> " + line);
        }

        Blank();
    }

    private void Code()
    {
        string[] lines = random.Pick(CodeLines);
        if (random.Chance(20))
        {
            // Indented code, as older posts write it.
            foreach (string line in lines)
            {
                Line(line.Length == 0 ? string.Empty : "    " + line);
            }
        }
        else
        {
            Line("```" + random.Pick(Languages));
            foreach (string line in lines)
            {
                Line(line);
            }

            Line("```");
        }

        Blank();
    }

    private void Table()
    {
        Line("| Route | Leaves | Arrives | Riders |");
        Line("| --- | :---: | :---: | ---: |");
        int rows = random.Between(2, 6);
        for (int r = 0; r < rows; r++)
        {
            int hour = random.Between(6, 23);
            Line("| " + news.City() + " | " + Clock(hour, random.Between(0, 5) * 10) + " | " + Clock(hour, 50) + " | " + random.Between(12, 900).ToString(CultureInfo.InvariantCulture) + " |");
        }

        Blank();
    }

    // Inline markup on a few words: strong and emphasised phrases, code spans and links, as writers use them.
    private string Marked(string text)
    {
        string[] words = text.Split(' ');
        var builder = new StringBuilder(text.Length + 64);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            string word = words[i];
            bool plain = word.Length < 4 || !char.IsLetter(word[^1]);
            switch (plain ? 99 : random.Between(0, 39))
            {
                case 0:
                    builder.Append("**").Append(word).Append("**");
                    break;
                case 1:
                    builder.Append('*').Append(word).Append('*');
                    break;
                case 2:
                    builder.Append('`').Append(word).Append('`');
                    break;
                case 3:
                    builder.Append('[').Append(word).Append("](").Append(random.Pick(Sites)).Append(word.ToLowerInvariant()).Append(')');
                    break;
                default:
                    builder.Append(word);
                    break;
            }
        }

        return builder.ToString();
    }

    private IEnumerable<string> TagList(bool quoted)
    {
        int count = random.Between(1, 4);
        for (int i = 0; i < count; i++)
        {
            string tag = random.Pick(Tags);
            yield return quoted ? "\"" + tag + "\"" : tag;
        }
    }

    private string Date() => random.Between(2019, 2025).ToString(CultureInfo.InvariantCulture) + "-" + Two(random.Between(1, 12)) + "-" + Two(random.Between(1, 28));

    private string Time() => Two(random.Between(0, 23)) + ":" + Two(random.Between(0, 59)) + ":00";

    private string Offset(bool colon)
    {
        int hours = random.Between(-5, 3);
        string sign = hours < 0 ? "-" : "+";
        return sign + Two(System.Math.Abs(hours)) + (colon ? ":" : string.Empty) + "00";
    }

    private static string Clock(int hour, int minute) => Two(hour) + ":" + Two(minute);

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private BlogWriter Line(string text)
    {
        post.Append(text).Append(lineEnd);
        return this;
    }

    private void Blank() => post.Append(lineEnd);
}
