using System;
using System.Collections.Generic;
using Copydesk.Json;
using Copydesk.Interpreter.Tests.Schemas;
using Copydesk.Samples;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The code the generator emitted for each schema in <c>schemas/</c> (and the tests' own <c>Schemas/</c>), by schema
/// file name: the reference the interpreter is compared with. A schema without an entry fails the parity test: add
/// its generated type here.
/// </summary>
internal static class GeneratedArticles
{
    /// <summary>The generated article type of a schema and what a tool gets from it for one text.</summary>
    /// <param name="TypeFullName">The generated type, to check against the schema's <c>namespace</c> and <c>type</c>.</param>
    /// <param name="Run">Parses with the generated parser: compact JSON and validation issues, or null and the parse errors.</param>
    public sealed record Entry(string TypeFullName, Func<string, (string? Json, IReadOnlyList<ArticleIssue> Issues)> Run)
    {
        /// <summary>For a schema with a <c>jsonLd:</c> mapping: parses with the generated parser and returns the document's JSON-LD, or null.</summary>
        public Func<string, string?>? JsonLd { get; init; }
    }

    public static IReadOnlyDictionary<string, Entry> BySchemaFile { get; } = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["press-release.schema.yaml"] = new(typeof(PressRelease).FullName!, text => Run(PressRelease.Parse(text))) { JsonLd = text => PressRelease.Parse(text).Document?.ToJsonLd() },
        ["blog-post.schema.yaml"] = new(typeof(BlogPost).FullName!, text => Run(BlogPost.Parse(text))) { JsonLd = text => BlogPost.Parse(text).Document?.ToJsonLd() },
        ["digest-story.schema.yaml"] = new(typeof(DigestStory).FullName!, text => Run(DigestStory.Parse(text))) { JsonLd = text => DigestStory.Parse(text).Document?.ToJsonLd() },
        ["wire-story.schema.yaml"] = new(typeof(WireStory).FullName!, text => Run(WireStory.Parse(text))) { JsonLd = text => WireStory.Parse(text).Document?.ToJsonLd() },
        ["feature-tour.schema.yaml"] = new(typeof(FeatureTour).FullName!, text => Run(FeatureTour.Parse(text))) { JsonLd = text => FeatureTour.Parse(text).Document?.ToJsonLd() },
        ["deep-parts.schema.yaml"] = new(typeof(DeepParts).FullName!, text => Run(DeepParts.Parse(text))),
        ["front-matter-post.schema.yaml"] = new(typeof(FrontMatterPost).FullName!, text => Run(FrontMatterPost.Parse(text))) { JsonLd = text => FrontMatterPost.Parse(text).Document?.ToJsonLd() },
        ["mailing-list.schema.yaml"] = new(typeof(MailingListPost).FullName!, text => Run(MailingListPost.Parse(text))),
        ["typed-values.schema.yaml"] = new(typeof(TypedTour).FullName!, text => Run(TypedTour.Parse(text))) { JsonLd = text => TypedTour.Parse(text).Document?.ToJsonLd() },
    };

    private static (string? Json, IReadOnlyList<ArticleIssue> Issues) Run<T>(ParseResult<T> result)
        where T : class, IArticle
        => result.Document is { } document ? (ContractJson.Serialize(document), document.Validate()) : (null, result.Issues);
}
