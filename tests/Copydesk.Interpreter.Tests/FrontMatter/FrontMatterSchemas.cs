namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>The schemas the front-matter specification tests read articles with.</summary>
internal static class FrontMatterSchemas
{
    /// <summary>A blog post as Hugo, Jekyll and Astro sites write them: typed front matter, then a headline and paragraphs.</summary>
    public const string Post = """
        copydesk: 1
        type: Post
        frontMatter:
          unknownKeys: warn
          fields:
            title: { type: string, required: true, maxLength: 80 }
            date: { type: date, required: true }
            updated: date-time
            draft: { type: boolean, default: false }
            weight: { type: integer, min: 0, max: 100 }
            rating: number
            tags: { type: string, list: true, count: 0..4, pattern: '^[a-z0-9-]+$' }
            category: { type: string, oneOf: [news, opinion, features] }
            canonical: url
            author:
              type: mapping
              fields:
                name: { type: string, required: true }
                email: email
        layout:
          - headline: label
          - paragraphs: { line: any, repeat: 1+ }
        """;

    /// <summary>The same body, without front matter.</summary>
    public const string PlainPost = """
        copydesk: 1
        type: Post
        layout:
          - headline: label
          - paragraphs: { line: any, repeat: 1+ }
        """;
}
