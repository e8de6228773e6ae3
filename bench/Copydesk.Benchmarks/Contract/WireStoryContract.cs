namespace Copydesk.Benchmarks.Contract;

/// <summary>A wire story (schemas/wire-story.schema.yaml) as System.Text.Json reads its contract JSON.</summary>
public sealed record WireStoryContract(
    string Headline,
    string? Byline,
    string? Dateline,
    WireLead? Lead,
    WireParagraph[] Paragraphs,
    string? EndTag,
    string? Copyright);

/// <summary>The first paragraph when an inline dateline opens it: the dateline and its parts, and the paragraph after the dash.</summary>
public sealed record WireLead(string? Dateline, string? Place, string? Date, string? Agency, WireParagraph? Paragraph);

/// <summary>A paragraph read with <c>value: quotes</c>: its text and the direct quotations in it.</summary>
public sealed record WireParagraph(string Text, WireQuotation[] Quotes);

/// <summary>A direct quotation: its text, who said it (as written and resolved), the cue and where it is.</summary>
public sealed record WireQuotation(string Text, string? Speaker, string? Cue, string? ResolvedSpeaker, SpanContract Span);

/// <summary>A span of the article: 1-based lines and columns, the end column exclusive.</summary>
public sealed record SpanContract(int Line, int Column, int EndLine, int EndColumn);
