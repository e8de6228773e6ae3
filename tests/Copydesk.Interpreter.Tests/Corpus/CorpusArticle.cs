using System.Collections.Generic;

namespace Copydesk.Corpus;

/// <summary>One article of a generated corpus.</summary>
/// <param name="Seed">The seed that rebuilds exactly this article: <c>corpus.Next(new Random(Seed))</c>.</param>
/// <param name="Text">The raw article text, as a file would hold it.</param>
/// <param name="Mutations">What was done to the well-formed article, in order; empty when it was left as built.</param>
public sealed record CorpusArticle(int Seed, string Text, IReadOnlyList<string> Mutations)
{
    /// <summary>Whether the article was mutated after it was built from the schema.</summary>
    public bool IsMutated => Mutations.Count > 0;
}
