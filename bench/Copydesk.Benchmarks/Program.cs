using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Copydesk.Benchmarks.Benchmarks;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Benchmarks.Reporting;

namespace Copydesk.Benchmarks;

/// <summary>
/// Entry point. With no arguments: every benchmark with the measuring job, then the target ratios, the
/// incrementality table and the scaling report. <c>--smoke</c>: everything once on small inputs, in process,
/// in well under two minutes, failing only when something does not run. <c>--scaling</c>, <c>--incrementality</c>:
/// those reports alone. <c>--corpus-check</c>: the check of the 10 MB corpora that a full run starts with. <c>--cli</c>: the command-line tool beside the interpreter in process (<see cref="CliBenchmarks"/>);
/// <c>--cli-corpus DIR</c>: writes that benchmark's input files. <c>--content</c>: the content engine the build runs
/// beside the tool on a 10,000-article collection (<see cref="ContentBenchmarks"/>) and the generator's content step
/// in a build over the same collection (<see cref="ContentBuildBenchmarks"/>). Anything else goes to BenchmarkDotNet (for example <c>--filter *Scaling*</c>).
/// </summary>
public static class Program
{
    // Seconds per operation on 10,000 articles: run on their own (--content) with their own job, and in the smoke run.
    private static readonly Type[] ContentBenchmarkTypes = [typeof(ContentBenchmarks), typeof(ContentBuildBenchmarks)];

    private static readonly Type[] Benchmarks =
    [
        typeof(ArticleBenchmarks), typeof(GeneratorBenchmarks), typeof(ScalingBenchmarks), typeof(QuoteBenchmarks), typeof(QuoteScalingBenchmarks),
        typeof(ValueParserBenchmarks), typeof(ValueLengthBenchmarks), typeof(MarkdownBenchmarks), typeof(ParagraphBenchmarks),
        typeof(HostileScalingBenchmarks),
    ];

    /// <summary>Runs the benchmarks.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] is "--smoke" or "--short")
        {
            return Smoke();
        }

        if (args.Length == 1 && args[0] == "--scaling")
        {
            return ScalingReport.Run(1_000_000, TimeSpan.FromSeconds(2), Console.Out) ? 0 : 1;
        }

        if (args.Length == 1 && args[0] == "--corpus-check")
        {
            return CheckCorpus(InputSet.Corpus10MB) ? 0 : 1;
        }

        if (args.Length == 2 && args[0] == "--cli-corpus")
        {
            Console.WriteLine($"Command-line inputs written to {CliCorpus.Write(args[1])}");
            return 0;
        }

        if (args.Length >= 1 && args[0] == "--cli")
        {
            // The tool as processes beside the interpreter in process; its own job (few, long iterations) is on the class.
            IConfig cli = Columns(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
            return Succeeded(BenchmarkSwitcher.FromTypes([typeof(CliBenchmarks)]).Run(args[1..], cli).ToList()) ? 0 : 1;
        }

        if (args.Length >= 1 && args[0] == "--content")
        {
            // The content engine beside the tool, and the generator's content step, on a 10,000-article collection; their
            // own job (few, long iterations) is on the classes.
            IConfig content = Columns(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
            return Succeeded(BenchmarkSwitcher.FromTypes(ContentBenchmarkTypes).Run(args[1..], content).ToList()) ? 0 : 1;
        }

        if (args.Length == 1 && args[0] == "--incrementality")
        {
            return IncrementalityReport.Run(100, Console.Out) ? 0 : 1;
        }

        bool everything = args.Length == 0;
        if (everything && !CheckCorpus(InputSet.Corpus10MB))
        {
            return 1;
        }

        IEnumerable<Summary> summaries = everything
            ? BenchmarkRunner.Run(Benchmarks, MeasuringConfig())
            : BenchmarkSwitcher.FromTypes(Benchmarks).Run(args, MeasuringConfig());
        List<Summary> list = summaries.ToList();
        Report(list, Path.Combine(list.FirstOrDefault()?.ResultsDirectoryPath ?? ".", "copydesk-targets.md"));

        bool ok = Succeeded(list);
        if (everything)
        {
            Console.WriteLine();
            ok &= IncrementalityReport.Run(100, Console.Out);
            Console.WriteLine();
            ok &= ScalingReport.Run(1_000_000, TimeSpan.FromSeconds(2), Console.Out);
        }

        return ok ? 0 : 1;
    }

    /// <summary>
    /// The measuring job: BenchmarkDotNet's default job (out of process, pilot stage, 500 ms iterations)
    /// with at most 3 warm-up and 10 measured iterations instead of up to 50 and 100, so the whole suite fits
    /// in about 16 minutes on two cores. The benchmark process's build may take longer than BenchmarkDotNet's
    /// default two minutes while other builds share the machine.
    /// </summary>
    private static IConfig MeasuringConfig() => Columns(DefaultConfig.Instance)
        .WithBuildTimeout(TimeSpan.FromMinutes(10))
        .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Copydesk"));

    /// <summary>
    /// The smoke job: one iteration of one invocation, in process (no second build), with BenchmarkDotNet's
    /// own progress log silenced; the summaries are printed afterwards.
    /// </summary>
    private static IConfig SmokeConfig() => Columns(ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(NullLogger.Instance)
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray()))
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke"));

    private static ManualConfig Columns(IConfig config) => ManualConfig.Create(config)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new InputSizeColumn(), new ThroughputColumn(), new AllocationPerMegabyteColumn(), new TimePerLineColumn(), new TimePerUnitColumn(), new GrowthColumn())
        .HideColumns(Column.Error)
        .WithOptions(ConfigOptions.DisableLogFile);

    private static int Smoke()
    {
        Environment.SetEnvironmentVariable(BenchSettings.SmokeVariable, "1");
        Console.WriteLine("Smoke run: every benchmark once on small inputs. The numbers printed are not measurements.");
        bool ok = CheckCorpus(InputSet.Article);

        Console.WriteLine($"Parsing 100,000 lines on a {ScalingReport.StackBytes / 1024} KB stack.");
        string large = ArticleCorpus.DigestStoryOfLines(100_000);
        ok &= ScalingReport.OnSmallStack(() => Samples.DigestStory.Parse(large).Succeeded);

        ok &= IncrementalityReport.Run(10, Console.Out);

        List<Summary> summaries = BenchmarkRunner.Run([.. Benchmarks, .. ContentBenchmarkTypes], SmokeConfig()).ToList();
        foreach (Summary summary in summaries)
        {
            MarkdownExporter.Console.ExportToLog(summary, ConsoleLogger.Default);
        }

        ok &= Succeeded(summaries);
        Console.WriteLine(ok ? "Benchmark smoke run: every benchmark ran." : "Benchmark smoke run: FAILED (see above).");
        return ok ? 0 : 1;
    }

    private static bool CheckCorpus(InputSet input)
    {
        Console.WriteLine("Corpus check (the benchmarks compare like with like):");
        bool ok = CorpusCheck.Run(input, Console.Out);
        ok &= ContentCorpusCheck.Run(input, Console.Out);
        if (!ok)
        {
            Console.WriteLine("The corpus check failed: the benchmarks would measure error paths.");
        }

        return ok;
    }

    private static void Report(List<Summary> summaries, string? file)
    {
        var text = new StringWriter();
        TargetReport.Write(summaries, text);
        Console.WriteLine();
        Console.WriteLine("Targets (ratios from this run; ✓ met, ✗ missed):");
        Console.WriteLine();
        Console.Write(text.ToString());
        if (file is not null && Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(file))))
        {
            File.WriteAllText(file, text.ToString());
            Console.WriteLine($"Written to {file}");
        }
    }

    private static bool Succeeded(List<Summary> summaries)
    {
        bool ok = summaries.Count > 0;
        foreach (Summary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.WriteLine($"{summary.Title}: critical validation errors: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
                ok = false;
            }

            foreach (BenchmarkReport report in summary.Reports.Where(report => !report.Success || report.ResultStatistics is null))
            {
                Console.WriteLine($"{report.BenchmarkCase.DisplayInfo}: did not run to the end.");
                ok = false;
            }

            if (summary.Reports.Length < summary.BenchmarksCases.Length)
            {
                ok = false;
            }
        }

        return ok;
    }
}
