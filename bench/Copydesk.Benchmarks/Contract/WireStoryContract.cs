namespace Copydesk.Benchmarks.Contract;

/// <summary>A wire story (schemas/wire-story.schema.yaml) as System.Text.Json reads its contract JSON.</summary>
public sealed record WireStoryContract(
    string Headline,
    string? Byline,
    string? Dateline,
    string[] Paragraphs,
    string? EndTag,
    string? Copyright);
