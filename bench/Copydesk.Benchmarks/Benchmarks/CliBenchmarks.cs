using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Json;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// The <c>copydesk</c> tool against the interpreter in process, on the same files (<see cref="CliCorpus"/>, digest
/// stories): <c>copydesk validate --format json</c> as a process, once on the .NET runtime (JIT) and once as the native
/// executable, beside a loop in this process that does the tool's work on one thread (read each file, decode it,
/// parse, validate, write the contract JSON line). Every process start is inside the measured time, as a user sees it.
/// The tool's paths come from <see cref="JitVariable"/> (its <c>Copydesk.Cli.dll</c>) and <see cref="NativeVariable"/>
/// (the native <c>copydesk</c>); <c>build/measure-cli.sh</c> publishes both and sets them.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Cli")]
[MemoryDiagnoser]
public class CliBenchmarks
{
    /// <summary>The environment variable naming the tool's <c>Copydesk.Cli.dll</c>, run with <c>dotnet</c>.</summary>
    public const string JitVariable = "COPYDESK_CLI_DLL";

    /// <summary>The environment variable naming the native <c>copydesk</c> executable.</summary>
    public const string NativeVariable = "COPYDESK_CLI_NATIVE";

    /// <summary>The environment variable naming the folder the inputs are written to (default: a folder under the system's temporary folder).</summary>
    public const string CorpusVariable = "COPYDESK_CLI_CORPUS";

    private readonly ArrayBufferWriter<byte> json = new(1 << 16);
    private SchemaInterpreter interpreter = null!;
    private string schemaPath = string.Empty;
    private string[] files = [];
    private string input = string.Empty;

    /// <summary>The input: one article, a folder of 5 or 50 MB, or one file of 50 MB.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = CliCorpus.Article;

    /// <summary>Every input of <see cref="CliCorpus"/>.</summary>
    public static IEnumerable<string> Inputs => [CliCorpus.Article, CliCorpus.Corpus5MB, CliCorpus.Corpus50MB, CliCorpus.Single50MB];

    /// <summary>The UTF-8 size of a case's input.</summary>
    public static long InputBytes(ParameterInstances parameters) => CliCorpus.Bytes(Path.Combine(CorpusRoot(), (string)parameters["Input"]));

    /// <summary>Writes the inputs (once) and loads the schema.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string root = CliCorpus.Write(CorpusRoot());
        input = Path.Combine(root, Input);
        files = File.Exists(input) ? [input] : Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        schemaPath = Path.Combine(root, "digest-story.schema.yaml");
        File.WriteAllText(schemaPath, BenchSettings.Resource("digest-story.schema.yaml"));
        interpreter = ArticleBenchmarks.LoadInterpreter(ArticleFormat.DigestStory);
    }

    /// <summary>The tool's work in this process, on one thread: read, decode, parse, validate, write the JSON line.</summary>
    [Benchmark(Baseline = true)]
    public long InProcessInterpreter()
    {
        long written = 0;
        foreach (string file in files)
        {
            string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            ParseResult<InterpretedArticle> result = interpreter.Parse(text);
            IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;
            json.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(json, ContractJson.CompactOptions))
            {
                ContractJson.WriteResult(writer, file, result.Document, issues);
            }

            written += json.WrittenCount;
        }

        return written;
    }

    /// <summary><c>dotnet Copydesk.Cli.dll validate --format json</c>, its output read and dropped.</summary>
    [Benchmark]
    public int CliJit() => Run("dotnet", Tool(JitVariable));

    /// <summary>The native <c>copydesk validate --format json</c>, its output read and dropped.</summary>
    [Benchmark]
    public int CliNative() => Run(Tool(NativeVariable));

    private static string CorpusRoot() =>
        Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } root ? root : Path.Combine(Path.GetTempPath(), "copydesk-cli-corpus");

    private static string Tool(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Set {variable} to the published tool (build/measure-cli.sh does).");

    private int Run(params string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in command.Skip(1).Concat(["validate", "--schema", schemaPath, "--format", "json", input]))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start.");

        // Read as the output arrives, as a consumer would, and keep only its length.
        var drain = process.StandardError.ReadToEndAsync();
        long bytes = 0;
        char[] buffer = new char[1 << 16];
        int read;
        while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes += read;
        }

        process.WaitForExit();
        if (process.ExitCode > 1 || bytes == 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed with exit code {process.ExitCode}: {drain.Result}");
        }

        return process.ExitCode;
    }
}
