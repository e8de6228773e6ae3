using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// Each issue of an article is a compiler diagnostic with the issue's own code, message, severity and help link, at the
/// article's line and column. Its severity is the collection's <c>Severity</c> when set, and a global config's
/// <c>dotnet_diagnostic.CDnnnn.severity</c> over both, as for any compiler diagnostic.
/// </summary>
public sealed class ArticleDiagnosticTests
{
    private const string Schema = "/project/schemas/digest-story.schema.yaml";
    private const string Article = "/project/content/stories/a.md";

    [Fact]
    public void An_issue_is_a_diagnostic_with_its_code_message_help_link_and_place_in_the_article()
    {
        Diagnostic diagnostic = Assert.Single(Run(null, null));

        Assert.Equal("CD3005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("body[0] contains the placeholder 'TODO'.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/copydesk/copydesk/blob/main/docs/issues.md#cd3005", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal("Copydesk.Content", diagnostic.Descriptor.Category);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal((Article, 2, 4, 2, 8), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(14, 4), diagnostic.Location.SourceSpan);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("Error", DiagnosticSeverity.Error)]
    public void The_collection_severity_replaces_the_issue_severity(string severity, DiagnosticSeverity expected)
    {
        Assert.Equal(expected, Assert.Single(Run(severity, null)).Severity);
    }

    [Theory]
    [InlineData(null, "dotnet_diagnostic.CD3005.severity = error", DiagnosticSeverity.Error)]
    [InlineData("info", "dotnet_diagnostic.CD3005.severity = error", DiagnosticSeverity.Error)]
    [InlineData("error", "dotnet_diagnostic.CD3005.severity = warning", DiagnosticSeverity.Warning)]
    [InlineData(null, "dotnet_diagnostic.CD3005.severity = none", null)]
    public void A_global_config_sets_the_severity_of_a_code_over_the_collection(string? collectionSeverity, string setting, DiagnosticSeverity? expected)
    {
        Assert.Equal(expected, Run(collectionSeverity, setting).SingleOrDefault()?.Severity);
    }

    [Fact]
    public void WarningsAsErrors_turns_an_article_warning_into_an_error()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(RunIn(compilation, null)).Severity);
    }

    [Fact]
    public void An_article_the_compiler_could_not_read_as_UTF8_is_one_CD0002_where_it_stops_being_UTF8()
    {
        var latin1 = new FallbackDecodedFile("/project/content/stories/cafe.md", System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n"));

        Diagnostic diagnostic = Assert.Single(RunFallback(latin1).GetRunResult().Diagnostics);

        Assert.Equal("CD0002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((0, 3), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(3, 1), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void A_stray_byte_after_UTF8_text_is_CD0002_at_the_tool_s_line_and_column_marking_that_byte_in_the_compiler_s_text()
    {
        // UTF-8 with one Latin-1 byte: the tool counts 'é' as one character, the compiler's fallback as two ('Ã©').
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("Caf\u00e9 reopens\n\nTh\u00e9 "), 0xE9, .. System.Text.Encoding.UTF8.GetBytes(" au lait.\n")];
        var file = new FallbackDecodedFile("/project/content/stories/cafe.md", bytes);

        Diagnostic diagnostic = Assert.Single(RunFallback(file).GetRunResult().Diagnostics);

        Assert.Equal("CD0002", diagnostic.Id);
        Assert.Equal((2, 4), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        string compilerText = file.GetText(TestContext.Current.CancellationToken).ToString();
        Assert.Equal("\u00e9", compilerText.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(System.Text.Encoding.Latin1.GetString(bytes).IndexOf(" \u00e9 ", System.StringComparison.Ordinal) + 1, diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_UTF8_article_the_compiler_read_with_another_encoding_has_its_issues_marked_in_the_compiler_s_text()
    {
        // A project that names a code page makes the compiler decode even valid UTF-8 with it: 'é' becomes 'Ã©'.
        string headline = string.Concat(Enumerable.Repeat("Caf\u00e9 ", 30)).TrimEnd();
        var file = new FallbackDecodedFile("/project/content/stories/cafe.md", System.Text.Encoding.UTF8.GetBytes(headline + "\n\nThe body.\n"));

        Diagnostic diagnostic = Assert.Single(RunFallback(file).GetRunResult().Diagnostics);

        Assert.Equal("CD3001", diagnostic.Id);
        Assert.Equal((0, 0, 0, headline.Length), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character, diagnostic.Location.GetLineSpan().EndLinePosition.Line, diagnostic.Location.GetLineSpan().EndLinePosition.Character));
        string compilerText = file.GetText(TestContext.Current.CancellationToken).ToString();
        Assert.Equal(System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes(headline)), compilerText.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void An_article_past_the_size_cap_read_with_a_fallback_encoding_is_one_CD0004_at_its_start()
    {
        byte[] bytes = System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 " + new string('x', 8 * 1024 * 1024) + "\n");

        Diagnostic diagnostic = Assert.Single(RunFallback(new FallbackDecodedFile("/project/content/stories/huge.md", bytes)).GetRunResult().Diagnostics);

        Assert.Equal("CD0004", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), diagnostic.Location.SourceSpan);
        Assert.Equal("cannot read the file: it is larger than the article size cap of 8 MiB for articles checked in the build.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_article_read_with_a_fallback_encoding_is_not_checked_again_when_the_compiler_reads_it_again_unchanged()
    {
        byte[] bytes = System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 reopens\n");
        var file = new FallbackDecodedFile("/project/content/stories/cafe.md", bytes);
        GeneratorDriver driver = RunFallback(file);

        GeneratorRunResult second = driver
            .ReplaceAdditionalText(file, new FallbackDecodedFile(file.Path, bytes))
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        StepReasons.AssertReasons(
            second,
            (Copydesk.Generator.Pipeline.TrackingNames.ContentText, [IncrementalStepRunReason.Unchanged]),
            (Copydesk.Generator.Pipeline.TrackingNames.ContentValidation, [IncrementalStepRunReason.Cached]));
        Assert.Equal("CD0002", Assert.Single(second.Diagnostics).Id);
    }

    private static GeneratorDriver RunFallback(FallbackDecodedFile file)
    {
        var metadata = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.Dictionary<string, string>>
        {
            [file.Path] = GeneratorHarness.ContentMetadata(Schema, "Stories"),
        };
        return GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml")), file], fileMetadata: metadata)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken);
    }

    // What the compiler hands over for a file that is not UTF-8: its bytes decoded with a single-byte fallback.
    private sealed class FallbackDecodedFile(string path, byte[] bytes) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(System.Text.Encoding.Latin1.GetString(bytes), System.Text.Encoding.Latin1);
    }

    private static ImmutableArray<Diagnostic> Run(string? collectionSeverity, string? setting)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        if (setting is not null)
        {
            AnalyzerConfig config = AnalyzerConfig.Parse("is_global = true\n" + setting + "\n", "/project/.globalconfig");
            AnalyzerConfigSet set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out _);
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new SeverityConfigurationTests.GlobalOptionsProvider(set.GlobalConfigOptions.TreeOptions)));
        }

        return RunIn(compilation, collectionSeverity);
    }

    private static ImmutableArray<Diagnostic> RunIn(CSharpCompilation compilation, string? collectionSeverity)
    {
        new ContentProject()
            .Schema(Schema, GeneratorHarness.ReadSchema("digest-story.schema.yaml"))
            .Article(Article, "Headline\n\nThe TODO body\n", Schema, "Stories", severity: collectionSeverity)
            .CreateDriver(new RecordingChecker())
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics, TestContext.Current.CancellationToken);
        return diagnostics;
    }
}
