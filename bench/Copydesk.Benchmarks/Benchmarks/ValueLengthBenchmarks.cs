using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Values;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// The value parsers on texts of 100 to 1,000,000 characters that each reads to the end: linear parsers show a
/// steady MB/s column.
/// </summary>
[MemoryDiagnoser]
public class ValueLengthBenchmarks
{
    private static readonly NumberOptions Commas = new(groupSeparator: ',');
    private static readonly ListOptions<long> Integers = new(",", static item => IntegerParser.Parse(item));

    private string digits = string.Empty;
    private string grouped = string.Empty;
    private string byline = string.Empty;
    private string list = string.Empty;
    private string url = string.Empty;

    /// <summary>The length of each text, in characters.</summary>
    [ParamsSource(nameof(Lengths))]
    public int Length { get; set; }

    /// <summary>Powers of a hundred up to a million characters (up to 10,000 in the smoke run).</summary>
    public static IEnumerable<int> Lengths => BenchSettings.Smoke ? [100, 10_000] : [100, 10_000, 1_000_000];

    /// <summary>The size of a case's text (ASCII, so one byte a character), for the throughput column.</summary>
    public static long InputBytes(ParameterInstances parameters) => (int)parameters["Length"];

    /// <summary>Builds the texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        digits = new string('0', Length - 1) + "1";
        grouped = "1" + string.Concat(Enumerable.Repeat(",000", (Length - 1) / 4));
        byline = "By " + string.Join(", ", Enumerable.Repeat("Ana Ruiz", Length / 10)) + " and Li Wei, Reuters";
        list = string.Join(",", Enumerable.Repeat("7", Length / 2));
        url = "https://example.com/" + new string('a', Length - 20);
    }

    /// <summary><c>integer</c>: leading zeros, read to the last digit.</summary>
    [Benchmark]
    public bool Integer() => IntegerParser.Parse(digits).IsSuccess;

    /// <summary><c>number</c>: thousands groups, normalised then read by <see cref="decimal"/> (out of range at the end).</summary>
    [Benchmark]
    public bool Number() => NumberParser.Parse(grouped, Commas).IsSuccess;

    /// <summary><c>phone</c>: a run of digits, refused as too long at the end.</summary>
    [Benchmark]
    public bool Phone() => PhoneParser.Parse(digits).IsSuccess;

    /// <summary><c>byline</c>: many names, the agency after the last.</summary>
    [Benchmark]
    public int Byline() => BylineParser.Parse(byline).Value.Names.Count;

    /// <summary><c>list</c>: many one-digit integers.</summary>
    [Benchmark]
    public int List() => ListParser.Parse(list, Integers).Items.Count;

    /// <summary><c>url</c>: a long path.</summary>
    [Benchmark]
    public bool Url() => UrlParser.Parse(url).IsSuccess;
}
