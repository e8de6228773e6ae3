using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// Ctrl+C or SIGTERM stops a parse that is under way, not only the batch around it: one article whose parse takes
/// minutes ends within moments of the signal, with "cancelled." and the signal's exit code.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LongParseSignalTests
{
    [Theory]
    [InlineData("INT", ExitCodes.Cancelled)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public async Task A_signal_stops_a_long_parse_of_one_article_with_its_exit_code(string signal, int expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals; Ctrl+C on Windows cancels the same token.
        }

        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        string schema = temp.Write("slow.schema.yaml", ManyPartsSchema(200));
        string article = temp.Write("long.txt", Sentences(1_000_000));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "Copydesk.Cli.dll"), "validate", "--schema", schema, article })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        try
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);

            // The schema loads and the 32 MB article is read in well under this; its parse takes minutes.
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            Assert.False(process.HasExited, "the run ended before the signal");
            using (Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(cancellationToken);
            }

            // Only a guard against a hang: without cancellation inside the parse, the process runs on for minutes.
            await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            Assert.Equal(expected, process.ExitCode);
            Assert.Equal("copydesk: cancelled.", (await error).Trim());
            Assert.Equal(string.Empty, await output);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    // Parts that each read labels then a label, all tried at every line of an article of sentences: slow by design.
    private static string ManyPartsSchema(int parts)
    {
        var yaml = new StringBuilder("copydesk: 1\ntype: Slow\nparts:\n");
        for (int i = 0; i < parts; i++)
        {
            yaml.Append("  P").Append(i).Append(":\n    - items: { line: label, repeat: 0+ }\n    - last: label\n");
        }

        yaml.Append("layout:\n  - body:\n      repeat: 0+\n      oneOf:\n");
        for (int i = 0; i < parts; i++)
        {
            yaml.Append("        - p").Append(i).Append(": P").Append(i).Append('\n');
        }

        yaml.Append("        - other: any\n");
        return yaml.ToString();
    }

    private static string Sentences(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("The council met on day ").Append(i).Append(".\n");
        }

        return text.ToString();
    }
}
