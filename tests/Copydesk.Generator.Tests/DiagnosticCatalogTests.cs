using System;
using System.IO;
using System.Linq;
using Copydesk.Generator.Pipeline;
using Copydesk.Schema.Diagnostics;
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
}
