using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CopydeskIncrementalGenerator = Copydesk.Generator.CopydeskGenerator;

namespace Copydesk.Benchmarks.Generators;

/// <summary>The generators compared.</summary>
public enum GeneratorKind
{
    /// <summary>The Copydesk generator over N schemas.</summary>
    Copydesk,

    /// <summary>The SDK's System.Text.Json source generator over N serializable root types.</summary>
    SystemTextJson,
}

/// <summary>
/// The input of one generator for N units and the three edits the benchmark replays: none (a cold run), an
/// unrelated C# edit, and an edit of one unit. For Copydesk a unit is a copy of digest-story.schema.yaml
/// under its own namespace; for System.Text.Json it is the bench project's own DigestStoryContract records
/// (the same shape: the story, its quote, paragraph, section, in-depth link and attribution) under their own
/// namespace with a JsonSerializerContext that names the story, so both generators emit the same graph of types.
/// </summary>
public sealed class GeneratorWorkload
{
    private const string AnchorPath = "/project/Anchor.cs";
    private const string AnchorSource = "namespace UserProject\n{\n    internal static class Anchor\n    {\n    }\n}\n";
    private const string EditedAnchorSource = "namespace UserProject\n{\n    internal static class Anchor\n    {\n        internal const int Edited = 1;\n    }\n}\n";

    /// <summary>The parse options of every C# file of the project.</summary>
    internal static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Copydesk.IArticle).Assembly.Location) // the runtime the generated code calls: without it, CD1051
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly Lazy<IIncrementalGenerator> SystemTextJsonGenerator = new(LoadSystemTextJsonGenerator);

    private readonly ISourceGenerator generator;
    private readonly AdditionalText[] schemas;
    private readonly AdditionalText? editedSchema;

    private GeneratorWorkload(GeneratorKind kind, int units)
    {
        Kind = kind;
        Units = units;
        var trees = new List<SyntaxTree> { Anchor() };
        if (kind == GeneratorKind.Copydesk)
        {
            generator = new CopydeskIncrementalGenerator().AsSourceGenerator();
            string schema = BenchSettings.Resource("digest-story.schema.yaml");
            schemas = Enumerable.Range(0, units).Select(i => (AdditionalText)new InMemoryText(SchemaPath(i), SchemaCopy(schema, i))).ToArray();
            editedSchema = new InMemoryText(SchemaPath(0), Replace(SchemaCopy(schema, 0), "maxLength: 120", "maxLength: 100"));
            Compilation = CreateCompilation(trees);
            EditedUnitCompilation = Compilation;
        }
        else
        {
            generator = SystemTextJsonGenerator.Value.AsSourceGenerator();
            schemas = [];
            string model = BenchSettings.Resource("DigestStoryContract.cs");
            for (int i = 0; i < units; i++)
            {
                trees.Add(CSharpSyntaxTree.ParseText(ModelCopy(model, i), ParseOptions, ModelPath(i)));
            }

            Compilation = CreateCompilation(trees);
            SyntaxTree first = trees[1];
            EditedUnitCompilation = Compilation.ReplaceSyntaxTree(
                first,
                CSharpSyntaxTree.ParseText(Replace(ModelCopy(model, 0), "string Headline,", "string Title,"), ParseOptions, ModelPath(0)));
        }

        UnrelatedEditCompilation = WithUnrelatedEdit(Compilation);
    }

    /// <summary>Which generator runs.</summary>
    public GeneratorKind Kind { get; }

    /// <summary>The number of schemas or serializable root types.</summary>
    public int Units { get; }

    /// <summary>The project before any edit.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The project after a C# edit that touches no unit: a constant added to an unrelated class.</summary>
    public CSharpCompilation UnrelatedEditCompilation { get; }

    /// <summary>The project after the edit of one unit (for Copydesk the compilation is unchanged: the edit is in a schema).</summary>
    public CSharpCompilation EditedUnitCompilation { get; }

    /// <summary>Builds the workload of <paramref name="units"/> units for <paramref name="kind"/>.</summary>
    public static GeneratorWorkload Create(GeneratorKind kind, int units) => new(kind, units);

    /// <summary>Where the SDK keeps the System.Text.Json source generator for the running runtime.</summary>
    public static string SystemTextJsonGeneratorPath()
    {
        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/; the reference pack with its analyzers beside it.
        string runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        string root = Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } fromEnvironment && Directory.Exists(Path.Combine(fromEnvironment, "packs"))
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        int major = Environment.Version.Major;
        string? found = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(directory => Version.TryParse(Path.GetFileName(directory).Split('-')[0], out Version? version) && version.Major == major)
                .OrderByDescending(directory => Version.Parse(Path.GetFileName(directory).Split('-')[0]))
                .Select(directory => Path.Combine(directory, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
                .FirstOrDefault(File.Exists)
            : null;
        return found ?? throw new FileNotFoundException(
            $"System.Text.Json.SourceGeneration.dll was not found under {packs}/{major}.*/analyzers/dotnet/cs/: the generator benchmark needs the .NET {major} SDK's reference pack.");
    }

    /// <summary>A driver that has run on nothing yet.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [generator],
        schemas,
        ParseOptions,
        new ProjectOptions(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The driver as it stands after the edit of one unit, for a driver that ran before it.</summary>
    public GeneratorDriver EditUnit(GeneratorDriver driver) =>
        Kind == GeneratorKind.Copydesk ? driver.ReplaceAdditionalText(schemas[0], editedSchema!) : driver;

    /// <summary>Runs <paramref name="driver"/> on a fresh copy of <paramref name="compilation"/> (no semantic caches carried over).</summary>
    public static GeneratorDriver Run(GeneratorDriver driver, CSharpCompilation compilation) =>
        driver.RunGenerators(compilation.Clone(), CancellationToken.None);

    /// <summary>Checks that a run produced source for every unit and no error.</summary>
    public void Verify(GeneratorDriver driver)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        // A generator that throws is reported as warning CS8785 and contributes nothing.
        Diagnostic[] errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "CS8785").ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{Kind} reported errors: {string.Join("; ", errors.Take(3))}");
        }

        int sources = result.Results.Sum(r => r.GeneratedSources.Length);
        if (sources < Units)
        {
            throw new InvalidOperationException($"{Kind} generated {sources} files for {Units} units.");
        }
    }

    private static IIncrementalGenerator LoadSystemTextJsonGenerator()
    {
        Assembly assembly = Assembly.LoadFrom(SystemTextJsonGeneratorPath());
        Type type = assembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary>The project's C# file that no unit touches, before the unrelated edit.</summary>
    internal static SyntaxTree Anchor() => CSharpSyntaxTree.ParseText(AnchorSource, ParseOptions, AnchorPath);

    /// <summary><paramref name="compilation"/> after a C# edit that touches no unit: a constant added to the anchor class.</summary>
    internal static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation) => compilation.ReplaceSyntaxTree(
        compilation.SyntaxTrees.First(tree => tree.FilePath == AnchorPath),
        CSharpSyntaxTree.ParseText(EditedAnchorSource, ParseOptions, AnchorPath));

    /// <summary>The project's compilation of <paramref name="trees"/>, referencing the framework and the Copydesk runtime.</summary>
    internal static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "UserProject",
        trees,
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static string SchemaPath(int index) => $"/project/schemas/digest-story-{index.ToString(CultureInfo.InvariantCulture)}.schema.yaml";

    private static string ModelPath(int index) => $"/project/Models/DigestStoryContract{index.ToString(CultureInfo.InvariantCulture)}.cs";

    private static string SchemaCopy(string schema, int index) =>
        Replace(schema, "namespace: Copydesk.Samples", $"namespace: UserProject.Schemas.S{index.ToString(CultureInfo.InvariantCulture)}");

    private static string ModelCopy(string model, int index)
    {
        // The generator names its files after the context class alone: every context needs its own name.
        string suffix = index.ToString(CultureInfo.InvariantCulture);
        return Replace(model, "namespace Copydesk.Benchmarks.Contract;", $"namespace UserProject.Models.M{suffix};")
            + "\n[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]\n"
            + "[JsonSerializable(typeof(DigestStoryContract))]\n"
            + $"internal sealed partial class Model{suffix}Context : JsonSerializerContext;\n";
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"'{from}' is not in the text to edit.");
}
