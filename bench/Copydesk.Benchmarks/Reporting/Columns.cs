using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// A column computed from a case's mean time or allocation and a number the benchmark class states about
/// its input: a public static method <c>long NAME(ParameterInstances)</c> on the class. Classes without the
/// method show "-". The columns run in the host process; the corpus is deterministic, so it sees the same input.
/// </summary>
internal abstract class InputColumn(string id, string name, string legend, string inputMethod) : IColumn
{
    private static readonly ConcurrentDictionary<(Type, string, string), long?> Inputs = new();

    public string Id => id;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    /// <summary>Shown only for benchmark classes that state the number the column needs.</summary>
    public bool IsAvailable(Summary summary)
    {
        foreach (BenchmarkCase benchmarkCase in summary.BenchmarksCases)
        {
            if (Method(benchmarkCase.Descriptor.Type, inputMethod) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long? input = Input(benchmarkCase, inputMethod);
        BenchmarkReport? report = summary[benchmarkCase];
        if (input is not > 0 || report is null)
        {
            return "-";
        }

        double? value = Compute(report, benchmarkCase, input.Value);
        return value is { } number ? Format(number) : "-";
    }

    /// <summary>The number the benchmark class states for a case, or null when it states none.</summary>
    public static long? Input(BenchmarkCase benchmarkCase, string method)
    {
        Type type = benchmarkCase.Descriptor.Type;
        string key = benchmarkCase.Parameters.FolderInfo;
        return Inputs.GetOrAdd((type, method, key), _ => Method(type, method) is { } found ? (long)found.Invoke(null, [benchmarkCase.Parameters])! : null);
    }

    private static MethodInfo? Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(ParameterInstances)]) is { ReturnType: var returns } found && returns == typeof(long) ? found : null;

    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input);

    protected virtual string Format(double value) => value.ToString(value >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture);

    public override string ToString() => ColumnName;
}

/// <summary>Throughput: MB (10^6 bytes) of UTF-8 article text per second of mean time.</summary>
internal sealed class ThroughputColumn() : InputColumn("CopydeskMBps", "MB/s", "Input throughput: MB (10^6 bytes) of UTF-8 article text per second", "InputBytes")
{
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input) =>
        report.ResultStatistics is { Mean: > 0 } statistics ? input / 1e6 / (statistics.Mean / 1e9) : null;
}

/// <summary>Allocation per MB of input: bytes allocated per operation divided by the input's size in MB.</summary>
internal sealed class AllocationPerMegabyteColumn() : InputColumn("CopydeskAllocPerMB", "Alloc/MB", "Bytes allocated per MB (10^6 bytes) of UTF-8 input, shown in MB", "InputBytes")
{
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? bytes / (input / 1e6) / 1e6 : null;

    protected override string Format(double value) => value.ToString("N2", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>The UTF-8 size of the input.</summary>
internal sealed class InputSizeColumn() : InputColumn("CopydeskInputSize", "Size", "UTF-8 size of the input", "InputBytes")
{
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input) => input;

    protected override string Format(double value) => value switch
    {
        >= 1e6 => (value / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " MB",
        >= 1e3 => (value / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " KB",
        _ => value.ToString("N0", CultureInfo.InvariantCulture) + " B",
    };
}

/// <summary>Mean time per input line, in nanoseconds.</summary>
internal sealed class TimePerLineColumn() : InputColumn("CopydeskNsPerLine", "ns/line", "Mean time divided by the number of non-blank input lines", "InputLines")
{
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input) =>
        report.ResultStatistics is { } statistics ? statistics.Mean / input : null;
}

/// <summary>Mean time per generated unit (schema or serializable type), in microseconds.</summary>
internal sealed class TimePerUnitColumn() : InputColumn("CopydeskUsPerUnit", "μs/unit", "Mean time divided by the number of schemas (Copydesk) or serializable root types (System.Text.Json)", "Units")
{
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long input) =>
        report.ResultStatistics is { } statistics ? statistics.Mean / 1e3 / input : null;
}
