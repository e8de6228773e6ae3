using System;
using System.Text;

namespace Copydesk.Corpus;

/// <summary>
/// Families of realistic news lines: sentences, headlines, headings, attributions, quotes, bylines, datelines,
/// agency tags, copyright notices, source names and odd lines. Each family mixes typical lines with the edge cases
/// line classes and value parsers must get right (closing quotes after the full stop, dashes, NBSP, lower-case
/// speakers, non-ASCII names, very long lines).
/// </summary>
public static class NewsText
{
    private static readonly string[] FirstNames =
    [
        "Ana", "Li", "Priya", "Tomás", "Dana", "Omar", "Karen", "Jonas", "Hannah", "Zoë", "Øyvind", "Mateo",
        "Aisha", "Kwame", "Sofía", "Nguyễn", "Élodie", "Ivan", "Mei", "Abu", "Fatima", "Lars", "Chloé", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Ruiz", "Wei", "Natarajan", "Ferreira", "Whitfield", "Haddad", "Lindqvist", "Berg", "Oyelaran", "Saif",
        "Müller", "O'Brien", "Okafor", "García", "Van Dyke", "Kowalski", "Ishikawa", "Dubois", "Petrov", "Al-Masri",
    ];

    private static readonly string[] Titles = ["Mayor", "Councillor", "Dr.", "Professor", "Trustee", "Minister", "Chief", "Judge", "Senator", "4H"];

    private static readonly string[] Subjects =
    [
        "The city council", "Residents", "The ministry", "Officials", "The company", "Rescue teams", "The court",
        "Farmers in the valley", "The union", "Investors", "The school board", "Police", "The central bank",
        "Volunteers", "The ferry operator", "Health workers", "The museum", "Engineers",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "rejected", "announced", "postponed", "criticised", "welcomed", "investigated", "reopened",
        "raised", "cut", "extended", "suspended", "completed", "proposed", "defended", "delayed",
    ];

    private static readonly string[] Objects =
    [
        "the budget", "a new bridge", "the ferry timetable", "plans for a solar farm", "the strike",
        "the renovation of the library", "a $14.6 million loan", "rules on short-term rentals", "the harvest forecast",
        "the 1912 building", "school bus routes", "a 12 000-seat stadium", "water restrictions", "the peace talks",
    ];

    private static readonly string[] Times =
    [
        "on Tuesday", "last week", "after a two-hour debate", "before the election", "in a late-night vote",
        "for the third time this year", "despite protests", "on Feb. 9", "at 8 p.m.", "in 2021", "",
    ];

    private static readonly string[] Places =
    [
        "OSLO", "LIMA", "NAIROBI", "SÃO PAULO", "NEW YORK", "BRUSSELS", "MANILA", "ACCRA", "HANOI", "QUÉBEC", "ST. JOHN'S", "BAGHDAD",
    ];

    private static readonly string[] Countries = ["Kenya", "Peru", "Norway", "Brazil", "Feb. 9", "March 3", "Jan 12", "Belgium"];

    private static readonly string[] Agencies = ["Reuters", "AP", "AFP", "dpa", "Kyodo", "EFE", "ANSA"];

    private static readonly string[] Publications =
    [
        "Riverside Courier", "Valley Weekly", "Heritage Review", "The Morning Ledger", "Metro Desk", "Reuters",
        "Harbour Gazette", "City Bureau", "Le Monde", "Politics Desk",
    ];

    private static readonly string[] HeadlineWords =
    [
        "Council", "Approves", "Bridge", "Plan", "Ferry", "Strike", "Ends", "After", "Talks", "Library", "Reopens",
        "Budget", "Cuts", "Hit", "Schools", "Storm", "Leaves", "Thousands", "Without", "Power", "Harvest", "Vote",
        "Delayed", "Again", "Rents", "Soar", "in", "the", "for", "of", "as", "U.S.", "EU", "2024", "Why", "How",
    ];

    private static readonly string[] Contexts =
    [
        "a 47-year-old resident contacted by AFP", "head librarian, speaking at the ribbon cutting", "in a statement",
        "who chairs the committee", "speaking after the vote", "in a video briefing from Baghdad, Iraq",
        "site foreman for Halden Construction", "according to the county's inspection office", "told reporters",
    ];

    private static readonly (string Open, string Close)[] QuotePairs =
    [
        ("\"", "\""), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("« ", " »"), ("'", "'"), ("“", "\""),
    ];

    private static readonly string[] SentenceEnds = [".", ".", ".", ".", "!", "?", "…", ".\"", ".”", ".)", ".'", "?”", "..."];

    private static readonly string[] Dashes = ["—", "–", "―", "-"];

    private static readonly string[] Oddities =
    [
        "2024", "—", "…", "N/A", "###", "* * *", "Ünïcödé ✓ test", "مرحبا بالعالم", "東京 2024", "(", ")", "\"\"",
        "Photo: Reuters", "Advertisement", "READ MORE:", "Update 2", "e", "A", "--", "© ", "By", "BY",
    ];

    /// <summary>A family of lines.</summary>
    public enum Family
    {
        /// <summary>A sentence ending with <c>. ! ? …</c>, sometimes followed by a closing quote or bracket.</summary>
        Sentence,

        /// <summary>A headline: title-case words, usually no full stop; sometimes very long.</summary>
        Headline,

        /// <summary>A short heading of one to six words.</summary>
        Heading,

        /// <summary>A credit line: dash or not, speaker or not, context or not.</summary>
        Attribution,

        /// <summary>A quoted sentence with one of many quotation mark pairs.</summary>
        Quote,

        /// <summary>A byline such as <c>By Ana Ruiz</c>, and lookalikes.</summary>
        Byline,

        /// <summary>A dateline such as <c>OSLO, Feb. 9 (Reuters) -</c>, and lookalikes.</summary>
        Dateline,

        /// <summary>An agency end tag such as <c>(Reporting by Ana Ruiz; Editing by Li Wei)</c>, and lookalikes.</summary>
        EndTag,

        /// <summary>A copyright notice, and lookalikes.</summary>
        Copyright,

        /// <summary>A publication name.</summary>
        Source,

        /// <summary>The furniture of a press release: release lines, dateline leads with a year, contact blocks, end marks, and lookalikes.</summary>
        Release,

        /// <summary>Short or strange lines: numbers, symbols, other scripts.</summary>
        Oddity,
    }

    /// <summary>Every family.</summary>
    public static readonly Family[] Families = Enum.GetValues<Family>();

    /// <summary>Writes a line of <paramref name="family"/>.</summary>
    public static string Line(Family family, Random random) => family switch
    {
        Family.Sentence => Sentence(random),
        Family.Headline => Headline(random),
        Family.Heading => Heading(random),
        Family.Attribution => Attribution(random),
        Family.Quote => Quote(random),
        Family.Byline => Byline(random),
        Family.Dateline => Dateline(random),
        Family.EndTag => EndTag(random),
        Family.Copyright => Copyright(random),
        Family.Source => Pick(random, Publications),
        Family.Release => Release(random),
        _ => Pick(random, Oddities),
    };

    /// <summary>A person's name, sometimes with a title, sometimes three words long.</summary>
    public static string Name(Random random)
    {
        string name = Pick(random, FirstNames) + " " + Pick(random, LastNames);
        return random.Next(5) switch
        {
            0 => Pick(random, Titles) + " " + name,
            1 => name + "-" + Pick(random, LastNames),
            _ => name,
        };
    }

    /// <summary>One or more sentences; now and then longer than 2,000 characters.</summary>
    public static string Sentence(Random random)
    {
        int count = random.Next(100) switch
        {
            0 => 30,
            < 70 => 1,
            < 90 => 2,
            _ => 3,
        };
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(20) == 0 ? "\u00A0 " : " ");
            }

            string time = Pick(random, Times);
            builder.Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Verbs)).Append(' ').Append(Pick(random, Objects));
            if (time.Length > 0)
            {
                builder.Append(' ').Append(time);
            }

            if (random.Next(4) == 0)
            {
                builder.Append(", ").Append(Pick(random, Contexts));
            }

            builder.Append(i == count - 1 ? Pick(random, SentenceEnds) : ".");
        }

        return builder.ToString();
    }

    /// <summary>A title-case headline; sometimes over 120 or 150 characters, sometimes ending like a sentence.</summary>
    public static string Headline(Random random)
    {
        int words = random.Next(10) == 0 ? 22 + random.Next(12) : 3 + random.Next(10);
        var builder = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Pick(random, HeadlineWords));
        }

        builder.Append(random.Next(12) switch
        {
            0 => ".",
            1 => "?",
            2 => ":",
            3 => "..",
            4 => " (Updated)",
            _ => string.Empty,
        });
        return builder.ToString();
    }

    /// <summary>One to six words, no full stop; sometimes seven words or a trailing full stop.</summary>
    public static string Heading(Random random)
    {
        int words = random.Next(12) == 0 ? 7 : 1 + random.Next(6);
        var builder = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            string word = Pick(random, HeadlineWords);
            builder.Append(i == 0 ? word : word.ToLowerInvariant());
        }

        if (random.Next(15) == 0)
        {
            builder.Append('.');
        }

        return builder.ToString();
    }

    /// <summary>An attribution: <c>— Priya Natarajan, head librarian</c>, <c>according to officials</c>, <c>— Brennan</c>.</summary>
    public static string Attribution(Random random)
    {
        string dash = random.Next(3) == 0 ? string.Empty : Pick(random, Dashes) + (random.Next(6) == 0 ? string.Empty : " ");
        string body = random.Next(10) switch
        {
            0 => Pick(random, Contexts),
            1 => Pick(random, LastNames),
            2 => Name(random).ToUpperInvariant(),
            3 => Name(random) + " " + Pick(random, Contexts),
            4 => Name(random),
            5 => Name(random) + ", " + Pick(random, Contexts) + ".",
            _ => Name(random) + ", " + Pick(random, Contexts),
        };
        return dash + body;
    }

    /// <summary>A quoted sentence; sometimes the full stop stands outside the quotation marks.</summary>
    public static string Quote(Random random)
    {
        var (open, close) = Pick(random, QuotePairs);
        string sentence = Sentence(random);
        return random.Next(8) == 0 ? open + sentence.TrimEnd('.', '!', '?', '…', '"', '”', ')', '\'') + close + "." : open + sentence + close;
    }

    /// <summary>A byline, or something that looks like one.</summary>
    public static string Byline(Random random) => random.Next(9) switch
    {
        0 => "BY " + Name(random).ToUpperInvariant() + " and " + Name(random).ToUpperInvariant() + ", " + Pick(random, Agencies),
        1 => "By staff",
        2 => "by " + Name(random),
        3 => "Byline " + Name(random),
        4 => "By " + Name(random) + ".",
        5 => "By  " + Name(random) + " and " + Name(random) + " in " + Pick(random, Places) + " for " + Pick(random, Agencies) + " news",
        _ => "By " + Name(random),
    };

    /// <summary>A dateline, or something that looks like one.</summary>
    public static string Dateline(Random random)
    {
        string place = Pick(random, Places);
        string dash = random.Next(6) == 0 ? "--" : Pick(random, Dashes);
        return random.Next(8) switch
        {
            0 => place + " (" + Pick(random, Agencies) + ") " + dash,
            1 => place + ", " + Pick(random, Countries) + " " + dash,
            2 => place + ", " + Pick(random, Countries) + " (" + Pick(random, Agencies) + ") " + dash,
            3 => place[..1] + place[1..].ToLowerInvariant() + " (" + Pick(random, Agencies) + ") " + dash,
            4 => place + " (" + Pick(random, Agencies) + ")",
            5 => place + dash,
            6 => place + ", " + Pick(random, Countries) + " (" + Pick(random, Agencies) + ") " + dash + " " + Sentence(random),
            _ => place + ", " + Pick(random, Countries) + " (" + Pick(random, Agencies) + ") " + dash,
        };
    }

    /// <summary>A line of a press release's furniture, or something that looks like one.</summary>
    public static string Release(Random random)
    {
        string year = (1990 + random.Next(36)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(9) switch
        {
            0 => "FOR IMMEDIATE RELEASE",
            1 => "EMBARGOED UNTIL 09:00 GMT, " + random.Next(1, 29) + " May " + year,
            2 => "Media contact: " + Name(random) + " press@example.org",
            3 => "Contact: " + Name(random) + ", +47 555 01 " + random.Next(100, 999),
            4 => Pick(random, ["###", "# # #", "-30-", "ENDS"]),
            5 => "About " + Pick(random, Publications),
            _ => Pick(random, Places) + ", " + Pick(random, Countries) + ", May " + random.Next(1, 29) + ", " + year + " " + (random.Next(2) == 0 ? "--" : Pick(random, Dashes)) + " " + Sentence(random),
        };
    }

    /// <summary>An agency end tag, or something that looks like one.</summary>
    public static string EndTag(Random random) => random.Next(7) switch
    {
        0 => "(Writing by " + Name(random),
        1 => "(Compiled by " + Pick(random, Publications) + ")",
        2 => "(Additional reporting by " + Name(random) + ")",
        3 => "(Reported by " + Name(random) + ")",
        4 => "(Editing by " + Name(random) + ") ",
        _ => "(Reporting by " + Name(random) + "; Editing by " + Name(random) + ")",
    };

    /// <summary>A copyright notice, or something that looks like one.</summary>
    public static string Copyright(Random random)
    {
        string year = (1990 + random.Next(36)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string agency = Pick(random, Agencies);
        return random.Next(8) switch
        {
            0 => "© " + year + " " + agency,
            1 => "(c) " + agency,
            2 => "(C) " + year + " " + agency + ". All rights reserved.",
            3 => "COPYRIGHT © " + agency,
            4 => "copyright (c) " + year,
            5 => "Copyrighted material of " + agency,
            6 => "Copyright " + agency,
            _ => "Copyright " + year + " " + agency + ". All rights reserved.",
        };
    }

    /// <summary>Varies the case of <paramref name="text"/>: as written, upper, lower, or letter by letter.</summary>
    public static string VaryCase(string text, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return text.ToUpperInvariant();
            case 1:
                return text.ToLowerInvariant();
            case 2:
                var chars = text.ToCharArray();
                for (int i = 0; i < chars.Length; i++)
                {
                    if (random.Next(2) == 0)
                    {
                        chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
                    }
                }

                return new string(chars);
            default:
                return text;
        }
    }

    /// <summary>A random item of <paramref name="items"/>.</summary>
    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
