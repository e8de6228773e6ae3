using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk.Benchmarks.Generators;
using Microsoft.CodeAnalysis;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// What each generator re-runs after the two edits of the generator benchmark, from the driver's step
/// tracking: for every tracked step, how many outputs were new, modified, unchanged, cached or removed.
/// </summary>
internal static class IncrementalityReport
{
    /// <summary>Prints the table for <paramref name="units"/> units; returns whether the unrelated edit left every Copydesk step cached or unchanged.</summary>
    public static bool Run(int units, TextWriter output)
    {
        bool quiet = true;
        foreach (GeneratorKind kind in new[] { GeneratorKind.Copydesk, GeneratorKind.SystemTextJson })
        {
            GeneratorWorkload workload = GeneratorWorkload.Create(kind, units);
            GeneratorDriver cold = GeneratorWorkload.Run(workload.NewDriver(trackSteps: true), workload.Compilation);
            workload.Verify(cold);
            GeneratorRunResult unrelated = GeneratorWorkload.Run(cold, workload.UnrelatedEditCompilation).GetRunResult().Results.Single();
            GeneratorRunResult edited = GeneratorWorkload.Run(workload.EditUnit(cold), workload.EditedUnitCompilation).GetRunResult().Results.Single();

            output.WriteLine($"{kind}, {units} units: step outputs by run reason (N new, M modified, U unchanged, C cached, R removed)");
            output.WriteLine();
            output.WriteLine("| step | after an unrelated C# edit | after editing one unit |");
            output.WriteLine("| --- | --- | --- |");
            foreach (string step in unrelated.TrackedSteps.Keys.Union(edited.TrackedSteps.Keys).Order())
            {
                output.WriteLine($"| {step} | {Reasons(unrelated, step)} | {Reasons(edited, step)} |");
            }

            output.WriteLine();
            if (kind == GeneratorKind.Copydesk)
            {
                // The driver's own inputs (the compilation above all) change with every edit by definition; Copydesk's
                // steps are what must stay quiet.
                quiet = unrelated.TrackedSteps.Where(pair => !DriverInputs.Contains(pair.Key)).SelectMany(pair => pair.Value).SelectMany(step => step.Outputs)
                    .All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)
                    && unrelated.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs)
                    .All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
                output.WriteLine(quiet
                    ? "Copydesk: after the unrelated edit every step and output is cached or unchanged: no schema work re-ran."
                    : "Copydesk: the unrelated edit re-ran schema work (see the table).");
                output.WriteLine();
            }
        }

        return quiet;
    }

    /// <summary>The tracking names Roslyn gives the inputs of every generator (its <c>WellKnownGeneratorInputs</c>).</summary>
    private static readonly HashSet<string> DriverInputs =
        ["Compilation", "CompilationOptions", "AdditionalTexts", "ParseOptions", "AnalyzerConfigOptions", "MetadataReferences"];

    private static string Reasons(GeneratorRunResult result, string step)
    {
        if (!result.TrackedSteps.TryGetValue(step, out var steps))
        {
            return "-";
        }

        var counts = new SortedDictionary<IncrementalStepRunReason, int>();
        foreach (var output in steps.SelectMany(s => s.Outputs))
        {
            counts[output.Reason] = counts.GetValueOrDefault(output.Reason) + 1;
        }

        return string.Join(" ", counts.Select(pair => $"{pair.Value}{pair.Key.ToString()[0]}"));
    }
}
