using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// A schema that reads Markdown needs Copydesk.Markup: a project without it gets one CD1052 at the schema's
/// <c>input</c> and no code for that schema, never a compiler error in generated code; other schemas are unaffected.
/// </summary>
public sealed class MarkupRequirementTests
{
    private const string MarkdownSchema = "copydesk: 1\ntype: Post\ninput: markdown\nlines:\n  title: { block: heading, level: 1 }\nlayout:\n  - title: title\n";

    [Fact]
    public void A_markdown_schema_without_Copydesk_Markup_gets_one_CD1052_at_its_input_and_no_code()
    {
        (ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run, Compilation output) = Run(GeneratorHarness.RuntimeOnlyReferences.Value);

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("CD1052", only.Id);
        Assert.Equal(DiagnosticSeverity.Error, only.Severity);
        Assert.Equal("/project/post.schema.yaml", only.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(2, 7), only.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(
            "This schema reads Markdown ('input: markdown'), which needs the Copydesk.Markup package, and this project does not reference it: add <PackageReference Include=\"Copydesk.Markup\" /> to the project",
            only.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.GeneratedTrees, tree => tree.FilePath.Contains("post", System.StringComparison.OrdinalIgnoreCase));
        Assert.Single(run.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void With_Copydesk_Markup_the_markdown_schema_generates_code_that_compiles()
    {
        (ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run, Compilation output) = Run(GeneratorHarness.CreateCompilation().References.ToImmutableArray());

        Assert.Empty(diagnostics);
        Assert.Equal(2, run.GeneratedTrees.Length);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run, Compilation Output) Run(ImmutableArray<MetadataReference> references)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "UserProject",
            [CSharpSyntaxTree.ParseText("namespace UserProject { internal static class Anchor { } }", path: "/project/Code0.cs", cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            [
                new GeneratorHarness.SchemaFile("/project/post.schema.yaml", MarkdownSchema),
                new GeneratorHarness.SchemaFile("/project/wire.schema.yaml", "copydesk: 1\ntype: Wire\nlayout:\n  - headline: label\n"),
            ]);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, TestContext.Current.CancellationToken);
        return (diagnostics, driver.GetRunResult(), output);
    }
}
