using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Generators;
using Microsoft.CodeAnalysis;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// The Copydesk generator over 1, 10 and 100 schemas next to the SDK's System.Text.Json generator over as
/// many serializable root types of the same shape, driven by a GeneratorDriver in memory: a cold run (a new
/// driver), a re-run after an unrelated C# edit, and a re-run after editing one schema (one model file).
/// Every run gets a fresh clone of its compilation, so no semantic cache survives from one operation to the next.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorWorkload workload = null!;
    private GeneratorDriver afterColdRun = null!;
    private GeneratorDriver editedUnitDriver = null!;

    /// <summary>Which generator.</summary>
    [Params(GeneratorKind.Copydesk, GeneratorKind.SystemTextJson)]
    public GeneratorKind Generator { get; set; }

    /// <summary>The number of schemas, or of serializable root types.</summary>
    [ParamsSource(nameof(UnitCounts))]
    public int Count { get; set; }

    /// <summary>1, 10 and 100 (1 and 10 in the smoke run).</summary>
    public static IEnumerable<int> UnitCounts => BenchSettings.Smoke ? [1, 10] : [1, 10, 100];

    /// <summary>The number of units of a case, for the time-per-unit column.</summary>
    public static long Units(ParameterInstances parameters) => (int)parameters["Count"];

    /// <summary>Builds the inputs and runs the generator once, which every re-run starts from.</summary>
    [GlobalSetup]
    public void Setup()
    {
        workload = GeneratorWorkload.Create(Generator, Count);
        afterColdRun = GeneratorWorkload.Run(workload.NewDriver(), workload.Compilation);
        workload.Verify(afterColdRun);
        editedUnitDriver = workload.EditUnit(afterColdRun);
    }

    /// <summary>A new driver: the first build of the project, nothing cached.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => GeneratorWorkload.Run(workload.NewDriver(), workload.Compilation);

    /// <summary>The driver after the cold run, re-run once a class unrelated to any unit has changed.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => GeneratorWorkload.Run(afterColdRun, workload.UnrelatedEditCompilation);

    /// <summary>The driver after the cold run, re-run once one schema (one model file) has changed.</summary>
    [Benchmark]
    public GeneratorDriver OneUnitEdited() => GeneratorWorkload.Run(editedUnitDriver, workload.EditedUnitCompilation);
}
