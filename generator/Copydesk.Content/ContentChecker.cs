using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Copydesk.Interpretation;
using Copydesk.Schema.Model;
using Copydesk.Text;

namespace Copydesk.Content;

/// <summary>
/// Checks one article against its schema inside the compiler: parses it with the schema's plan and validates it,
/// exactly as <c>copydesk validate</c> does (the same source files run in both), and returns every issue located in
/// the article file. Safe to call from any number of threads at once.
/// </summary>
public static class ContentChecker
{
    /// <summary>
    /// Checks an article already decoded to text (the build's additional files are). Never throws for bad input: an
    /// article past <see cref="ContentLimits.MaxArticleBytes"/> is one <c>CD0004</c> issue, a hostile front matter one
    /// of <c>CD2022</c>–<c>CD2025</c>, an empty article whatever its schema says of one.
    /// </summary>
    /// <param name="schema">The loaded schema; one with errors checks nothing (<see cref="ContentCheckResult.SchemaHasErrors"/>).</param>
    /// <param name="articlePath">The article file, as the caller names it; only carried into the result.</param>
    /// <param name="articleText">The article's text, without a byte order mark (one is skipped as the tool skips it).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ContentCheckResult Check(ContentSchema schema, string articlePath, string articleText) =>
        Check(schema, articlePath, articleText, ContentLimits.Default);

    /// <summary>Checks an article already decoded to text, within <paramref name="limits"/>.</summary>
    /// <param name="schema">The loaded schema.</param>
    /// <param name="articlePath">The article file, as the caller names it.</param>
    /// <param name="articleText">The article's text.</param>
    /// <param name="limits">How much of an article the build checks.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ContentCheckResult Check(ContentSchema schema, string articlePath, string articleText, ContentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(articlePath);
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(limits);
        if (schema.Interpreter is not { } interpreter)
        {
            return NotChecked(articlePath);
        }

        return IsOverCap(articleText, limits.MaxArticleBytes)
            ? Single(articlePath, ArticleProblems.TooLarge(limits.MaxArticleBytes))
            : Run(interpreter, articlePath, articleText);
    }

    /// <summary>
    /// Checks an article file's bytes, decoded as <c>copydesk validate</c> decodes them by default: strict UTF-8, or
    /// UTF-16 after its byte order mark. Bytes that are not text are one <c>CD0002</c> issue at the first offending
    /// byte; a file past <see cref="ContentLimits.MaxArticleBytes"/> is one <c>CD0004</c> issue and is not decoded.
    /// </summary>
    /// <param name="schema">The loaded schema.</param>
    /// <param name="articlePath">The article file, as the caller names it.</param>
    /// <param name="articleBytes">The whole file.</param>
    /// <param name="limits">How much of an article the build checks, or <see langword="null"/> for <see cref="ContentLimits.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ContentCheckResult Check(ContentSchema schema, string articlePath, byte[] articleBytes, ContentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(articlePath);
        ArgumentNullException.ThrowIfNull(articleBytes);
        limits ??= ContentLimits.Default;
        if (!schema.IsUsable)
        {
            return NotChecked(articlePath);
        }

        if (articleBytes.LongLength > limits.MaxArticleBytes)
        {
            return Single(articlePath, ArticleProblems.TooLarge(limits.MaxArticleBytes));
        }

        return TextDecoding.TryDecode(articleBytes, out string? text, out ArticleIssue? problem)
            ? Check(schema, articlePath, text, limits)
            : Single(articlePath, problem);
    }

    // The same steps as the tool's ArticleRunner: parse errors when the article does not parse, validation issues when it does.
    private static ContentCheckResult Run(SchemaInterpreter interpreter, string articlePath, string articleText)
    {
        IReadOnlyList<ArticleIssue> issues;
        try
        {
            ParseResult<InterpretedArticle> result = interpreter.Parse(articleText);
            issues = result.Document?.Validate() ?? result.Issues;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Parsing and validating never throw on any text; should a bug make them, the build reports it on the
            // article instead of failing the compilation with an exception from the generator.
            return Single(articlePath, ArticleProblems.InternalError(exception));
        }

        var converted = new ContentIssue[issues.Count];
        for (int i = 0; i < converted.Length; i++)
        {
            converted[i] = ContentIssue.From(issues[i]);
        }

        return new ContentCheckResult(articlePath, new EquatableArray<ContentIssue>(converted));
    }

    private static ContentCheckResult NotChecked(string articlePath) =>
        new(articlePath, EquatableArray<ContentIssue>.Empty) { SchemaHasErrors = true };

    private static ContentCheckResult Single(string articlePath, ArticleIssue issue) =>
        new(articlePath, new EquatableArray<ContentIssue>([ContentIssue.From(issue)]));

    // A char is one to three bytes of UTF-8 (a surrogate pair, two chars, is four): count exactly only near the cap.
    private static bool IsOverCap(string text, long maxBytes) =>
        text.Length > maxBytes || ((long)text.Length * 3 > maxBytes && Encoding.UTF8.GetByteCount(text) > maxBytes);
}
