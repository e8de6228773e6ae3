using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Copydesk.Benchmarks;

/// <summary>
/// Loads the content engine (Copydesk.Content.dll) from beside the benchmarks, as the compiler loads a generator's
/// dependencies from beside the generator. The engine reaches the output folder through two references to one file
/// (the generator's, which passes it on, and the content benchmark's own, aliased), and the SDK leaves it out of the
/// dependency manifest, so a benchmark process would not find it without this.
/// </summary>
internal static class ContentEngineLoading
{
    private const string EngineName = "Copydesk.Content";

    /// <summary>Installs the lookup before any type of this assembly that names the engine is loaded.</summary>
    [ModuleInitializer]
    internal static void Install() => AssemblyLoadContext.Default.Resolving += LoadBesideBenchmarks;

    private static Assembly? LoadBesideBenchmarks(AssemblyLoadContext context, AssemblyName name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, EngineName + ".dll");
        return name.Name == EngineName && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
