using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Copydesk.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// A project that cannot compile the generated code — too old a C# version, or no Copydesk runtime as with a
/// target framework before .NET 8 — gets one diagnostic that says what it needs, and no generated code, so
/// the compiler reports nothing in generated files.
/// </summary>
public sealed class ProjectRequirementTests
{
    /// <summary>The diagnostics about the project rather than a schema file; reported without a location.</summary>
    public static readonly string[] ProjectIds = ["CD1050", "CD1051"];

    private const string UserCode = "namespace UserProject { internal static class Anchor { } }";

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp10, "10.0")]
    [InlineData(LanguageVersion.CSharp11, "11.0")]
    public void A_CSharp_version_before_12_gets_one_CD1050_and_no_generated_code(LanguageVersion version, string shown)
    {
        (ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run, Compilation output) =
            Run(WithDefaultReferences, CSharpParseOptions.Default.WithLanguageVersion(version));

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("CD1050", only.Id);
        Assert.Equal(DiagnosticSeverity.Error, only.Severity);
        Assert.Equal(Location.None, only.Location);
        Assert.Equal(
            $"The code Copydesk generates from schemas needs C# 12 or later, and this project compiles C# {shown}: remove <LangVersion> from the project or set it to 12 or later",
            only.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public void CSharp_12_and_later_get_generated_code_that_compiles(LanguageVersion version)
    {
        (ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run, Compilation output) =
            Run(WithDefaultReferences, CSharpParseOptions.Default.WithLanguageVersion(version));

        Assert.Empty(diagnostics);
        Assert.Single(run.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_project_without_the_runtime_gets_one_CD1051_naming_its_target_framework_and_no_generated_code()
    {
        // As a netstandard2.0 project that installs the package: the analyzer, but no runtime assembly.
        (ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run, Compilation output) = Run(
            GeneratorHarness.PlatformReferences.Value,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp7_3),
            targetFramework: "netstandard2.0");

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("CD1051", only.Id);
        Assert.Equal(Location.None, only.Location);
        Assert.Equal(
            "The code Copydesk generates from schemas needs .NET 8 or later and the Copydesk runtime library, which this project does not reference (it targets netstandard2.0): target net8.0 or later and reference the Copydesk package",
            only.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_a_target_framework_property_CD1051_leaves_the_framework_out()
    {
        (ImmutableArray<Diagnostic> diagnostics, _, _) = Run(
            GeneratorHarness.PlatformReferences.Value,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest));

        Assert.Contains("which this project does not reference: target net8.0", Assert.Single(diagnostics).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Schema_mistakes_are_still_reported_beside_the_project_diagnostic()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            [new GeneratorHarness.SchemaFile("/project/schemas/bad.schema.yaml", "copydesk: 1\ntype: Bad\nlayout:\n  - headline: label\ncolour: blue\n")],
            parseOptions: CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp11));

        ImmutableArray<Diagnostic> diagnostics = driver.RunGenerators(GeneratorHarness.CreateCompilation(UserCode), TestContext.Current.CancellationToken)
            .GetRunResult().Diagnostics;

        Assert.Equal(["CD1050", "CD1002"], diagnostics.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void The_minimum_is_the_version_the_generated_code_needs()
    {
        // The generated code uses collection expressions: the compiler rejects it under C# 11.
        (_, GeneratorDriverRunResult run, Compilation latest) = Run(WithDefaultReferences, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest));
        CSharpParseOptions csharp11 = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp11);

        Compilation compilation = latest.RemoveAllSyntaxTrees().AddSyntaxTrees(
            latest.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(TestContext.Current.CancellationToken), csharp11, tree.FilePath, cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Single(run.GeneratedTrees);

        Assert.Equal(LanguageVersion.CSharp12, ProjectRequirements.MinimumLanguageVersion);
        Assert.Contains(compilation.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Id == "CS9058");
    }

    private static ImmutableArray<MetadataReference> WithDefaultReferences =>
        GeneratorHarness.CreateCompilation(UserCode).References.ToImmutableArray();

    // The user's code and the generated code are parsed alike, as in a build.
    private static (ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run, Compilation Output) Run(
        ImmutableArray<MetadataReference> references,
        CSharpParseOptions parseOptions,
        string? targetFramework = null)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "UserProject",
            [CSharpSyntaxTree.ParseText(UserCode, parseOptions, "/project/Code0.cs", cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            [new GeneratorHarness.SchemaFile("/project/schemas/digest-story.schema.yaml", GeneratorHarness.ReadSchema("digest-story.schema.yaml"))],
            parseOptions: parseOptions,
            targetFramework: targetFramework);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, TestContext.Current.CancellationToken);
        return (diagnostics, driver.GetRunResult(), output);
    }
}
