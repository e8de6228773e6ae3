using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generator.Pipeline;

/// <summary>What the build wrote on an article of a <c>CopydeskContent</c> item (see <c>Copydesk.targets</c>).</summary>
/// <param name="Schema">The full path of the collection's schema, or <see langword="null"/> when the item names none.</param>
/// <param name="Collection">The collection's name.</param>
/// <param name="Embed">Whether the article is embedded and the collection gets a generated class.</param>
/// <param name="Severity">The collection's <c>Severity</c> as written, or <see langword="null"/>.</param>
/// <param name="Resource">The manifest resource name of an embedded article.</param>
internal sealed record ContentSettings(string? Schema, string Collection, bool Embed, string? Severity, string? Resource);

/// <summary>An additional file that is an article of a content collection, before it is read.</summary>
/// <param name="File">The file; the same instance while the compiler's input does not change.</param>
/// <param name="Settings">Its collection's settings.</param>
internal sealed record ContentFile(AdditionalText File, ContentSettings Settings);

/// <summary>An article's path, text and collection settings.</summary>
/// <param name="Path">The article's path, as the compiler names it.</param>
/// <param name="Text">The text, or <see langword="null"/> when it could not be read.</param>
/// <param name="ReadError">Why reading threw, when it did.</param>
/// <param name="Settings">Its collection's settings.</param>
/// <param name="FallbackEncoding">
/// The encoding the compiler decoded the file with when it could not read it as UTF-8 or UTF-16, else
/// <see langword="null"/>: the file's bytes are made again from the text only when the article is checked, not kept.
/// </param>
internal sealed record ContentArticle(string Path, string? Text, string? ReadError, ContentSettings Settings, Encoding? FallbackEncoding = null);

/// <summary>A schema loaded for checking articles. Compared by reference unless the engine's schema compares by value.</summary>
/// <param name="Path">The schema file's path.</param>
/// <param name="Schema">The engine's schema, or <see langword="null"/> when the schema has errors or could not be loaded.</param>
/// <param name="Error">Why loading threw, when it did.</param>
internal sealed record LoadedContentSchema(string Path, object? Schema, string? Error);

/// <summary>An article with the schema of its collection, ready to check.</summary>
/// <param name="Article">The article.</param>
/// <param name="Schema">The loaded schema, or <see langword="null"/> when the collection's schema is missing (reported once for the collection).</param>
internal sealed record ContentCheck(ContentArticle Article, LoadedContentSchema? Schema);

/// <summary>One issue of an article, as the engine found it.</summary>
/// <param name="Code">The issue's code, <c>CD2001</c>, <c>CD3005</c>, ….</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">Its message.</param>
/// <param name="Range">Where it stands in the article.</param>
/// <param name="HelpLink">Its entry in <c>docs/issues.md</c>.</param>
internal sealed record ContentIssue(string Code, SchemaSeverity Severity, string Message, TextRange Range, string HelpLink);

/// <summary>What one article reports: its issues, with its collection's severity.</summary>
/// <param name="Path">The article's path.</param>
/// <param name="Severity">The collection's <c>Severity</c>, when it is a valid one.</param>
/// <param name="Issues">The article's issues, in the engine's order.</param>
/// <param name="Error">Why checking failed (CD1149), when it did.</param>
internal sealed record ContentReport(string Path, SchemaSeverity? Severity, EquatableArray<ContentIssue> Issues, string? Error);

/// <summary>The facts about one article that its collection needs: no text, so editing an article leaves them equal.</summary>
/// <param name="Path">The article's path.</param>
/// <param name="Settings">Its collection's settings.</param>
internal sealed record ContentMember(string Path, ContentSettings Settings);

/// <summary>What a collection needs to know of a schema: its path, and the article type it generates, if any.</summary>
/// <param name="Path">The schema file's path.</param>
/// <param name="FullTypeName">The fully qualified article type, or <see langword="null"/> when the schema has errors.</param>
/// <param name="IsInternal">Whether the article type is internal, so its collection class must be too.</param>
internal sealed record SchemaFacts(string Path, string? FullTypeName, bool IsInternal);

/// <summary>One article of an embedded collection.</summary>
/// <param name="Slug">Its file name without the extension.</param>
/// <param name="Resource">Its manifest resource name.</param>
/// <param name="RelativePath">Its path relative to the project.</param>
internal sealed record CollectionEntry(string Slug, string Resource, string RelativePath);

/// <summary>A content collection, its diagnostics and, when embedded and valid, what its generated class needs.</summary>
/// <param name="Name">The collection's name.</param>
/// <param name="Diagnostics">What to report about the collection, each with the file it is at (empty: the project).</param>
/// <param name="Class">The generated class, or <see langword="null"/> when the collection is not embedded or cannot have one.</param>
internal sealed record ContentCollectionPlan(string Name, EquatableArray<LocatedDiagnostic> Diagnostics, CollectionClass? Class);

/// <summary>A diagnostic with the path of the file it is at; an empty path means the whole project.</summary>
/// <param name="Path">The file's path, or empty.</param>
/// <param name="Diagnostic">The diagnostic.</param>
internal sealed record LocatedDiagnostic(string Path, SchemaDiagnostic Diagnostic);

/// <summary>The generated class of an embedded collection.</summary>
/// <param name="Name">The class name: the collection's name.</param>
/// <param name="Namespace">The project's root namespace, or <see langword="null"/>.</param>
/// <param name="ArticleType">The fully qualified article type of the collection's schema.</param>
/// <param name="IsInternal">Whether the class is internal.</param>
/// <param name="SchemaFileName">The schema's file name, for the documentation comment.</param>
/// <param name="Entries">The articles, in path order.</param>
internal sealed record CollectionClass(string Name, string? Namespace, string ArticleType, bool IsInternal, string SchemaFileName, EquatableArray<CollectionEntry> Entries);

/// <summary>The source of an embedded collection's class.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Source">The source.</param>
/// <param name="Error">Why emission failed, when it did.</param>
internal sealed record CollectionSource(string HintName, string? Source, string? Error);
