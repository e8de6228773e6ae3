using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Generator.Pipeline;

/// <summary>Reads the build's properties and item metadata, which MSBuild hands to the generator as analyzer config values.</summary>
internal static class ConfigValues
{
    /// <summary>The value of <paramref name="key"/>, trimmed, or <see langword="null"/> when it is missing or blank.</summary>
    public static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
