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

namespace Copydesk.Testing;

/// <summary>Runs <see cref="CopydeskGenerator"/> in memory the way the compiler does.</summary>
public static class GeneratorHarness
{
    /// <summary>The <c>ProjectDir</c> build property of the in-memory project.</summary>
    public const string ProjectDirectory = "/project/";

    /// <summary>The <c>RootNamespace</c> build property of the in-memory project, unless a test gives another.</summary>
    public const string RootNamespace = "UserProject";

    /// <summary>The framework's assemblies, without the Copydesk runtime.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> PlatformReferences = new(() =>
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>The framework's assemblies and the Copydesk runtime, without Copydesk.Markup: a project whose Markdown schemas get CD1052.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> RuntimeOnlyReferences = new(() =>
        PlatformReferences.Value.Add(MetadataReference.CreateFromFile(typeof(IArticle).Assembly.Location)));

    // Copydesk.Markup and Markdig too, so schemas that read Markdown compile as in a project with both packages.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        RuntimeOnlyReferences.Value
            .Add(MetadataReference.CreateFromFile(typeof(Copydesk.Markup.Markdown.MarkdownUnits).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Markdig.Markdown).Assembly.Location)));

    /// <summary>A schema file of the in-memory project.</summary>
    /// <param name="path">Where the file is, as the compiler reports it in diagnostics.</param>
    /// <param name="text">What the file holds.</param>
    public sealed class SchemaFile(string path, string text) : AdditionalText
    {
        /// <inheritdoc />
        public override string Path { get; } = path;

        /// <inheritdoc />
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>A library of the in-memory project holding <paramref name="sources"/>, referencing the platform and the Copydesk runtime.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(RootNamespace, sources);

    /// <summary>A library named <paramref name="assemblyName"/> holding <paramref name="sources"/>, referencing the platform and the Copydesk runtime.</summary>
    public static CSharpCompilation CreateCompilation(string assemblyName, IEnumerable<string> sources) => CSharpCompilation.Create(
        assemblyName,
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"{ProjectDirectory}Code{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A driver that runs <paramref name="generator"/> (or the real one) over <paramref name="schemas"/> with the build
    /// properties a project passes; <paramref name="visibility"/> is the project's <c>CopydeskVisibility</c>.
    /// </summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> schemas,
        string? rootNamespace = RootNamespace,
        bool trackSteps = true,
        CopydeskGenerator? generator = null,
        CSharpParseOptions? parseOptions = null,
        string? targetFramework = null,
        string? visibility = null,
        IReadOnlyDictionary<string, Dictionary<string, string>>? fileMetadata = null)
    {
        var globals = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDirectory };
        if (visibility is not null)
        {
            globals["build_property.CopydeskVisibility"] = visibility;
        }

        if (targetFramework is not null)
        {
            globals["build_property.TargetFramework"] = targetFramework;
        }

        if (rootNamespace is not null)
        {
            globals["build_property.RootNamespace"] = rootNamespace;
        }

        return CSharpGeneratorDriver.Create(
            [(generator ?? new CopydeskGenerator()).AsSourceGenerator()],
            schemas,
            parseOptions ?? CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new OptionsProvider(globals, fileMetadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator over the schemas and returns the run and the compilation with the generated code.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(params (string Path, string Text)[] schemas) => Run(null, schemas);

    /// <summary>Runs <paramref name="generator"/> (or the real one) over the schemas.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CopydeskGenerator? generator, params (string Path, string Text)[] schemas) =>
        RunWithCode($"namespace {RootNamespace} {{ internal static class Anchor {{ }} }}", generator, schemas);

    /// <summary>Runs the generator (or <paramref name="generator"/>) in a project whose own code is <paramref name="userCode"/>.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) RunWithCode(string userCode, CopydeskGenerator? generator, params (string Path, string Text)[] schemas)
    {
        GeneratorDriver driver = CreateDriver(schemas.Select(s => new SchemaFile(s.Path, s.Text)), generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(userCode), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Runs the generator over the schemas in a project that references the Copydesk runtime but not Copydesk.Markup.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) RunWithoutMarkup(params (string Path, string Text)[] schemas)
    {
        GeneratorDriver driver = CreateDriver(schemas.Select(s => new SchemaFile(s.Path, s.Text)));
        CSharpCompilation compilation = CreateCompilation($"namespace {RootNamespace} {{ internal static class Anchor {{ }} }}")
            .WithReferences(RuntimeOnlyReferences.Value);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Whether a generated source is the obsolete stand-in a schema with errors declares for its type, not generated code.</summary>
    public static bool IsStandIn(GeneratedSourceResult source) =>
        source.SourceText.ToString().Contains("[global::System.Obsolete(", StringComparison.Ordinal);

    /// <summary>The text of a schema in the <c>schemas</c> folder copied next to the tests.</summary>
    public static string ReadSchema(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", fileName));

    /// <summary>The file names of the schemas in the <c>schemas</c> folder copied next to the tests, in ordinal order.</summary>
    public static IEnumerable<string> SchemaFileNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schemas"), "*.schema.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>
    /// The metadata the build passes for an article of a <c>CopydeskContent</c> item, as <c>build_metadata.AdditionalFiles.*</c>
    /// options, the way Copydesk.targets writes them.
    /// </summary>
    public static Dictionary<string, string> ContentMetadata(string? schema, string? collection, bool embed = false, string? severity = null, string? resource = null)
    {
        var metadata = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                metadata["build_metadata.AdditionalFiles." + name] = value;
            }
        }

        Add("CopydeskSchema", schema);
        Add("CopydeskCollection", collection);
        Add("CopydeskEmbed", embed ? "true" : string.Empty);
        Add("CopydeskSeverity", severity);
        Add("CopydeskResource", resource);
        return metadata;
    }

    private sealed class OptionsProvider(Dictionary<string, string> globals, IReadOnlyDictionary<string, Dictionary<string, string>>? fileMetadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            fileMetadata is not null && fileMetadata.TryGetValue(textFile.Path, out Dictionary<string, string>? metadata) ? new Options(metadata) : Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
