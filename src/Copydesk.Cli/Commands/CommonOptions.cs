using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Copydesk.Cli.Output;
using Copydesk.Schema.Naming;

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

    /// <summary>
    /// <c>--format</c>, default <c>text</c>, taking the names of <paramref name="formats"/>; read it with
    /// <see cref="GetFormat"/>.
    /// </summary>
    public static Option<string> Format(params OutputFormat[] formats)
    {
        string[] names = Array.ConvertAll(formats, OutputFormats.Name);
        var option = new Option<string>("--format", "-f")
        {
            Description = string.Join("; ", Array.ConvertAll(formats, OutputFormats.Describe)) + ".",
            HelpName = string.Join('|', names),
            DefaultValueFactory = static _ => OutputFormats.Name(OutputFormat.Text),
        };
        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && Array.IndexOf(names, value) < 0)
            {
                result.AddError($"--format takes {OutputFormats.List(names)}, not '{value}'.{NameSuggester.DidYouMean(NameSuggester.Suggest(value, names))}");
            }
        });
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>The value of a <see cref="Format"/> option.</summary>
    public static OutputFormat GetFormat(ParseResult result, Option<string> format) =>
        OutputFormats.Parse(result.GetValue(format)) ?? OutputFormat.Text;

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
