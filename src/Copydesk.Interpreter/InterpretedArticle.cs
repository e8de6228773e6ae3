using System;
using System.Collections.Generic;
using System.Text.Json;
using Copydesk.Interpretation.Json;
using Copydesk.Interpretation.Binding;
using Copydesk.Interpretation.Validation;
using Copydesk.Json;
using Copydesk.Markup.FrontMatter;
using Copydesk.Schema.Planning;
using Copydesk.Validation;

namespace Copydesk.Interpretation;

/// <summary>
/// An article read by a <see cref="SchemaInterpreter"/>: what the generated article type would hold, as a tree of
/// <see cref="InterpretedNode"/>s, with the same validation and the same contract JSON. Immutable.
/// </summary>
public sealed class InterpretedArticle : IArticle, IJsonLdArticle
{
    private readonly BoundSchema plan;

    internal InterpretedArticle(BoundSchema plan, InterpretedRecord root, FrontMatterValues? frontMatter)
    {
        this.plan = plan;
        Root = root;
        FrontMatter = frontMatter;
    }

    /// <summary>The typed front matter, or <see langword="null"/> when the schema declares none.</summary>
    public FrontMatterValues? FrontMatter { get; }

    /// <summary>The article itself: one field per layout slot.</summary>
    public InterpretedRecord Root { get; }

    /// <summary>Where the article stands in its text: from its first line to its last.</summary>
    public SourceSpan Span => Root.Span;

    /// <summary>Runs every check of the schema and returns every issue found, in document order.</summary>
    public IReadOnlyList<ArticleIssue> Validate()
    {
        var context = new ValidationContext();
        if (FrontMatter is not null)
        {
            // Found while reading the front matter, which comes first in the article.
            context.AddRange(FrontMatter.Issues);
        }

        ArticleValidator.Validate(context, plan.Layout, Root);
        RuleValidator.Validate(context, plan.Plan, Root, FrontMatter);
        return context.Issues;
    }

    /// <summary>Writes the article as its contract JSON object.</summary>
    /// <param name="writer">The writer; use <see cref="ContractJson.IndentedOptions"/> or <see cref="ContractJson.CompactOptions"/> for the contract's escaping.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArticleJsonWriter.Write(writer, plan.Layout, Root, FrontMatter);
    }

    /// <summary>Whether the schema maps the article to schema.org (<c>jsonLd:</c>), so it has a JSON-LD document.</summary>
    public bool HasJsonLd => plan.Plan.JsonLd is not null;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The schema has no <c>jsonLd:</c> mapping (see <see cref="HasJsonLd"/>).</exception>
    public void WriteJsonLd(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonLdPlan jsonLd = plan.Plan.JsonLd ?? throw new InvalidOperationException($"The schema of {plan.Plan.TypeName} has no 'jsonLd:' mapping, so its articles have no JSON-LD document.");
        ArticleJsonLdWriter.Write(writer, jsonLd, Root, FrontMatter);
    }

    /// <summary>Returns the article's JSON-LD document.</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="InvalidOperationException">The schema has no <c>jsonLd:</c> mapping (see <see cref="HasJsonLd"/>).</exception>
    public string ToJsonLd(bool indented = false) => JsonLd.Serialize(this, indented);

    /// <summary>Returns the article as contract JSON.</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    public string ToJson(bool indented = false) => ContractJson.Serialize(this, indented);
}
