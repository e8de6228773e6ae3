using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// The build reports, for each authored digest story, exactly the issues the generated parser and validator find in
/// it: same codes, severities, messages, lines and columns, each diagnostic marking the issue's span of the article.
/// (The generated code and the interpreter that <c>copydesk validate</c> runs agree by the parity suite, and the
/// content engine and <c>copydesk validate</c> by its own tests.)
/// </summary>
public sealed class BuildParityTests
{
    private const string Schema = "/project/schemas/digest-story.schema.yaml";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "articles", "digest-story");

    public static TheoryData<string> Articles => new(Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_build_reports_what_the_generated_parser_and_validator_find(string fileName)
    {
        string text = File.ReadAllText(Path.Combine(Folder, fileName));
        string articlePath = "/project/content/stories/" + fileName;
        var project = new ContentProject()
            .Schema(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .Article(articlePath, text, Schema, "Stories");

        GeneratorDriver driver = project.CreateDriver(null).RunGeneratorsAndUpdateCompilation(
            GeneratorHarness.CreateCompilation("namespace UserProject { internal static class Anchor { } }"), out Compilation output, out _, TestContext.Current.CancellationToken);
        ImmutableArray<Diagnostic> diagnostics = driver.GetRunResult().Diagnostics;
        string[] reported = diagnostics
            .Select(d => $"({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {Name(d.Severity)} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToArray();

        using LoadedAssembly loaded = LoadedAssembly.Emit(output, collectible: true, TestContext.Current.CancellationToken);
        Type article = loaded.Assembly.GetType("Copydesk.Samples.DigestStory")!;
        object result = article.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!.Invoke(null, [text])!;
        var document = (IArticle?)result.GetType().GetProperty("Document")!.GetValue(result);
        IEnumerable<ArticleIssue> issues = document?.Validate() ?? (IReadOnlyList<ArticleIssue>)result.GetType().GetProperty("Issues")!.GetValue(result)!;

        Assert.True(!reported.Any(r => r.Contains("CD1149")), string.Join("\n", reported));
        Assert.Equal(issues.Select(issue => issue.ToString()), reported);
        Assert.Equal(
            issues.Select(issue => (issue.Span.Offset, issue.Span.Length)),
            diagnostics.Select(d => (d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
