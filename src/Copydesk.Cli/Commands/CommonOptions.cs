using System.CommandLine;
using System.CommandLine.Parsing;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Commands;

/// <summary>The options and arguments several commands share. Each call makes a new instance: a symbol belongs to one command.</summary>
internal static class CommonOptions
{
    /// <summary><c>--schema &lt;file&gt;</c>, required.</summary>
    public static Option<string> Schema() => new("--schema", "-s")
    {
        Description = "The *.schema.yaml file that describes the articles.",
        HelpName = "file",
        Required = true,
    };

    /// <summary><c>--format text|json</c>, default text; read it with <see cref="GetFormat"/>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "text: readable output with MSBuild-style issue lines; json: one contract JSON object per file, one per line.",
            HelpName = "text|json",
            DefaultValueFactory = static _ => "text",
        };
        option.Validators.Add(static result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && value is not ("text" or "json"))
            {
                result.AddError($"--format takes 'text' or 'json', not '{value}'.");
            }
        });
        option.CompletionSources.Add("text", "json");
        return option;
    }

    /// <summary>The value of a <see cref="Format"/> option.</summary>
    public static OutputFormat GetFormat(ParseResult result, Option<string> format) =>
        result.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text;

    /// <summary>One or more paths; see <see cref="RejectOptionLookalikes"/>.</summary>
    public static Argument<string[]> Paths(string name, string description)
    {
        var argument = new Argument<string[]>(name)
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(RejectOptionLookalikes);
        return argument;
    }

    /// <summary>One path; see <see cref="RejectOptionLookalikes"/>.</summary>
    public static Argument<string> Path(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(RejectOptionLookalikes);
        return argument;
    }

    /// <summary>
    /// Reports an unknown option. System.CommandLine hands a token such as <c>--bogus</c> to a path argument as a value,
    /// which would then fail as a missing file; a mistyped option must be a usage error instead. A file whose name
    /// starts with '-' is still reachable as <c>./-name</c>.
    /// </summary>
    private static void RejectOptionLookalikes(ArgumentResult result)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unknown option '{token.Value}'.");
                return;
            }
        }
    }
}
