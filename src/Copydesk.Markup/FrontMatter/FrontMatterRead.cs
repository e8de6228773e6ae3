using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Copydesk.Markup.FrontMatter;

/// <summary>What <see cref="FrontMatterReader.Read"/> makes of an article: the typed front matter or the errors, and where the body starts.</summary>
public sealed class FrontMatterRead
{
    internal FrontMatterRead(FrontMatterValues? values, IReadOnlyList<ArticleIssue> errors, int bodyOffset, int bodyLine)
    {
        Values = values;
        Errors = errors;
        BodyOffset = bodyOffset;
        BodyLine = bodyLine;
    }

    /// <summary>The typed front matter, or <see langword="null"/> when <see cref="Errors"/> has any.</summary>
    public FrontMatterValues? Values { get; }

    /// <summary>The issues that stop the parse, in document order; empty when the front matter was read.</summary>
    public IReadOnlyList<ArticleIssue> Errors { get; }

    /// <summary>Whether the front matter was read.</summary>
    [MemberNotNullWhen(true, nameof(Values))]
    public bool Succeeded => Values is not null;

    /// <summary>Where the body starts in the article text: just past the closing fence, or where the text starts.</summary>
    public int BodyOffset { get; }

    /// <summary>The line the body starts on, so the body's lines keep their numbers in the article.</summary>
    public int BodyLine { get; }
}
