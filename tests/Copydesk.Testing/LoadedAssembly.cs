using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Copydesk.Testing;

/// <summary>
/// A compilation emitted to memory and loaded into a load context of its own. Its references to the Copydesk
/// runtime resolve to the runtime the tests use, so its types implement the same <see cref="IArticle"/>.
/// </summary>
public sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly, XDocument documentation)
    {
        this.context = context;
        Assembly = assembly;
        Documentation = documentation;
    }

    /// <summary>The loaded assembly.</summary>
    public Assembly Assembly { get; }

    /// <summary>The assembly's XML documentation file.</summary>
    public XDocument Documentation { get; }

    /// <summary>
    /// Emits <paramref name="compilation"/> and loads it. A collectible load is unloaded by <see cref="Dispose"/>;
    /// one that is not lives as long as the test process, for caches that keep it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The compilation has errors; the message lists the first of them.</exception>
    public static LoadedAssembly Emit(Compilation compilation, bool collectible, CancellationToken cancellationToken = default) =>
        Emit(compilation, collectible, [], cancellationToken);

    /// <summary>Emits <paramref name="compilation"/> with <paramref name="manifestResources"/> embedded, and loads it.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors; the message lists the first of them.</exception>
    public static LoadedAssembly Emit(Compilation compilation, bool collectible, System.Collections.Generic.IEnumerable<ResourceDescription> manifestResources, CancellationToken cancellationToken = default)
    {
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        EmitResult emitted = compilation.Emit(peStream, xmlDocumentationStream: xmlStream, manifestResources: manifestResources, cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                $"{compilation.AssemblyName} does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        var context = new AssemblyLoadContext(compilation.AssemblyName, collectible);
        peStream.Position = 0;
        return new LoadedAssembly(context, context.LoadFromStream(peStream), XDocument.Parse(Encoding.UTF8.GetString(xmlStream.ToArray())));
    }

    /// <summary>Unloads a collectible assembly; does nothing for one that is not.</summary>
    public void Dispose()
    {
        if (context.IsCollectible)
        {
            context.Unload();
        }
    }
}
