using System.Text.Json.Serialization;

namespace Copydesk.Benchmarks.Contract;

// The contract JSON of a digest story (docs/schema-language.md, section 6) as plain records, for the
// System.Text.Json baseline. The generator benchmark also feeds this file, renamed, to the STJ generator.

/// <summary>A digest story as System.Text.Json reads its contract JSON.</summary>
public sealed record DigestStoryContract(
    string Headline,
    string? Subheadline,
    DigestBodyItem[] Body,
    string? SummarizedBy,
    DigestSection[] Sections,
    DigestInDepthLink[] InDepth);

/// <summary>One item of the body: a quote or a paragraph, told apart by <c>$type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(DigestQuote), "quote")]
[JsonDerivedType(typeof(DigestParagraph), "paragraph")]
public abstract record DigestBodyItem;

/// <summary>A quotation and who said it.</summary>
public sealed record DigestQuote(string Text, AttributionContract Attribution) : DigestBodyItem;

/// <summary>A paragraph.</summary>
public sealed record DigestParagraph(string Text) : DigestBodyItem;

/// <summary>A titled section.</summary>
public sealed record DigestSection(string Heading, string[] Paragraphs);

/// <summary>A link to in-depth coverage.</summary>
public sealed record DigestInDepthLink(string Title, string? Summary, string Source);

/// <summary>An attribution value: the line, the speaker and the context.</summary>
public sealed record AttributionContract(string Text, string? Speaker, string? Context);
