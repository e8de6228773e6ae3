using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;

namespace Copydesk.Cli.Output;

/// <summary>Writes the help of the command a faulty command line was aimed at, for usage errors.</summary>
internal static class Usage
{
    /// <summary>Writes the help of the command <paramref name="parsed"/> reached (the root when none) to <paramref name="writer"/>.</summary>
    public static void Write(Command root, ParseResult parsed, TextWriter writer)
    {
        // Help is rendered by asking for it: `copydesk <subcommand> --help`, with its output sent to the writer.
        var path = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult { Parent: not null } command; result = command.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        path.Add("--help");
        root.Parse(path).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
