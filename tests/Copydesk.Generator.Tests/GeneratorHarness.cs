using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Copydesk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generator.Tests;

/// <summary>Runs <see cref="CopydeskGenerator"/> in memory the way the compiler does.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Copydesk.TextLine).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>A schema file of the in-memory project.</summary>
    public sealed class SchemaFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "UserProject",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"/project/Code{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> schemas,
        string? rootNamespace = "UserProject",
        bool trackSteps = true,
        CopydeskGenerator? generator = null,
        CSharpParseOptions? parseOptions = null)
    {
        var globals = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDirectory };
        if (rootNamespace is not null)
        {
            globals["build_property.RootNamespace"] = rootNamespace;
        }

        return CSharpGeneratorDriver.Create(
            [(generator ?? new CopydeskGenerator()).AsSourceGenerator()],
            schemas,
            parseOptions ?? CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new OptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator over the schemas and returns the run and the compilation with the generated code.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(params (string Path, string Text)[] schemas) => Run(null, schemas);

    /// <summary>Runs <paramref name="generator"/> (or the real one) over the schemas.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CopydeskGenerator? generator, params (string Path, string Text)[] schemas) =>
        RunWithCode("namespace UserProject { internal static class Anchor { } }", generator, schemas);

    /// <summary>Runs the generator (or <paramref name="generator"/>) in a project whose own code is <paramref name="userCode"/>.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) RunWithCode(string userCode, CopydeskGenerator? generator, params (string Path, string Text)[] schemas)
    {
        GeneratorDriver driver = CreateDriver(schemas.Select(s => new SchemaFile(s.Path, s.Text)), generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(userCode), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Whether a generated source is the obsolete stand-in a schema with errors declares for its type, not generated code.</summary>
    public static bool IsStandIn(GeneratedSourceResult source) =>
        source.SourceText.ToString().Contains("[global::System.Obsolete(", StringComparison.Ordinal);

    /// <summary>The text of a schema in the repository's <c>schemas</c> folder.</summary>
    public static string ReadSchema(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", fileName));

    public static IEnumerable<string> SchemaFileNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schemas"), "*.schema.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private sealed class OptionsProvider(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
