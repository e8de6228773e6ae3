using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Benchmarks.Generators;

/// <summary>An additional file held in memory, as the compiler hands it to a generator once it has read it.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
