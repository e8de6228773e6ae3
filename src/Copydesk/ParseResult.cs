using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Copydesk;

/// <summary>The outcome of parsing an article: the document, or the located issues that stopped it.</summary>
/// <typeparam name="T">The article type generated from a schema.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    private ParseResult(T? document, IReadOnlyList<ArticleIssue> issues)
    {
        Document = document;
        Issues = issues;
    }

    /// <summary>The parsed article, or <see langword="null"/> when parsing failed.</summary>
    public T? Document { get; }

    /// <summary>The parse errors; empty on success. Validation issues come from the document's <c>Validate()</c>.</summary>
    public IReadOnlyList<ArticleIssue> Issues { get; }

    /// <summary>Whether the article parsed.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Success(T document) =>
        new(document ?? throw new ArgumentNullException(nameof(document)), Array.Empty<ArticleIssue>());

    /// <summary>A failed result carrying the issues that explain why.</summary>
    public static ParseResult<T> Failure(IReadOnlyList<ArticleIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues.Count == 0)
        {
            throw new ArgumentException("A failed parse must carry at least one issue.", nameof(issues));
        }

        return new(null, issues);
    }

    /// <summary>Returns the document, or throws <see cref="ArticleParseException"/> with the first issue.</summary>
    public T GetDocumentOrThrow() => Document ?? throw new ArticleParseException(Issues);
}
