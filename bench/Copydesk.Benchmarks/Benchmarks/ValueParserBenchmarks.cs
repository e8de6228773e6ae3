using System;
using BenchmarkDotNet.Attributes;
using Copydesk.Values;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>Each typed value parser on a text as articles write it: the cost of one value.</summary>
[MemoryDiagnoser]
public class ValueParserBenchmarks
{
    private static readonly DateOptions NewsDates = new(["MMMM d, yyyy", "MMM. d, yyyy"]);
    private static readonly NumberOptions Commas = new(groupSeparator: ',');
    private static readonly ListOptions<long> Integers = new(",", static item => IntegerParser.Parse(item));

    /// <summary><c>date</c>, ISO 8601.</summary>
    [Benchmark]
    public DateOnly DateIso() => DateParser.Parse("2025-03-03").Value;

    /// <summary><c>date</c>, the second declared news style, AP spelling (the invariant culture is tried first).</summary>
    [Benchmark]
    public DateOnly DateNewsStyle() => DateParser.Parse("Sept. 3, 2025", NewsDates).Value;

    /// <summary><c>date-time</c>, ISO 8601 with a fraction and an offset.</summary>
    [Benchmark]
    public DateTimeOffset DateTimeIso() => DateTimeParser.Parse("2025-03-03T10:30:15.123+02:00").Value;

    /// <summary><c>integer</c> with thousands separators.</summary>
    [Benchmark]
    public long Integer() => IntegerParser.Parse("1,234,567", Commas).Value;

    /// <summary><c>number</c> with thousands separators and a fraction.</summary>
    [Benchmark]
    public decimal Number() => NumberParser.Parse("-1,234.56", Commas).Value;

    /// <summary><c>boolean</c>.</summary>
    [Benchmark]
    public bool Boolean() => BooleanParser.Parse("Yes").Value;

    /// <summary><c>url</c>: the scheme check and <see cref="Uri"/>.</summary>
    [Benchmark]
    public Uri Url() => UrlParser.Parse("https://example.com/news/2025/03/03/rail-strike?ref=home").Value;

    /// <summary><c>email</c>.</summary>
    [Benchmark]
    public string Email() => EmailParser.Parse("ana.ruiz@newsroom.example.org").Value;

    /// <summary><c>phone</c> with an extension.</summary>
    [Benchmark]
    public PhoneNumber Phone() => PhoneParser.Parse("+1 (212) 555-0100 ext. 23").Value;

    /// <summary><c>byline</c>: three names and an agency.</summary>
    [Benchmark]
    public Byline Byline() => BylineParser.Parse("By Ana Ruiz, Li Wei and Sam Ode, The Associated Press").Value;

    /// <summary><c>list</c> of ten integers.</summary>
    [Benchmark]
    public int List() => ListParser.Parse("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", Integers).Items.Count;
}
