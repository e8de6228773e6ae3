using System;

namespace Copydesk.Cli.Output;

/// <summary>The names and descriptions of <see cref="OutputFormat"/> values, as <c>--format</c> takes and documents them.</summary>
public static class OutputFormats
{
    /// <summary>The name on the command line: <c>text</c>, <c>json</c>, <c>jsonld</c>, <c>sarif</c> or <c>github</c>.</summary>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.JsonLd => "jsonld",
        OutputFormat.Sarif => "sarif",
        OutputFormat.GitHub => "github",
        _ => "text",
    };

    /// <summary>The format named <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public static OutputFormat? Parse(string? name) => name switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "jsonld" => OutputFormat.JsonLd,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        _ => null,
    };

    /// <summary>One clause for <c>--help</c>: the name and what the format is for.</summary>
    public static string Describe(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json: one contract JSON object per file, one per line",
        OutputFormat.JsonLd => "jsonld: one line per file as json, the document being the article's schema.org JSON-LD",
        OutputFormat.Sarif => "sarif: one SARIF 2.1.0 log for code-scanning tools",
        OutputFormat.GitHub => "github: GitHub Actions annotations (workflow commands)",
        _ => "text: readable output with MSBuild-style issue lines",
    };

    /// <summary>Names in prose: <c>'text', 'json' or 'sarif'</c>.</summary>
    public static string List(string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] quoted = Array.ConvertAll(names, name => "'" + name + "'");
        return quoted.Length == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " or " + quoted[^1];
    }
}
