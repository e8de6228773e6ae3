using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// How a case's mean time grows with its input: the mean divided by the mean of the same method, with the same other
/// parameters, at <c>Scale</c> 1. Linear work reads 1, 2 and 4 at 1×, 2× and 4×. Shown for classes with a
/// <c>Scale</c> parameter.
/// </summary>
internal sealed class GrowthColumn : IColumn
{
    private const string ScaleParameter = "Scale";

    public string Id => "CopydeskGrowth";

    public string ColumnName => "Growth";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time divided by the mean of the same method at Scale 1 (linear: 1, 2, 4)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Scale(c) is not null);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Scale(benchmarkCase) is null || summary[benchmarkCase]?.ResultStatistics is not { Mean: > 0 } statistics)
        {
            return "-";
        }

        BenchmarkCase? first = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Equals(benchmarkCase.Descriptor) && Scale(c) == 1 && SameOtherParameters(c, benchmarkCase));
        return first is not null && summary[first]?.ResultStatistics is { Mean: > 0 } baseline
            ? (statistics.Mean / baseline.Mean).ToString("N2", CultureInfo.InvariantCulture)
            : "-";
    }

    public override string ToString() => ColumnName;

    private static int? Scale(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == ScaleParameter)?.Value is int scale ? scale : null;

    private static bool SameOtherParameters(BenchmarkCase a, BenchmarkCase b) =>
        a.Parameters.Items.Where(p => p.Name != ScaleParameter).Select(p => (p.Name, p.Value))
            .SequenceEqual(b.Parameters.Items.Where(p => p.Name != ScaleParameter).Select(p => (p.Name, p.Value)));
}
