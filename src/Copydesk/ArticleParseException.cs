using System;
using System.Collections.Generic;

namespace Copydesk;

/// <summary>Thrown by <see cref="ParseResult{T}.GetDocumentOrThrow"/> when an article did not parse.</summary>
public sealed class ArticleParseException : FormatException
{
    /// <summary>Creates the exception from the issues that stopped the parse.</summary>
    public ArticleParseException(IReadOnlyList<ArticleIssue> issues)
        : base(issues.Count > 0 ? issues[0].ToString() : "The article could not be parsed.")
    {
        Issues = issues;
    }

    /// <summary>The issues that stopped the parse.</summary>
    public IReadOnlyList<ArticleIssue> Issues { get; }
}
