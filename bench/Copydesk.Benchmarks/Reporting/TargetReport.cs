using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Copydesk.Benchmarks.Benchmarks;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// The targets of the performance issue, computed from the summaries of one run: throughput and allocation
/// ratios per format and input set, and generator time per unit. Times are medians, which a busy machine
/// disturbs less than means. Prints a verdict per line, asserts nothing.
/// </summary>
internal static class TargetReport
{
    /// <summary>Writes the ratio tables for whichever benchmark classes <paramref name="summaries"/> hold.</summary>
    public static void Write(IEnumerable<Summary> summaries, TextWriter output)
    {
        var reports = summaries.SelectMany(summary => summary.Reports).Where(report => report.ResultStatistics is not null).ToList();

        var articles = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ArticleBenchmarks)).ToList();
        if (articles.Count > 0)
        {
            output.WriteLine("| format | input | floor MB/s | generated MB/s | interpreter MB/s | STJ MB/s | gen ÷ floor throughput (≥ 0.50) | gen ÷ interpreter (≥ 3) | gen ÷ STJ (≥ 1.5) | gen alloc ÷ floor alloc (≤ 1.5) |");
            output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var group in articles.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
            {
                var byMethod = group.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
                BenchmarkCase any = group.First().BenchmarkCase;
                long? bytes = InputColumn.Input(any, "InputBytes");
                double? Median(string method) => byMethod.TryGetValue(method, out var r) ? r.ResultStatistics!.Median : null;
                double? Alloc(string method) => byMethod.TryGetValue(method, out var r) ? r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) : null;

                double? generated = Median(nameof(ArticleBenchmarks.GeneratedParse));
                double? floor = Median(nameof(ArticleBenchmarks.FloorSplitLines));
                output.WriteLine(
                    $"| {any.Parameters["Format"]} | {any.Parameters["Input"]} | {Throughput(bytes, floor)} | {Throughput(bytes, generated)} " +
                    $"| {Throughput(bytes, Median(nameof(ArticleBenchmarks.InterpreterParse)))} | {Throughput(bytes, Median(nameof(ArticleBenchmarks.StjDeserialize)))} " +
                    $"| {Ratio(floor, generated, 0.5, higherIsBetter: true)} " +
                    $"| {Ratio(Median(nameof(ArticleBenchmarks.InterpreterParse)), generated, 3, higherIsBetter: true)} " +
                    $"| {Ratio(Median(nameof(ArticleBenchmarks.StjDeserialize)), generated, 1.5, higherIsBetter: true)} " +
                    $"| {Ratio(Alloc(nameof(ArticleBenchmarks.GeneratedParse)), Alloc(nameof(ArticleBenchmarks.FloorSplitLines)), 1.5, higherIsBetter: false)} |");
            }

            output.WriteLine();
        }

        MarkupTargets.Write(reports, output);

        var generators = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(GeneratorBenchmarks)).ToList();
        if (generators.Count > 0)
        {
            output.WriteLine("| units | run | Copydesk μs/schema | STJ μs/type | Copydesk ÷ STJ (≤ 1) |");
            output.WriteLine("| ---: | --- | ---: | ---: | ---: |");
            foreach (var group in generators.GroupBy(r => ((int)r.BenchmarkCase.Parameters["Count"], r.BenchmarkCase.Descriptor.WorkloadMethod.Name)).OrderBy(g => g.Key))
            {
                double? PerUnit(string generator) => group.FirstOrDefault(r => r.BenchmarkCase.Parameters["Generator"].ToString() == generator) is { } r
                    ? r.ResultStatistics!.Median / 1e3 / group.Key.Item1
                    : null;
                double? copydesk = PerUnit("Copydesk");
                double? stj = PerUnit("SystemTextJson");
                output.WriteLine($"| {group.Key.Item1} | {group.Key.Name} | {Number(copydesk)} | {Number(stj)} | {Ratio(copydesk, stj, 1, higherIsBetter: false)} |");
            }

            output.WriteLine();
        }
    }

    internal static string Throughput(long? bytes, double? meanNs) =>
        bytes is { } b && meanNs is { } t ? Number(b / 1e6 / (t / 1e9)) : "-";

    internal static string Ratio(double? numerator, double? denominator, double target, bool higherIsBetter)
    {
        if (numerator is not { } n || denominator is not { } d || d == 0)
        {
            return "-";
        }

        double ratio = n / d;
        bool met = higherIsBetter ? ratio >= target : ratio <= target;
        return ratio.ToString("0.00", CultureInfo.InvariantCulture) + (met ? " ✓" : " ✗");
    }

    private static string Number(double? value) => value is { } v ? v.ToString(v >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture) : "-";
}
