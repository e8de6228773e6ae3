using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// Reads the front matter of an article: the YAML between a <c>---</c> line at the very top of the text (after a
/// byte order mark) and the next <c>---</c> line, for every input kind. The one place front matter is read: generated
/// code and the interpreter both call it with the spec their schema's plan gives.
/// </summary>
/// <remarks>
/// Never throws for bad text: malformed YAML, a missing closing fence, a value past <see cref="FrontMatterLimits"/>,
/// a missing required key or a value of the wrong type is an issue located in the article. An article without front
/// matter reads as one with every key missing.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FrontMatterReader
{
    /// <summary>Reads the front matter of <paramref name="text"/> against <paramref name="spec"/>.</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="spec">The fields the schema declares.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FrontMatterRead Read(string text, FrontMatterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spec);
        FrontMatterFence fence = FrontMatterFence.Find(text);
        if (fence.Opened && !fence.Closed)
        {
            var unclosed = new ArticleIssue(
                IssueCodes.FrontMatterUnclosed,
                IssueSeverity.Error,
                "frontMatter",
                "The front matter opened by '---' on line 1 is never closed: end it with a line holding only '---'.",
                fence.OpeningSpan);
            return Failed(unclosed, fence);
        }

        YamlTreeNode? root = null;
        if (fence.Opened && FrontMatterYaml.Read(text, fence, out root) is { } unreadable)
        {
            return Failed(unreadable, fence);
        }

        if (root is not null and not YamlTreeMapping && !(root is YamlTreeScalar { IsNull: true }))
        {
            var notMapping = new ArticleIssue(
                IssueCodes.FrontMatterNotMapping,
                IssueSeverity.Error,
                "frontMatter",
                $"The front matter must be a mapping of keys to values, not {root.Describe()}.",
                root.Span);
            return Failed(notMapping, fence);
        }

        FrontMatterValues values = FrontMatterBinder.Bind(root as YamlTreeMapping, fence.OpeningSpan, spec, out IReadOnlyList<ArticleIssue> errors);
        return new FrontMatterRead(errors.Count == 0 ? values : null, errors, fence.BodyStart, fence.BodyLine, hasBody: true);
    }

    /// <summary>
    /// The offset the body of <paramref name="text"/> starts at, as <see cref="Read"/> gives it in
    /// <see cref="FrontMatterRead.BodyOffset"/>, without reading the front matter: only its fences are looked for.
    /// </summary>
    /// <param name="text">The whole article text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static int BodyOffset(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FrontMatterFence.Find(text).BodyStart;
    }

    private static FrontMatterRead Failed(ArticleIssue issue, FrontMatterFence fence) =>
        new(null, [issue], fence.BodyStart, fence.BodyLine, hasBody: !fence.Opened || fence.Closed);
}
