using System;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// Reading an article costs its text and a few chunk buffers, not its bytes as well: counted with the process's
/// allocation total, so the class runs alone.
/// </summary>
[Collection(nameof(StreamedTextMemoryTests))]
public sealed class StreamedTextMemoryTests
{
    [Fact]
    public async Task Reading_a_large_file_allocates_its_text_and_not_its_bytes_too()
    {
        using var temp = new TempFolder();
        string article = string.Concat(Enumerable.Repeat("A paragraph of the story, one line of plain text.\n", 160_000));
        string path = temp.Write("large.txt", article);
        long textBytes = article.Length * sizeof(char);
        long fileBytes = article.Length;

        // Warm up: the first read also loads and compiles what reading needs.
        await TextFiles.ReadAsync(path, InputEncoding.Utf8, TestContext.Current.CancellationToken);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        TextFileContent content = await TextFiles.ReadAsync(path, InputEncoding.Utf8, TestContext.Current.CancellationToken);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(article, content.Text);
        Assert.True(allocated < textBytes + (fileBytes / 2), $"reading {fileBytes:N0} bytes allocated {allocated:N0} bytes; its text is {textBytes:N0}");
    }
}

/// <summary>Runs <see cref="StreamedTextMemoryTests"/> alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(nameof(StreamedTextMemoryTests), DisableParallelization = true)]
public sealed class StreamedTextMemoryCollection;
