using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Shapes;
using Copydesk.Interpretation;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// Schema shapes built to be slow, at 1×, 2× and 4× a number of lines: linear parsing shows as a Growth column of
/// 1, 2 and 4. <c>RejoiningSections</c> (<c>Schemas/rejoining-sections.schema.yaml</c>) is a repeat of parts of one
/// or two lines inside a part that fails after it, tried at every line, so most tries start between two items of a
/// run already read.
/// </summary>
[MemoryDiagnoser]
public class HostileScalingBenchmarks
{
    private const int BaseEntries = 5_000;

    private SchemaInterpreter interpreter = null!;
    private string text = string.Empty;

    /// <summary>The input's size as a multiple of the smallest.</summary>
    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    /// <summary>1×, 2× and 4× (1× and 2× in the smoke run).</summary>
    public static IEnumerable<int> Scales => BenchSettings.Smoke ? [1, 2] : [1, 2, 4];

    /// <summary>The UTF-8 size of a case's input.</summary>
    public static long InputBytes(ParameterInstances parameters) => Encoding.UTF8.GetByteCount(Entries(BaseEntries * (int)parameters["Scale"]));

    /// <summary>The number of lines of a case, for the ns/line column.</summary>
    public static long InputLines(ParameterInstances parameters) => 2L * BaseEntries * (int)parameters["Scale"];

    /// <summary>Builds the article and loads the interpreter.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = Entries(BaseEntries * Scale);
        interpreter = SchemaInterpreter.TryLoad(BenchSettings.Resource("rejoining-sections.schema.yaml"), out SchemaInterpreter? loaded, out _)
            ? loaded
            : throw new System.InvalidOperationException("rejoining-sections.schema.yaml does not load.");
    }

    /// <summary>The generated parser of the shape.</summary>
    [Benchmark(Baseline = true)]
    public bool GeneratedRejoiningSections() => RejoiningSections.Parse(text).Succeeded;

    /// <summary>The interpreter on the same schema.</summary>
    [Benchmark]
    public bool InterpretedRejoiningSections() => interpreter.Parse(text).Succeeded;

    /// <summary>Entries of two lines (a code and a sentence), with no label: every section fails at the end.</summary>
    internal static string Entries(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append("AB-").Append(i).Append('\n').Append("Sentence ").Append(i).Append(".\n");
        }

        return builder.ToString();
    }
}
