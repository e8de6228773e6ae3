using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Commands;
using Copydesk.Cli.Output;

namespace Copydesk.Cli;

/// <summary>
/// The <c>copydesk</c> command line: builds the commands and runs one against the given streams. Everything a user
/// can get wrong ends in a message and an exit code, never in a stack trace.
/// </summary>
public static class CopydeskCli
{
    /// <summary>The command name, as installed by <c>dotnet tool install</c>.</summary>
    public const string CommandName = "copydesk";

    /// <summary>Creates the root command with every subcommand; their actions write to <paramref name="streams"/>.</summary>
    public static Command CreateRootCommand(CliStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);

        // Not a RootCommand: that one is named after the executable, which for a .NET tool is "Copydesk.Cli", not
        // the command people type.
        return new Command(CommandName, "Copydesk: checks article schemas (*.schema.yaml) and reads articles with them, without compiling anything.")
        {
            new HelpOption().WithExamples(),
            new VersionOption(),
            CheckCommand.Create(streams),
            ParseCommand.Create(streams),
            ValidateCommand.Create(streams),
            ExplainCommand.Create(streams),
            SnapshotCommand.Create(streams),
            UnitsCommand.Create(streams),
        };
    }

    /// <summary>
    /// "Did you mean …?" for an error about a token the parser could not place (an unknown command or option): the
    /// closest name the command it was given to accepts.
    /// </summary>
    private static string Hint(ParseResult parsed, ParseError error)
    {
        foreach (string token in parsed.UnmatchedTokens)
        {
            if (error.Message.Contains("'" + token + "'", StringComparison.Ordinal))
            {
                return Suggestions.ForToken(parsed.CommandResult.Command, token);
            }
        }

        return string.Empty;
    }

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="cancellationToken">Cancels the run (the process's SIGINT and SIGTERM handlers use it).</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliStreams streams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(streams);
        try
        {
            int exitCode = await RunCommandAsync(args, streams, cancellationToken).ConfigureAwait(false);
            streams.Flush();
            return exitCode;
        }
        catch (OutputFailedException failure)
        {
            // The reader went away or the disk is full: nothing more can go there. Say so on the other stream if it can.
            TryWriteError(streams, $"copydesk: {failure.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            // The caller's token: Ctrl+C or SIGTERM, as Program wires them.
            TryWriteError(streams, "copydesk: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            // User errors never get here; this is a bug, and its stack trace is what a bug report needs.
            TryWriteError(streams, $"copydesk: internal error, please report it: {exception}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RunCommandAsync(IReadOnlyList<string> args, CliStreams streams, CancellationToken cancellationToken)
    {
        Command root = CreateRootCommand(streams);
        ParseResult parsed = root.Parse(args);

        // System.CommandLine reports usage errors with exit code 1, which the contract reserves for article errors.
        // --help and --version clear parse errors (`copydesk parse --help` lacks --schema, yet must show help).
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            if (parsed.CommandResult.Command == root && parsed.UnmatchedTokens.Count > 0 && parsed.UnmatchedTokens[0] is { } first && first[0] != '-')
            {
                // An unknown command: the tokens after it are its arguments, each "unrecognized" only because of it.
                streams.Error.WriteLine($"error: Unknown command '{first}'.{Suggestions.ForToken(root, first)}");
            }
            else
            {
                foreach (ParseError error in parsed.Errors)
                {
                    streams.Error.WriteLine("error: " + error.Message + Hint(parsed, error));
                }
            }

            streams.Error.WriteLine();
            Usage.Write(root, parsed, streams.Error);
            return ExitCodes.Failure;
        }

        var configuration = new InvocationConfiguration
        {
            Output = streams.Out,
            Error = streams.Error,
            // Exceptions are handled by RunAsync: the library's handler would exit with 1, the code for article errors.
            EnableDefaultExceptionHandler = false,
            // Signals are the host's to turn into cancellation (Program does), so tests and hosts keep control.
            ProcessTerminationTimeout = null,
        };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static void TryWriteError(CliStreams streams, string message)
    {
        try
        {
            streams.Error.WriteLine(message);
            streams.Error.Flush();
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }
    }
}
