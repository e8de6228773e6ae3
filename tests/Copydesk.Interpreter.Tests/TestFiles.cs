using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk.Interpretation;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>The schemas and authored articles copied next to the tests, and loading helpers.</summary>
internal static class TestFiles
{
    private const string SchemaSuffix = ".schema.yaml";

    /// <summary>The repository's <c>schemas/</c> folder, copied next to the tests.</summary>
    public const string ShippedFolder = "schemas";

    /// <summary>The tests' own schemas (<c>Schemas/</c> in the test project), copied next to the tests.</summary>
    public const string TestFolder = "test-schemas";

    /// <summary>Every schema file name in <c>schemas/</c>, in ordinal order.</summary>
    public static string[] SchemaFileNames() => FileNames(ShippedFolder);

    /// <summary>Every schema as <c>folder/file</c>: the repository's, then the tests' own.</summary>
    public static string[] AllSchemas() =>
        [.. FileNames(ShippedFolder).Select(name => ShippedFolder + "/" + name), .. FileNames(TestFolder).Select(name => TestFolder + "/" + name)];

    /// <summary>The folder of authored articles for a schema: <c>articles/&lt;schema base name&gt;</c>.</summary>
    public static string ArticlesFolder(string schemaFile) =>
        Path.Combine(AppContext.BaseDirectory, "articles", Path.GetFileName(schemaFile)[..^SchemaSuffix.Length]);

    /// <summary>The authored article files (<c>*.txt</c>) of a schema, in ordinal order; none when the folder is missing.</summary>
    public static string[] AuthoredArticles(string schemaFile)
    {
        string folder = ArticlesFolder(schemaFile);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
    }

    /// <summary>The text of a schema: a file of <c>schemas/</c>, or <c>folder/file</c>.</summary>
    public static string SchemaText(string schemaFile)
    {
        string relative = schemaFile.Contains('/', StringComparison.Ordinal) ? schemaFile : ShippedFolder + "/" + schemaFile;
        return File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relative));
    }

    /// <summary>Loads a schema (a file of <c>schemas/</c>, or <c>folder/file</c>) into an interpreter, failing the test when it has errors.</summary>
    public static SchemaInterpreter Interpreter(string schemaFile)
    {
        string yaml = SchemaText(schemaFile);
        bool loaded = SchemaInterpreter.TryLoad(yaml, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics);
        Assert.True(loaded, $"{schemaFile} does not load:\n{string.Join("\n", diagnostics.Select(d => d.ToString(schemaFile)))}");
        return interpreter!;
    }

    /// <summary>Loads an inline schema, failing the test when it has errors.</summary>
    public static SchemaInterpreter Inline(string yaml)
    {
        bool loaded = SchemaInterpreter.TryLoad(yaml, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics);
        Assert.True(loaded, string.Join("\n", diagnostics.Select(d => d.ToString("inline.schema.yaml"))));
        return interpreter!;
    }

    /// <summary>What a parse gives a tool: the compact JSON and the validation issues, or null and the parse errors.</summary>
    public static (string? Json, IReadOnlyList<ArticleIssue> Issues) Run(SchemaInterpreter interpreter, string text)
    {
        ParseResult<InterpretedArticle> result = interpreter.Parse(text);
        return result.Document is { } document ? (document.ToJson(), document.Validate()) : (null, result.Issues);
    }

    private static string[] FileNames(string folder)
    {
        string path = Path.Combine(AppContext.BaseDirectory, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, "*" + SchemaSuffix).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>An issue as one line, for failure messages.</summary>
    public static string Describe(ArticleIssue issue) =>
        $"{issue.Code} {issue.Severity.ToName()} '{issue.Path}' {issue.Span.Line}:{issue.Span.Column}-{issue.Span.EndLine}:{issue.Span.EndColumn}@{issue.Span.Offset}+{issue.Span.Length} {issue.Message}";
}
