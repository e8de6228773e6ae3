using System;
using System.IO;
using System.Linq;
using Copydesk.Generator.Pipeline;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>The diagnostic catalogue is the single source of ids, and every shipped form of it agrees.</summary>
public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Ids_are_unique_and_in_the_CD1xxx_range()
    {
        string[] ids = DiagnosticCatalog.All.Select(d => d.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^CD1[0-9]{3}$", id));
    }

    [Fact]
    public void Every_id_is_listed_in_the_analyzer_release_files_with_its_category_and_severity()
    {
        string[] rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Shipped.md")))
            .Where(line => line.StartsWith("CD", StringComparison.Ordinal))
            .ToArray();

        string[] expected = DiagnosticCatalog.All
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}")
            .ToArray();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Roslyn_descriptors_carry_the_catalogue_entry_and_a_help_link()
    {
        foreach (SchemaDiagnosticDescriptor entry in DiagnosticCatalog.All)
        {
            DiagnosticDescriptor descriptor = RoslynDiagnostics.DescriptorFor(entry);

            Assert.Equal(entry.Id, descriptor.Id);
            Assert.Equal(entry.Category, descriptor.Category);
            Assert.Equal(entry.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal("https://github.com/copydesk/copydesk/blob/main/docs/diagnostics.md#" + entry.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Every_message_formats_with_its_argument_count_and_no_message_needs_more()
    {
        foreach (SchemaDiagnosticDescriptor entry in DiagnosticCatalog.All)
        {
            string[] arguments = Enumerable.Range(0, entry.ArgumentCount).Select(i => $"<{i}>").ToArray();

            string message = DiagnosticCatalog.Format(entry, arguments);

            Assert.All(arguments, argument => Assert.Contains(argument, message));
            Assert.InRange(entry.ArgumentCount, 1, 3);
        }
    }

    [Fact]
    public void Diagnostics_with_too_few_or_too_many_arguments_or_an_unknown_id_still_format()
    {
        Assert.Equal("Unknown key 'x' in .", SchemaDiagnostic.Create(DiagnosticCatalog.UnknownKey, TextRange.FileStart, "x").Message);
        Assert.Equal(["a", "b"], SchemaDiagnostic.Create(DiagnosticCatalog.RecursivePart, TextRange.FileStart, "a", "b", "c").Arguments);

        var unknown = new SchemaDiagnostic("CD9999", new EquatableArray<string>(["boom"]), TextRange.FileStart);
        Assert.Equal("CD1099", unknown.Descriptor.Id);
        Assert.Contains("boom", unknown.Message);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 0, 0, "0,0-0,0 [0..0)")]
    [InlineData(5, 3, 2, 1, 40, 10, "4,2-4,2 [40..40)")]
    [InlineData(0, 0, -4, -9, -3, -8, "0,0-0,0 [0..0)")]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, "2147483646,2147483646-2147483646,2147483646 [2147483647..2147483647)")]
    public void A_Roslyn_diagnostic_is_created_for_any_range_with_its_ends_clamped_into_order(
        int startLine, int startColumn, int endLine, int endColumn, int start, int end, string expectedLocation)
    {
        var diagnostic = new SchemaDiagnostic("CD1002", new EquatableArray<string>(["only one"]), new TextRange(startLine, startColumn, endLine, endColumn, start, end));

        Diagnostic roslyn = RoslynDiagnostics.Create("/project/x.schema.yaml", diagnostic);

        Assert.StartsWith("Unknown key 'only one'", roslyn.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        FileLinePositionSpan span = roslyn.Location.GetLineSpan();
        Assert.Equal(expectedLocation, $"{span.StartLinePosition}-{span.EndLinePosition} {roslyn.Location.SourceSpan}");
    }
}
