using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Corpus;

/// <summary>
/// Damages a well-formed article the way real files are damaged: lines dropped, duplicated, swapped or merged,
/// marker lines moved, punctuation changed, stray and look-alike lines inserted. Layout-level damage only; the
/// white space and line ends of the file are <see cref="ArticleRenderer"/>'s business.
/// </summary>
public sealed class ArticleMutator
{
    private static readonly string[] Operations =
    [
        "drop", "duplicate", "swap", "swap-adjacent", "move-marker", "punctuation", "punctuation", "insert-line",
        "insert-lookalike", "insert-marker", "join", "split", "truncate", "reverse-block", "marker-case",
    ];

    private readonly MarkerDefinition[] markers;
    private readonly LineSynthesizer lines;

    /// <summary>Prepares mutations for articles of <paramref name="schema"/>.</summary>
    public ArticleMutator(ArticleSchema schema, LineSynthesizer lines)
    {
        ArgumentNullException.ThrowIfNull(schema);
        markers = [.. schema.Markers];
        this.lines = lines;
    }

    /// <summary>Applies one to three mutations to <paramref name="article"/>, recording their names in <paramref name="applied"/>.</summary>
    public void Mutate(List<string> article, Random random, List<string> applied)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(applied);
        if (random.Next(60) == 0)
        {
            article.Clear();
            applied.Add("empty");
            return;
        }

        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            string operation = NewsText.Pick(random, Operations);
            if (Apply(operation, article, random))
            {
                applied.Add(operation);
            }
        }
    }

    private bool Apply(string operation, List<string> article, Random random)
    {
        int n = article.Count;
        switch (operation)
        {
            case "drop" when n > 0:
                article.RemoveAt(random.Next(n));
                return true;
            case "duplicate" when n > 0:
                int source = random.Next(n);
                article.Insert(random.Next(3) == 0 ? random.Next(n + 1) : source + 1, article[source]);
                return true;
            case "swap" when n > 1:
                Swap(article, random.Next(n), random.Next(n));
                return true;
            case "swap-adjacent" when n > 1:
                int at = random.Next(n - 1);
                Swap(article, at, at + 1);
                return true;
            case "move-marker":
                return MoveMarker(article, random);
            case "punctuation" when n > 0:
                int line = random.Next(n);
                article[line] = ChangePunctuation(article[line], random);
                return true;
            case "insert-line":
                article.Insert(random.Next(n + 1), LineSynthesizer.AnyLine(random));
                return true;
            case "insert-lookalike" when markers.Length > 0:
                article.Insert(random.Next(n + 1), LineSynthesizer.MarkerLookalike(NewsText.Pick(random, markers), random));
                return true;
            case "insert-marker" when markers.Length > 0:
                article.Insert(random.Next(n + 1), LineSynthesizer.Marker(NewsText.Pick(random, markers), random));
                return true;
            case "join" when n > 1:
                int first = random.Next(n - 1);
                article[first] = article[first] + " " + article[first + 1];
                article.RemoveAt(first + 1);
                return true;
            case "split" when n > 0:
                return Split(article, random.Next(n));
            case "truncate" when n > 1:
                int keep = 1 + random.Next(n - 1);
                article.RemoveRange(keep, article.Count - keep);
                return true;
            case "reverse-block" when n > 2:
                int start = random.Next(n - 2);
                article.Reverse(start, Math.Min(2 + random.Next(3), n - start));
                return true;
            case "marker-case":
                return ChangeMarkerCase(article, random);
            default:
                return false;
        }
    }

    private bool MoveMarker(List<string> article, Random random)
    {
        var found = new List<int>();
        for (int i = 0; i < article.Count; i++)
        {
            if (lines.Evaluator.IsReserved(article[i].Trim()))
            {
                found.Add(i);
            }
        }

        if (found.Count == 0)
        {
            return false;
        }

        int from = found[random.Next(found.Count)];
        string marker = article[from];
        article.RemoveAt(from);
        article.Insert(random.Next(article.Count + 1), marker);
        return true;
    }

    private bool ChangeMarkerCase(List<string> article, Random random)
    {
        for (int i = 0; i < article.Count; i++)
        {
            if (lines.Evaluator.IsReserved(article[i].Trim()) && random.Next(2) == 0)
            {
                article[i] = NewsText.VaryCase(article[i], random);
                return true;
            }
        }

        return false;
    }

    private static bool Split(List<string> article, int index)
    {
        string line = article[index];
        int space = line.IndexOf(' ', line.Length / 2);
        if (space <= 0)
        {
            return false;
        }

        article[index] = line[..space];
        article.Insert(index + 1, line[(space + 1)..]);
        return true;
    }

    private static string ChangePunctuation(string line, Random random)
    {
        string trimmed = line.TrimEnd();
        return random.Next(9) switch
        {
            0 => trimmed.TrimEnd('.', '!', '?', '…', '"', '”', '\'', ')', '»'),
            1 => trimmed + ".",
            2 => trimmed + "!",
            3 => trimmed.Length > 0 ? trimmed[..^1] + "…" : "…",
            4 => "“" + trimmed + "”",
            5 => trimmed + ":",
            6 => trimmed + ".\"",
            7 => trimmed + " -",
            _ => trimmed.Replace(". ", " ", StringComparison.Ordinal),
        };
    }

    private static void Swap(List<string> article, int a, int b) => (article[a], article[b]) = (article[b], article[a]);
}
