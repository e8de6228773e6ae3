using System.Collections.Generic;
using System.Text.Json;

namespace Copydesk;

/// <summary>What every article type generated from a schema offers, whatever its schema.</summary>
public interface IArticle
{
    /// <summary>Where the article stands in its text: from its first line to its last.</summary>
    SourceSpan Span { get; }

    /// <summary>Runs every check of the schema and returns every issue found, in document order.</summary>
    IReadOnlyList<ArticleIssue> Validate();

    /// <summary>Writes the article as its contract JSON object.</summary>
    void WriteJson(Utf8JsonWriter writer);
}

// Static abstract members need .NET 7: the content engine compiles this file for netstandard2.0 too, where only
// generated code (never compiled there) would use this interface.
#if NET7_0_OR_GREATER

/// <summary>An article type that can parse itself, so tools can work with any schema's type.</summary>
/// <typeparam name="TSelf">The generated article type.</typeparam>
public interface IArticle<TSelf> : IArticle
    where TSelf : class, IArticle<TSelf>
{
    /// <summary>Parses raw article text. Never throws for bad text: failures are issues in the result.</summary>
    static abstract ParseResult<TSelf> Parse(string text);
}
#endif
