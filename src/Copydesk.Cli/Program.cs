using System;
using System.Text;
using System.Threading.Tasks;
using Copydesk.Cli.Output;

namespace Copydesk.Cli;

/// <summary>The entry point of the <c>copydesk</c> tool: wires the real console to <see cref="CopydeskCli"/>.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console and returns its exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static Task<int> Main(string[] args)
    {
        try
        {
            // Articles and messages are full of non-ASCII text; some Windows consoles default to a legacy code page.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (Exception exception) when (exception is System.IO.IOException or PlatformNotSupportedException)
        {
            // A console that cannot change encoding still works; keep its own.
        }

        return CopydeskCli.RunAsync(args, CliStreams.FromConsole());
    }
}
