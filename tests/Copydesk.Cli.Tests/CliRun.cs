using System.IO;
using System.Threading.Tasks;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>What one in-process run of the tool printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output split into lines, without the final empty one.</summary>
    public string[] OutLines => Out.Length == 0 ? [] : Out.TrimEnd('\n').Split('\n');

    /// <summary>Standard error split into lines, without the final empty one.</summary>
    public string[] ErrorLines => Error.Length == 0 ? [] : Error.TrimEnd('\n').Split('\n');

    /// <summary>Runs the tool with <paramref name="args"/> against string writers.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(interactiveError: false, args);

    /// <summary>Runs the tool, telling it whether standard error is a terminal.</summary>
    public static async Task<CliRun> RunAsync(bool interactiveError, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = await CopydeskCli.RunAsync(args, new CliStreams(output, error, interactiveError), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A description for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}
