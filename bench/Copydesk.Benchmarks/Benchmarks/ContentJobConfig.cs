using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// The job of the content benchmarks, whose operations take seconds on a 10,000-article collection: a process of its
/// own, one warm-up and three measured runs of one operation each (no pilot stage). The smoke run brings its own job,
/// so there this config adds none.
/// </summary>
public sealed class ContentJobConfig : ManualConfig
{
    /// <summary>Adds the content job, unless this is the smoke run.</summary>
    public ContentJobConfig()
    {
        if (!BenchSettings.Smoke)
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Content"));
        }
    }
}
