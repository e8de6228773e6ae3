using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using Copydesk.Benchmarks.Benchmarks;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// The ratio tables of the Markdown and paragraph inputs: the generated Markdown parse against Markdig's own parse of
/// the same posts (target ≥ 0.50), and hard-wrapped copy read as paragraphs against the same bytes read as lines.
/// </summary>
internal static class MarkupTargets
{
    public static void Write(List<BenchmarkReport> reports, TextWriter output)
    {
        var markdown = Of<MarkdownBenchmarks>(reports);
        if (markdown.Count > 0)
        {
            output.WriteLine("| input | Markdig MB/s | units MB/s | generated MB/s | interpreter MB/s | gen ÷ Markdig throughput (≥ 0.50) | gen alloc ÷ Markdig alloc |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var group in markdown.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
            {
                var row = new Row(group);
                double? markdig = row.Median(nameof(MarkdownBenchmarks.MarkdigParse));
                double? generated = row.Median(nameof(MarkdownBenchmarks.GeneratedParse));
                output.WriteLine(
                    $"| {row.Input} | {row.Throughput(markdig)} | {row.Throughput(row.Median(nameof(MarkdownBenchmarks.MarkdownUnits)))} | {row.Throughput(generated)} " +
                    $"| {row.Throughput(row.Median(nameof(MarkdownBenchmarks.InterpreterParse)))} | {TargetReport.Ratio(markdig, generated, 0.5, higherIsBetter: true)} " +
                    $"| {Plain(row.Alloc(nameof(MarkdownBenchmarks.GeneratedParse)), row.Alloc(nameof(MarkdownBenchmarks.MarkdigParse)))} |");
            }

            output.WriteLine();
        }

        var paragraphs = Of<ParagraphBenchmarks>(reports);
        if (paragraphs.Count > 0)
        {
            output.WriteLine("| input | floor MB/s | line units MB/s | paragraph units MB/s | generated lines MB/s | generated paragraphs MB/s | interpreter lines MB/s | interpreter paragraphs MB/s | gen paragraphs ÷ gen lines time |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var group in paragraphs.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
            {
                var row = new Row(group);
                double? lines = row.Median(nameof(ParagraphBenchmarks.GeneratedLines));
                double? wrapped = row.Median(nameof(ParagraphBenchmarks.GeneratedParagraphs));
                output.WriteLine(
                    $"| {row.Input} | {row.Throughput(row.Median(nameof(ParagraphBenchmarks.FloorSplitLines)))} | {row.Throughput(row.Median(nameof(ParagraphBenchmarks.LineUnits)))} " +
                    $"| {row.Throughput(row.Median(nameof(ParagraphBenchmarks.ParagraphUnits)))} | {row.Throughput(lines)} | {row.Throughput(wrapped)} " +
                    $"| {row.Throughput(row.Median(nameof(ParagraphBenchmarks.InterpreterLines)))} | {row.Throughput(row.Median(nameof(ParagraphBenchmarks.InterpreterParagraphs)))} " +
                    $"| {Plain(wrapped, lines)} |");
            }

            output.WriteLine();
        }
    }

    // A ratio with no target to meet.
    private static string Plain(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? (n / d).ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static List<BenchmarkReport> Of<T>(List<BenchmarkReport> reports) =>
        reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(T)).ToList();

    /// <summary>The cases of one parameter set, by method: medians, allocations and throughput over the case's input.</summary>
    private sealed class Row(IGrouping<string, BenchmarkReport> group)
    {
        private readonly Dictionary<string, BenchmarkReport> byMethod = group.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        private readonly long? bytes = InputColumn.Input(group.First().BenchmarkCase, "InputBytes");

        public object Input => group.First().BenchmarkCase.Parameters["Input"];

        public double? Median(string method) => byMethod.TryGetValue(method, out var r) ? r.ResultStatistics!.Median : null;

        public double? Alloc(string method) => byMethod.TryGetValue(method, out var r) ? r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) : null;

        public string Throughput(double? median) => TargetReport.Throughput(bytes, median);
    }
}
