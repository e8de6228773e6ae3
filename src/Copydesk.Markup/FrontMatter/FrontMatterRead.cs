using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Copydesk.Markup.FrontMatter;

/// <summary>What <see cref="FrontMatterReader.Read"/> makes of an article: the typed front matter or the errors, and where the body starts.</summary>
public sealed class FrontMatterRead
{
    private readonly bool hasBody;

    internal FrontMatterRead(FrontMatterValues? values, IReadOnlyList<ArticleIssue> errors, int bodyOffset, int bodyLine, bool hasBody)
    {
        Values = values;
        Errors = errors;
        BodyOffset = bodyOffset;
        BodyLine = bodyLine;
        this.hasBody = hasBody;
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

    /// <summary>
    /// The errors of a parse whose front matter failed: the front matter's, then the body's parse error when the body
    /// did not fit either, so one parse reports both in document order. A front matter that never closes leaves no
    /// body to judge, so its body error, which would only say the body is empty, is left out.
    /// </summary>
    /// <param name="bodyError">The body's parse error, or <see langword="null"/> when the body parsed.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<ArticleIssue> ErrorsWith(ArticleIssue? bodyError) =>
        bodyError is null || !hasBody ? Errors : [.. Errors, bodyError];
}
