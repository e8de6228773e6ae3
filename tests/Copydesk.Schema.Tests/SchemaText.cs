using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Xunit;

namespace Copydesk.Schema.Tests;

/// <summary>Helpers that keep the tests close to the schema text they describe.</summary>
internal static class SchemaText
{
    /// <summary>A valid header; tests append the sections they are about.</summary>
    public const string Header = "copydesk: 1\ntype: Story\n";

    /// <summary>A minimal layout, for tests about other sections.</summary>
    public const string MinimalLayout = "layout:\n  - headline: label\n";

    /// <summary>Loads the lines joined with LF.</summary>
    public static SchemaLoadResult Load(params string[] lines) => LoadText(string.Join("\n", lines) + "\n");

    /// <summary>Loads <paramref name="text"/> as it is, cancellable with the test.</summary>
    public static SchemaLoadResult LoadText(string text) => SchemaLoader.Load(text, TestContext.Current.CancellationToken);

    /// <summary>Asserts that the only diagnostic has <paramref name="id"/> at <paramref name="line"/>:<paramref name="column"/> and returns it.</summary>
    public static SchemaDiagnostic Single(SchemaLoadResult result, string id, int line, int column)
    {
        SchemaDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, id, line, column);
        return diagnostic;
    }

    /// <summary>Asserts that a diagnostic has <paramref name="id"/> and starts at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public static void AssertAt(SchemaDiagnostic diagnostic, string id, int line, int column)
    {
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Range.StartLine, diagnostic.Range.StartColumn));
    }

    /// <summary>The diagnostic with <paramref name="id"/>, asserting there is exactly one.</summary>
    public static SchemaDiagnostic One(SchemaLoadResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    /// <summary>Renders the diagnostics for failure messages.</summary>
    public static string Show(SchemaLoadResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString("schema.yaml")));
}
