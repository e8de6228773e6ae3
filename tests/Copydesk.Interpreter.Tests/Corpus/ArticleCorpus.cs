using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Corpus;

/// <summary>
/// A deterministic corpus of articles for one schema: each article is built from the schema model
/// (<see cref="ArticleBuilder"/>) and, for a share of them, damaged (<see cref="ArticleMutator"/>,
/// <see cref="ArticleRenderer"/>). The same seed gives the same article on every machine and run. Usable by tests
/// and benchmarks alike; not thread-safe (use one instance per thread).
/// </summary>
/// <remarks>
/// The files of this folder depend only on the Copydesk runtime (<c>Copydesk.Text</c>) and the schema model
/// (<c>Copydesk.Schema.Model</c>), so another project can compile them in with
/// <c>&lt;Compile Include="../../tests/Copydesk.Interpreter.Tests/Corpus/*.cs" LinkBase="Corpus" /&gt;</c>.
/// </remarks>
/// <example>
/// <code>
/// var corpus = new ArticleCorpus(schema);
/// foreach (CorpusArticle article in corpus.Generate(baseSeed: 2024, count: 10_000)) { ... }
/// CorpusArticle again = corpus.Create(article.Seed); // the same article
/// </code>
/// </example>
public sealed class ArticleCorpus
{
    private readonly ArticleBuilder builder;
    private readonly ArticleMutator mutator;
    private readonly double mutationShare;
    private readonly InputModel input;

    /// <summary>Prepares a corpus for <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema the articles are built from.</param>
    /// <param name="mutationShare">The share of articles that are damaged after they are built, from 0 to 1.</param>
    public ArticleCorpus(ArticleSchema schema, double mutationShare = 0.5)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfLessThan(mutationShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mutationShare, 1);
        builder = new ArticleBuilder(schema);
        mutator = new ArticleMutator(schema, builder.Lines);
        this.mutationShare = mutationShare;
        input = schema.Input;
    }

    /// <summary>The seed of article <paramref name="index"/> of the corpus seeded with <paramref name="baseSeed"/>.</summary>
    public static int ArticleSeed(int baseSeed, int index) => unchecked((baseSeed * 1_000_003) + index);

    /// <summary>The article built from <paramref name="seed"/>.</summary>
    public CorpusArticle Create(int seed)
    {
        var random = new Random(seed);
        List<string> lines = builder.Build(random);
        var mutations = new List<string>();
        string text;
        if (random.NextDouble() < mutationShare)
        {
            mutator.Mutate(lines, random, mutations);
            text = ArticleRenderer.Damaged(Layout(lines, random), random, mutations);
        }
        else
        {
            text = ArticleRenderer.Plain(Layout(lines, random));
        }

        return new CorpusArticle(seed, text, mutations);
    }

    // A unit per line for 'input: lines'; hard-wrapped paragraphs for 'input: paragraphs'; blocks apart for Markdown.
    private List<string> Layout(List<string> units, Random random) => input.Kind switch
    {
        InputKind.Paragraphs => ParagraphWrapper.Wrap(units, random, input.IndentStartsParagraph),
        InputKind.Markdown => ParagraphWrapper.SetApart(units),
        _ => units,
    };

    /// <summary>An article whose seed is drawn from <paramref name="random"/>.</summary>
    public CorpusArticle Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Create(random.Next());
    }

    /// <summary>Articles 0 to <paramref name="count"/> - 1 of the corpus seeded with <paramref name="baseSeed"/>.</summary>
    public IEnumerable<CorpusArticle> Generate(int baseSeed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (int i = 0; i < count; i++)
        {
            yield return Create(ArticleSeed(baseSeed, i));
        }
    }
}
