using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Benchmarks.Generators;

/// <summary>
/// The options the build hands the generators: the project's root namespace and folder, and for additional files
/// the <c>build_metadata.AdditionalFiles.*</c> values Copydesk.targets writes (a content collection's schema, name, ...).
/// </summary>
internal sealed class ProjectOptions(IReadOnlyDictionary<string, AnalyzerConfigOptions>? fileMetadata = null) : AnalyzerConfigOptionsProvider
{
    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "UserProject",
        ["build_property.ProjectDir"] = "/project/",
    });

    /// <summary>Options with the given values, for one additional file (keys in full, <c>build_metadata.AdditionalFiles.Name</c>).</summary>
    public static AnalyzerConfigOptions For(Dictionary<string, string> values) => new Options(values);

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        fileMetadata is not null && fileMetadata.TryGetValue(textFile.Path, out AnalyzerConfigOptions? options) ? options : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
