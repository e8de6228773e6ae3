using System.Linq;
using System.Text;
using Copydesk.Schema.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// A schema may not generate more than <see cref="DiagnosticCatalog.MaxGeneratedCharacters"/> characters of C#: past
/// that it is CD1120 at its type, emission stops at the limit, and a stand-in keeps user code compiling.
/// </summary>
public sealed class GeneratedSizeTests
{
    private const string Path = "/project/huge.schema.yaml";

    [Fact]
    public void A_schema_that_would_generate_more_than_the_limit_is_CD1120_at_its_type_with_a_stand_in()
    {
        // 1,500 parts of five slots, each a case of the body: a few hundred KB of schema, well over 4 Mi characters of C#.
        var schema = new StringBuilder("copydesk: 1\ntype: Huge\nnamespace: Newsroom.Huge\nparts:\n");
        for (int part = 0; part < 1_500; part++)
        {
            schema.Append("  Part").Append(part).Append(":\n    - head").Append(part).Append(": label\n    - lines: { line: sentence, repeat: 0+ }\n")
                .Append("    - note: { line: label, optional: true }\n    - more: { line: sentence, repeat: 0..40 }\n    - tail: label\n");
        }

        schema.Append("layout:\n  - body:\n      repeat: 0+\n      oneOf:\n");
        for (int part = 0; part < 1_500; part++)
        {
            schema.Append("        - p").Append(part).Append(": Part").Append(part).Append('\n');
        }

        var (run, output) = GeneratorHarness.RunWithCode("public static class Reader { public static Newsroom.Huge.Huge? Current { get; set; } }", null, (Path, schema.ToString()));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CD1120", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("longer than 4,194,304 characters", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        string source = Assert.Single(run.Results.Single().GeneratedSources).SourceText.ToString();
        Assert.Contains("public sealed partial record Huge;", source, System.StringComparison.Ordinal);
        Assert.Contains("CD1120", source, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_shipped_schemas_generate_a_small_fraction_of_the_limit()
    {
        foreach (string file in GeneratorHarness.SchemaFileNames())
        {
            var (run, _) = GeneratorHarness.Run(("/project/" + file, GeneratorHarness.ReadSchema(file)));

            Assert.Empty(run.Diagnostics.Where(d => d.Id == "CD1120"));
            Assert.InRange(run.Results.Single().GeneratedSources.Single().SourceText.Length, 1, DiagnosticCatalog.MaxGeneratedCharacters / 50);
        }
    }
}
