using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Output;

namespace Copydesk.Cli;

/// <summary>The entry point of the <c>copydesk</c> tool: wires the real console and signals to <see cref="CopydeskCli"/>.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's standard streams and returns its exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> Main(string[] args)
    {
        // Output is written as UTF-8 bytes by CliStreams; a Windows console must also show them as UTF-8, not in the
        // legacy code page it may default to.
        if (OperatingSystem.IsWindows())
        {
            try
            {
                Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            }
            catch (Exception exception) when (exception is System.IO.IOException or PlatformNotSupportedException)
            {
                // A console that cannot change encoding still works; keep its own.
            }
        }

        using var cancellation = new CancellationTokenSource();
        int signalExitCode = 0;

        // The first SIGINT or SIGTERM cancels the run, which ends with "cancelled." and its exit code; a second one
        // is left to the default handler, so a stuck run can still be stopped at once.
        void Cancel(PosixSignalContext context, int exitCode)
        {
            if (Interlocked.CompareExchange(ref signalExitCode, exitCode, 0) == 0)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Cancel(context, ExitCodes.Cancelled));
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Cancel(context, ExitCodes.Terminated));
        int exitCode = await CopydeskCli.RunAsync(args, CliStreams.FromConsole(), cancellation.Token).ConfigureAwait(false);
        return exitCode == ExitCodes.Cancelled && signalExitCode != 0 ? signalExitCode : exitCode;
    }
}
