using System.Globalization;
using System.Text;

namespace Copydesk.Benchmarks.Corpus;

/// <summary>
/// Builds the lines of invented news articles from phrase lists: sentences for paragraphs, quotations,
/// attributions, headlines and headings. Everything comes from the <see cref="Prng"/>, so a seed fixes the text.
/// </summary>
internal sealed class NewsText(Prng random)
{
    private static readonly string[] Subjects =
    [
        "The city council", "Officials at the port authority", "Residents of the eastern district", "The regional transport agency",
        "A coalition of local businesses", "The school board", "Hospital managers", "The national weather service",
        "Farmers in the river valley", "The state auditor", "Volunteers from the food bank", "The harbour master",
        "Engineers working on the bridge", "The university's research team", "Police in the old town", "The housing cooperative",
        "Members of the parish council", "The energy regulator", "Organisers of the autumn marathon", "The museum's board of trustees",
        "Nurses at the Riverside clinic", "The ferry operator", "Parents at Northfield Primary", "The parks department",
    ];

    private static readonly string[] Verbs =
    [
        "approved", "postponed", "announced", "rejected", "published", "defended", "unveiled", "questioned",
        "signed off on", "scaled back", "called for", "began work on", "voted against", "promised to review",
        "set aside money for", "warned about", "asked residents to comment on", "quietly shelved",
    ];

    private static readonly string[] Objects =
    [
        "a {money} plan to repair the harbour wall", "new evening opening hours for the library", "the long-delayed cycle lane on Mill Road",
        "a {number}-page report on flood defences", "changes to the night bus timetable", "a proposal to close two branch schools",
        "a pilot scheme for free school meals", "the budget for road repairs", "plans for {number} affordable homes near the station",
        "a ban on cars outside the primary school at drop-off time", "the sale of the former fire station", "a review of parking charges",
        "a {money} contract for new ferries", "rules on short-term holiday rentals", "the expansion of the recycling centre",
        "a study of air quality along the ring road", "a temporary ban on fishing in the bay", "the merger of two hospital trusts",
    ];

    private static readonly string[] Clauses =
    [
        "on Tuesday", "after months of delays", "despite objections from neighbours", "in a vote of {small} to {small}",
        "at a packed public meeting", "earlier this week", "following a consultation that drew {number} responses",
        "before the end of the financial year", "after an independent survey found serious faults", "on Monday evening",
        "for the first time since {year}", "amid concern about rising costs", "in a statement released late on Friday",
        "after a heated two-hour debate", "as part of a wider review of spending", "ahead of the winter season",
    ];

    private static readonly string[] Followers =
    [
        "The decision affects about {number} households in the area.", "Work is expected to start in {month} and take {small} months.",
        "Critics said the figures had not been checked independently.", "A final vote is due in {month}.",
        "The project had been on hold since {year}.", "Supporters described the move as overdue.",
        "It is the {ordinal} time the scheme has come before the committee.", "The cost will be shared with the regional government.",
        "Residents can comment on the plans until {month} {day}.", "Nobody from the contractor was available for comment.",
        "The figures were published on the council's website.", "About {number} people signed a petition against the change.",
        "Officials said the timetable could still slip.", "The last comparable scheme cost {money} and ran two years late.",
        "Shops along the high street are expected to benefit.", "The committee will review the results in {year}.",
    ];

    private static readonly string[] QuoteOpeners =
    [
        "We have waited long enough for this.", "Nobody asked the people who actually live here.", "This is good news for every family on the estate.",
        "The numbers simply do not add up.", "We will keep the service running through the winter.", "I have never seen the harbour this busy.",
        "It felt like the whole town turned out.", "We are asking for patience while the work is done.", "There is still a lot we do not know.",
        "Safety has to come first.", "This was a difficult decision for everyone on the board.", "We expect to reopen before the summer.",
    ];

    private static readonly string[] QuoteFollowers =
    [
        "We will publish every figure as soon as we have it.", "People deserve a straight answer.", "The building finally works for people who cannot climb stairs.",
        "I hope the council listens this time.", "It will take years to put right.", "We are proud of what the volunteers have done.",
        "Nobody should have to wait that long for a bus.", "The next step is up to the regional government.", "We did not see it coming!",
        "Can anyone explain why the costs doubled?", "Our members voted for it by a wide margin.", "The river has been rising all week.",
    ];

    private static readonly string[] FirstNames =
    [
        "Priya", "Tomás", "Dana", "Kwame", "Ingrid", "Mateo", "Aisha", "Lars", "Chloé", "Wei", "Fatima", "Oskar",
        "Nadia", "Jonas", "Amara", "Luca", "Sinéad", "Rafael", "Hana", "Emeka", "Zofia", "Malik", "Elif", "Pierre",
    ];

    private static readonly string[] LastNames =
    [
        "Natarajan", "Ferreira", "Whitfield", "Mensah", "Lindqvist", "Álvarez", "Rahman", "Okafor", "Kowalska", "Chen",
        "O'Brien", "Haddad", "Novak", "Dubois", "Yilmaz", "Moreau", "Schmidt", "Adeyemi", "Costa", "Nakamura",
    ];

    private static readonly string[] Roles =
    [
        "head librarian", "chair of the planning committee", "a spokesperson for the port authority", "site foreman for Halden Construction",
        "a resident of Mill Road for 30 years", "speaking at the ribbon cutting", "the council's finance director", "a nurse at the clinic",
        "who runs a bakery on the high street", "president of the fishermen's association", "in a statement", "a parent of two pupils",
        "the harbour master", "director of the regional transport agency", "a volunteer at the food bank", "speaking after the vote",
    ];

    private static readonly string[] HeadlineParts =
    [
        "Council", "approves", "harbour", "repairs", "after", "storm", "damage", "Riverside", "library", "reopens", "with",
        "rooftop", "garden", "ferry", "timetable", "cut", "for", "winter", "school", "board", "delays", "vote", "on",
        "closures", "night", "buses", "return", "to", "old", "town", "flood", "defences", "fall", "short", "of", "target",
        "bridge", "works", "enter", "final", "phase", "parking", "charges", "rise", "in", "city", "centre", "marathon", "route",
    ];

    private static readonly string[] Desks = ["Metro Desk", "the regional desk", "Ana Lucía Reyes", "Harbour Bureau", "Weekend Team", "Tom Achterberg"];

    private static readonly string[] Publications =
    [
        "Riverside Courier", "Valley Weekly", "Heritage Review", "The Harbour Gazette", "Northfield Post", "Metro Evening News", "Coastal Herald",
    ];

    private static readonly string[] DatelineDates = ["Jan. 14", "Feb. 9", "March 3", "May 21", "Oct. 7", "Nov. 30"];

    private static readonly string[] Countries = ["Poland", "Brazil", "Chad", "Portugal", "Kenya", "Norway", "Canada", "Scotland"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"];

    private static readonly string[] Ordinals = ["second", "third", "fourth", "fifth"];

    private static readonly string[] Cities = ["WARSAW", "SAO PAULO", "ST. LOUIS", "N'DJAMENA", "LISBON", "NAIROBI", "OSLO", "HALIFAX", "PORTO ALEGRE", "DUNDEE"];

    private readonly Prng random = random;

    /// <summary>One sentence of a news paragraph, ending with a full stop.</summary>
    public string Sentence(StringBuilder scratch)
    {
        scratch.Clear();
        Fill(scratch, random.Pick(Subjects));
        scratch.Append(' ');
        Fill(scratch, random.Pick(Verbs));
        scratch.Append(' ');
        Fill(scratch, random.Pick(Objects));
        scratch.Append(' ');
        Fill(scratch, random.Pick(Clauses));
        scratch.Append('.');
        return scratch.ToString();
    }

    /// <summary>A paragraph line of <paramref name="sentences"/> sentences.</summary>
    public string Paragraph(int sentences, StringBuilder scratch)
    {
        var line = new StringBuilder(Sentence(scratch));
        for (int i = 1; i < sentences; i++)
        {
            line.Append(' ');
            if (random.Chance(50))
            {
                line.Append(Sentence(scratch));
            }
            else
            {
                scratch.Clear();
                Fill(scratch, random.Pick(Followers));
                line.Append(scratch);
            }
        }

        return line.ToString();
    }

    /// <summary>A quotation line in straight or typographic quotation marks.</summary>
    public string Quotation(StringBuilder scratch)
    {
        string inner = random.Pick(QuoteOpeners) + " " + random.Pick(QuoteFollowers);
        scratch.Clear();
        _ = random.Between(0, 2) switch
        {
            0 => scratch.Append('"').Append(inner).Append('"'),
            1 => scratch.Append('“').Append(inner).Append('”'),
            _ => scratch.Append('«').Append(inner).Append('»'),
        };
        return scratch.ToString();
    }

    /// <summary>A wire paragraph that quotes someone inline: <c>“…,” said Name, role.</c></summary>
    public string InlineQuote(StringBuilder scratch)
    {
        string opener = random.Pick(QuoteOpeners);
        scratch.Clear();
        scratch.Append(random.Chance(50) ? '“' : '"').Append(opener, 0, opener.Length - 1).Append(',').Append(random.Chance(50) ? '”' : '"')
            .Append(" said ").Append(Person()).Append(", ").Append(random.Pick(Roles)).Append('.');
        return scratch.ToString();
    }

    /// <summary>A dateline line such as <c>GDANSK, Poland, Oct. 7 (Wire) -</c>.</summary>
    public string Dateline() => random.Between(0, 2) switch
    {
        0 => City() + " (Wire) -",
        1 => City() + ", " + random.Pick(DatelineDates) + " (Wire) -",
        _ => City() + ", " + random.Pick(Countries) + ", " + random.Pick(DatelineDates) + " (Wire) —",
    };

    /// <summary>An attribution line; a few start lower-case and so name no speaker (a validation warning).</summary>
    public string Attribution()
    {
        string name = random.Pick(FirstNames) + " " + random.Pick(LastNames);
        string role = random.Pick(Roles);
        return random.Between(0, 19) switch
        {
            0 => role == "in a statement" ? "a spokesperson, in a statement" : "a spokesperson for " + random.Pick(Publications),
            < 12 => "— " + name + ", " + role,
            _ => name + ", " + role,
        };
    }

    /// <summary>A headline-like label of <paramref name="minWords"/>..<paramref name="maxWords"/> words, no end mark.</summary>
    public string Label(int minWords, int maxWords)
    {
        int words = random.Between(minWords, maxWords);
        var builder = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            string word = random.Pick(HeadlineParts);
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
        }

        return builder.ToString();
    }

    public string Person() => random.Pick(FirstNames) + " " + random.Pick(LastNames);

    public string Desk() => random.Pick(Desks);

    public string Publication() => random.Pick(Publications);

    public string City() => random.Pick(Cities);

    private void Fill(StringBuilder builder, string template)
    {
        int at = 0;
        while (at < template.Length)
        {
            int open = template.IndexOf('{', at);
            if (open < 0)
            {
                builder.Append(template, at, template.Length - at);
                return;
            }

            builder.Append(template, at, open - at);
            int close = template.IndexOf('}', open);
            string hole = template.Substring(open + 1, close - open - 1);
            switch (hole)
            {
                case "money":
                    builder.Append('$').Append(random.Between(1, 90).ToString(CultureInfo.InvariantCulture)).Append('.').Append(random.Between(0, 9).ToString(CultureInfo.InvariantCulture)).Append(" million");
                    break;
                case "number":
                    builder.Append(random.Between(120, 9800).ToString("N0", CultureInfo.InvariantCulture));
                    break;
                case "small":
                    builder.Append(random.Between(2, 11).ToString(CultureInfo.InvariantCulture));
                    break;
                case "year":
                    builder.Append(random.Between(1998, 2024).ToString(CultureInfo.InvariantCulture));
                    break;
                case "month":
                    builder.Append(random.Pick(Months));
                    break;
                case "day":
                    builder.Append(random.Between(1, 28).ToString(CultureInfo.InvariantCulture));
                    break;
                case "ordinal":
                    builder.Append(random.Pick(Ordinals));
                    break;
                default:
                    builder.Append(hole);
                    break;
            }

            at = close + 1;
        }
    }
}
