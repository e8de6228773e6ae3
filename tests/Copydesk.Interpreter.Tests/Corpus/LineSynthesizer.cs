using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Model;

namespace Copydesk.Corpus;

/// <summary>
/// Writes lines that belong to a given line class of a schema (and are not reserved for a marker), and marker lines.
/// For each class it first measures, with a fixed seed, how often each family of <see cref="NewsText"/> fits, then
/// draws families in proportion and keeps the first line that fits. Not thread-safe: one instance per thread.
/// </summary>
public sealed class LineSynthesizer
{
    private const int SamplesPerFamily = 40;
    private const int Attempts = 60;
    private const int HintedAttempts = 8;

    // Words of slot, case and class names that say which family a line should come from, most specific first.
    private static readonly (string Word, NewsText.Family Family)[] Hints =
    [
        ("subheadline", NewsText.Family.Headline), ("headline", NewsText.Family.Headline), ("title", NewsText.Family.Headline),
        ("heading", NewsText.Family.Heading), ("byline", NewsText.Family.Byline), ("dateline", NewsText.Family.Dateline),
        ("tag", NewsText.Family.EndTag), ("copyright", NewsText.Family.Copyright), ("attribution", NewsText.Family.Attribution),
        ("said", NewsText.Family.Attribution), ("quote", NewsText.Family.Quote), ("source", NewsText.Family.Source),
        ("shout", NewsText.Family.Headline), ("paragraph", NewsText.Family.Sentence), ("summary", NewsText.Family.Sentence),
        ("body", NewsText.Family.Sentence), ("text", NewsText.Family.Sentence), ("note", NewsText.Family.Sentence),
        ("lead", NewsText.Family.Release), ("release", NewsText.Family.Release), ("contact", NewsText.Family.Release),
        ("about", NewsText.Family.Release), ("end", NewsText.Family.Release),
    ];

    private readonly Dictionary<string, double[]> weights = new(StringComparer.Ordinal);

    /// <summary>Prepares lines for <paramref name="schema"/>.</summary>
    public LineSynthesizer(ArticleSchema schema)
    {
        Evaluator = new LineClassEvaluator(schema);
    }

    /// <summary>The class tests the lines are checked with.</summary>
    public LineClassEvaluator Evaluator { get; }

    /// <summary>A line of the class <paramref name="className"/>; when none is found quickly, a line that may not fit.</summary>
    /// <param name="className">The line class.</param>
    /// <param name="random">The source of randomness.</param>
    /// <param name="hint">
    /// The slot or case name, with the class name and the value parser: <c>headline</c>, <c>byline</c> or
    /// <c>quoted</c> make the matching family likely, so articles read like articles rather than shuffled lines.
    /// </param>
    public string Line(string className, Random random, string? hint = null)
    {
        string line = string.Empty;
        if (Hinted(hint) is { } family && random.Next(4) != 0)
        {
            for (int attempt = 0; attempt < HintedAttempts; attempt++)
            {
                line = NewsText.Line(family, random);
                if (Fits(className, line))
                {
                    return line;
                }
            }
        }

        double[] cumulative = WeightsFor(className);
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            line = NewsText.Line(PickFamily(cumulative, random), random);
            if (Fits(className, line))
            {
                return line;
            }
        }

        return line;
    }

    /// <summary>A line of any family, fitting no particular class: noise for mutations.</summary>
    public static string AnyLine(Random random) => NewsText.Line(NewsText.Pick(random, NewsText.Families), random);

    /// <summary>
    /// A line that matches <paramref name="marker"/>: one of its texts, in varied case unless case counts, and, for
    /// <c>capture: rest</c>, nothing, white space only, or white space and a credit.
    /// </summary>
    public static string Marker(MarkerDefinition marker, Random random)
    {
        string written = NewsText.Pick(random, marker.Texts.ToArray());
        string text = marker.CaseSensitive ? written : NewsText.VaryCase(written, random);
        if (!marker.CapturesRest)
        {
            return text;
        }

        return random.Next(8) switch
        {
            0 => text,
            1 => text + "\t",
            2 => text + "\u00A0" + NewsText.Line(NewsText.Family.Source, random),
            3 => text + "  the " + NewsText.Line(NewsText.Family.Source, random),
            4 => text + " " + NewsText.Name(random) + " and " + NewsText.Name(random),
            _ => text + " " + NewsText.Line(NewsText.Family.Source, random),
        };
    }

    /// <summary>A line that looks like <paramref name="marker"/> but is not it.</summary>
    public static string MarkerLookalike(MarkerDefinition marker, Random random) => random.Next(4) switch
    {
        0 => marker.Text + ": " + NewsText.Line(NewsText.Family.Source, random),
        1 => marker.Text + " coverage of " + NewsText.Line(NewsText.Family.Headline, random),
        2 => marker.Text.Replace(' ', '\u00A0') + "s",
        _ => "The " + marker.Text.ToLowerInvariant() + " " + NewsText.Sentence(random),
    };

    private static NewsText.Family? Hinted(string? hint)
    {
        if (hint is null)
        {
            return null;
        }

        if (hint.Contains("quoted", StringComparison.Ordinal))
        {
            return NewsText.Family.Quote;
        }

        foreach (var (word, family) in Hints)
        {
            if (hint.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        return null;
    }

    private bool Fits(string className, string line)
    {
        string trimmed = line.Trim();
        return trimmed.Length > 0 && !Evaluator.IsReserved(trimmed) && Evaluator.Matches(className, trimmed);
    }

    // Measured once per class with a fixed seed, so an article depends only on its own seed.
    private double[] WeightsFor(string className)
    {
        if (weights.TryGetValue(className, out double[]? cumulative))
        {
            return cumulative;
        }

        var sampler = new Random(4099);
        NewsText.Family[] families = NewsText.Families;
        cumulative = new double[families.Length];
        double total = 0;
        for (int f = 0; f < families.Length; f++)
        {
            int fits = 0;
            for (int i = 0; i < SamplesPerFamily; i++)
            {
                if (Fits(className, NewsText.Line(families[f], sampler)))
                {
                    fits++;
                }
            }

            total += fits;
            cumulative[f] = total;
        }

        if (total == 0)
        {
            // No family fits: draw uniformly and let the article fail to parse, which is worth testing too.
            for (int f = 0; f < families.Length; f++)
            {
                cumulative[f] = f + 1;
            }
        }

        weights.Add(className, cumulative);
        return cumulative;
    }

    private static NewsText.Family PickFamily(double[] cumulative, Random random)
    {
        double x = random.NextDouble() * cumulative[^1];
        for (int f = 0; f < cumulative.Length; f++)
        {
            if (x < cumulative[f])
            {
                return NewsText.Families[f];
            }
        }

        return NewsText.Families[^1];
    }
}
