using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Copydesk.Cli.Output;

/// <summary>The example at the end of each command's <c>--help</c>: one command line that works as written in a repository laid out like this one.</summary>
public static class HelpExamples
{
    /// <summary>One example per command, by command name; the root's is under <see cref="CopydeskCli.CommandName"/>.</summary>
    public static IReadOnlyDictionary<string, string> ByCommand { get; } = new Dictionary<string, string>
    {
        [CopydeskCli.CommandName] = "copydesk validate --schema schemas/story.schema.yaml articles",
        ["check"] = "copydesk check schemas",
        ["parse"] = "copydesk parse --schema schemas/story.schema.yaml --format json articles/bridge-closure.txt",
        ["validate"] = "copydesk validate --schema schemas/story.schema.yaml --format github articles",
        ["explain"] = "copydesk explain --schema schemas/story.schema.yaml articles/bridge-closure.txt",
        ["snapshot"] = "copydesk snapshot --schema schemas/story.schema.yaml --update articles",
        ["units"] = "copydesk units --input markdown posts/night-ferries.md",
    };

    /// <summary>Makes <paramref name="help"/> end every command's help with its example.</summary>
    public static HelpOption WithExamples(this HelpOption help)
    {
        ArgumentNullException.ThrowIfNull(help);
        if (help.Action is HelpAction standard)
        {
            help.Action = new ExampleHelpAction(standard);
        }

        return help;
    }

    /// <summary>The standard help, then an "Example:" section for the command help was asked for.</summary>
    private sealed class ExampleHelpAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int exitCode = standard.Invoke(parseResult);
            if (ByCommand.TryGetValue(parseResult.CommandResult.Command.Name, out string? example))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Example:");
                output.WriteLine("  " + example);
                output.WriteLine();
            }

            return exitCode;
        }
    }
}
