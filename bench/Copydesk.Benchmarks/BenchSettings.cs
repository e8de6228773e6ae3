using System;
using System.IO;
using System.Reflection;

namespace Copydesk.Benchmarks;

/// <summary>Settings every benchmark process shares: the smoke flag travels in the environment, so child processes see it too.</summary>
internal static class BenchSettings
{
    /// <summary>The environment variable that turns on the smoke run's small parameter sets.</summary>
    public const string SmokeVariable = "COPYDESK_BENCH_SMOKE";

    /// <summary>Whether this is the smoke run: small inputs, one iteration, nothing measured seriously.</summary>
    public static bool Smoke => Environment.GetEnvironmentVariable(SmokeVariable) == "1";

    /// <summary>The text of a schema embedded in this assembly (<c>digest-story.schema.yaml</c>, <c>wire-story.schema.yaml</c>).</summary>
    public static string Resource(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
