using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Copydesk.Generator.Pipeline;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// An in-memory project with schemas and content collections, as Copydesk.targets hands them to the compiler:
/// each article an additional file with its collection's metadata.
/// </summary>
internal sealed class ContentProject
{
    private readonly List<AdditionalText> files = [];
    private readonly Dictionary<string, Dictionary<string, string>> metadata = new(StringComparer.Ordinal);

    /// <summary>Adds a schema file.</summary>
    public ContentProject Schema(string path, string text)
    {
        files.Add(new GeneratorHarness.SchemaFile(path, text));
        return this;
    }

    /// <summary>Adds an article of a collection, with the metadata Copydesk.targets writes for it.</summary>
    public ContentProject Article(string path, string text, string? schema, string? collection, bool embed = false, string? severity = null)
    {
        files.Add(new GeneratorHarness.SchemaFile(path, text));
        string? resource = embed ? $"Copydesk.Content/{collection}/{path[(path.LastIndexOf('/') + 1)..]}" : null;
        metadata[path] = GeneratorHarness.ContentMetadata(schema, collection, embed, severity, resource);
        return this;
    }

    /// <summary>The project's additional files, in the order they were added.</summary>
    public IReadOnlyList<AdditionalText> Files => files;

    /// <summary>The file at <paramref name="path"/>.</summary>
    public AdditionalText File(string path) => files.Single(file => file.Path == path);

    /// <summary>A driver that runs the generator, with <paramref name="checker"/> as its content engine, over the project.</summary>
    public GeneratorDriver CreateDriver(IContentChecker? checker) =>
        GeneratorHarness.CreateDriver(files, generator: checker is null ? new CopydeskGenerator() : new CopydeskGenerator(checker), fileMetadata: metadata);
}

/// <summary>
/// A content engine that records what it is asked to do: it prepares any schema that loaded without errors, and reports
/// one <c>CD3005</c> warning for each <c>TODO</c> in an article, at the word.
/// </summary>
internal sealed class RecordingChecker : IContentChecker
{
    /// <summary>The articles checked, in order; a path once per check.</summary>
    public ConcurrentQueue<string> Checked { get; } = new();

    /// <summary>The schemas loaded, in order.</summary>
    public ConcurrentQueue<string> Loaded { get; } = new();

    /// <summary>The models the schemas were prepared from, in the order of <see cref="Loaded"/>.</summary>
    public ConcurrentQueue<SchemaLoadResult> Models { get; } = new();

    /// <inheritdoc/>
    public object? Load(string schemaPath, SchemaLoadResult loaded, CancellationToken cancellationToken)
    {
        Loaded.Enqueue(schemaPath);
        Models.Enqueue(loaded);
        return loaded.Schema is null ? null : new object();
    }

    /// <inheritdoc/>
    public EquatableArray<ContentIssue> Check(object schema, string articlePath, string articleText, System.Text.Encoding? fallbackEncoding, CancellationToken cancellationToken)
    {
        Checked.Enqueue(articlePath);
        var issues = new List<ContentIssue>();
        string[] lines = articleText.Split('\n');
        int offset = 0;
        for (int line = 0; line < lines.Length; line++)
        {
            int column = lines[line].IndexOf("TODO", StringComparison.Ordinal);
            if (column >= 0)
            {
                issues.Add(new ContentIssue(
                    "CD3005",
                    SchemaSeverity.Warning,
                    "body[0] contains the placeholder 'TODO'.",
                    new TextRange(line + 1, column + 1, line + 1, column + 5, offset + column, offset + column + 4),
                    "https://github.com/copydesk/copydesk/blob/main/docs/issues.md#cd3005"));
            }

            offset += lines[line].Length + 1;
        }

        return issues.ToEquatableArray();
    }
}
