using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// Schema diagnostics take their severity from a global analyzer config (<c>.globalconfig</c>, or
/// <c>is_global = true</c> in any config file), as <c>dotnet_diagnostic.CD1013.severity = error</c>, like any
/// compiler diagnostic; <c>&lt;NoWarn&gt;</c> and <c>&lt;WarningsAsErrors&gt;</c> work too. Section-based
/// <c>.editorconfig</c> settings do not: the compiler applies them to C# files only, and a schema is not one.
/// Neither do category-wide settings (<c>dotnet_analyzer_diagnostic.category-Copydesk.Syntax.severity</c>): the
/// compiler applies those to analyzer diagnostics only, not to a generator's (checked with csc 5 by hand).
/// </summary>
[Trait("Category", "Slow")]
public sealed class SeverityConfigurationTests
{
    private const string SchemaPath = "/project/schemas/story.schema.yaml";

    // CD1013 (a warning) at 'footer'; the schema loads and generates.
    private const string WarningSchema = """
        copydesk: 1
        type: Story
        layout:
          - headline: label
          - text: { line: any, repeat: 1+ }
          - footer: { line: label, optional: true }
        """;

    // CD1002 (an error); the schema does not generate whatever its severity.
    private const string ErrorSchema = "copydesk: 1\ntype: Story\nlnes: {}\nlayout:\n  - headline: label\n";

    [Theory]
    [InlineData(null, "CD1013", DiagnosticSeverity.Warning)]
    [InlineData("dotnet_diagnostic.CD1013.severity = error", "CD1013", DiagnosticSeverity.Error)]
    [InlineData("dotnet_diagnostic.CD1013.severity = suggestion", "CD1013", DiagnosticSeverity.Info)]
    [InlineData("dotnet_diagnostic.CD1013.severity = none", "CD1013", null)]
    public void A_global_config_sets_the_severity_of_a_warning(string? setting, string id, DiagnosticSeverity? expected)
    {
        ImmutableArray<Diagnostic> reported = RunWithGlobalConfig(WarningSchema, setting);

        Assert.Equal(expected, reported.SingleOrDefault(d => d.Id == id)?.Severity);
    }

    [Theory]
    [InlineData(null, DiagnosticSeverity.Error)]
    [InlineData("dotnet_diagnostic.CD1002.severity = warning", DiagnosticSeverity.Warning)]
    [InlineData("dotnet_diagnostic.CD1002.severity = none", null)]
    public void A_global_config_sets_the_severity_of_an_error(string? setting, DiagnosticSeverity? expected)
    {
        ImmutableArray<Diagnostic> reported = RunWithGlobalConfig(ErrorSchema, setting);

        Assert.Equal(expected, reported.SingleOrDefault(d => d.Id == "CD1002")?.Severity);
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_apply_too()
    {
        Assert.DoesNotContain(Run(WarningSchema, options => options.WithSpecificDiagnosticOptions([new("CD1013", ReportDiagnostic.Suppress)])), d => d.Id == "CD1013");
        Assert.Equal(
            DiagnosticSeverity.Error,
            Run(WarningSchema, options => options.WithGeneralDiagnosticOption(ReportDiagnostic.Error)).Single(d => d.Id == "CD1013").Severity);
    }

    /// <summary>
    /// The real compiler of the SDK running the tests, with the generator as an analyzer: proves the in-memory
    /// reproduction above matches what a build does, including that a section-based .editorconfig does not apply.
    /// </summary>
    [Fact]
    public void The_compiler_applies_a_global_config_but_not_editorconfig_sections_to_schema_diagnostics()
    {
        string? csc = FindCompiler();
        Assert.SkipWhen(csc is null, "No .NET SDK compiler (csc.dll) was found next to the runtime running the tests.");

        string folder = Path.Combine(Path.GetTempPath(), "copydesk-severity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "story.schema.yaml"), WarningSchema);
            File.WriteAllText(Path.Combine(folder, "Anchor.cs"), "namespace UserProject { internal static class Anchor { } }\n");
            File.WriteAllText(Path.Combine(folder, "error.globalconfig"), "is_global = true\ndotnet_diagnostic.CD1013.severity = error\n");
            File.WriteAllText(Path.Combine(folder, "none.globalconfig"), "is_global = true\ndotnet_diagnostic.CD1013.severity = none\n");
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.CD1013.severity = none\n");

            Assert.Contains("warning CD1013", Compile(csc!, folder, null));
            Assert.Contains("error CD1013", Compile(csc!, folder, "error.globalconfig"));
            Assert.DoesNotContain("CD1013", Compile(csc!, folder, "none.globalconfig"));
            Assert.Contains("warning CD1013", Compile(csc!, folder, ".editorconfig"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ImmutableArray<Diagnostic> RunWithGlobalConfig(string schema, string? setting)
    {
        if (setting is null)
        {
            return Run(schema, options => options);
        }

        // What the compiler does with the config files it is given: merge the global ones and consult them
        // for every diagnostic that has no C# file (ours are located in the schema, an additional file).
        AnalyzerConfig config = AnalyzerConfig.Parse("is_global = true\n" + setting + "\n", "/project/.globalconfig");
        AnalyzerConfigSet set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out ImmutableArray<Diagnostic> problems);
        Assert.Empty(problems);
        return Run(schema, options => options.WithSyntaxTreeOptionsProvider(new GlobalOptionsProvider(set.GlobalConfigOptions.TreeOptions)));
    }

    private static ImmutableArray<Diagnostic> Run(string schema, Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace UserProject { internal static class Anchor { } }");
        compilation = compilation.WithOptions(configure(compilation.Options));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile(SchemaPath, schema)])
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics, TestContext.Current.CancellationToken);

        // The driver filters generator diagnostics through the compilation's options; the run result holds the same.
        Assert.Equal(diagnostics.Select(d => (d.Id, d.Severity)), driver.GetRunResult().Diagnostics.Select(d => (d.Id, d.Severity)));
        return diagnostics;
    }

    private static string Compile(string csc, string folder, string? config)
    {
        string generator = typeof(CopydeskGenerator).Assembly.Location;
        string yaml = typeof(YamlDotNet.Core.Parser).Assembly.Location;
        string schemaFrontEnd = typeof(Copydesk.Schema.Reading.SchemaLoader).Assembly.Location;
        string runtime = typeof(Copydesk.TextLine).Assembly.Location;
        var arguments = new List<string>
        {
            csc, "-nologo", "-noconfig", "-t:library", "-nullable:enable", "-langversion:latest",
            "-out:" + Path.Combine(folder, "out.dll"), "-analyzer:" + generator, "-analyzer:" + yaml, "-analyzer:" + schemaFrontEnd,
            "-additionalfile:" + Path.Combine(folder, "story.schema.yaml"), "-r:" + runtime,
        };
        arguments.AddRange(ReferenceAssemblies().Select(path => "-r:" + path));
        if (config is not null)
        {
            arguments.Add("-analyzerconfig:" + Path.Combine(folder, config));
        }

        arguments.Add(Path.Combine(folder, "Anchor.cs"));
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "The compiler did not finish in a minute.");
        Assert.DoesNotContain("CS8785", output);
        Assert.DoesNotContain("CS8784", output);
        return output;
    }

    private static IEnumerable<string> ReferenceAssemblies() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");

    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Path.Combine(DotnetRoot(), OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>The compiler of the newest SDK installed beside the runtime that runs the tests.</summary>
    private static string? FindCompiler()
    {
        string sdks = Path.Combine(DotnetRoot(), "sdk");
        if (!Directory.Exists(sdks) || !File.Exists(DotnetHost()))
        {
            return null;
        }

        return Directory.GetDirectories(sdks)
            .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
            .Where(File.Exists)
            .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path))))?.Split('-')[0], out Version? version) ? version : new Version())
            .FirstOrDefault();
    }

    /// <summary>The part of the compiler's options provider that serves global config settings.</summary>
    internal sealed class GlobalOptionsProvider(ImmutableDictionary<string, ReportDiagnostic> global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TryGetValue(diagnosticId, out severity);
    }
}
