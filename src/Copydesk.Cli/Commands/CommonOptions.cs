using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Copydesk.Cli.Input;
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

    /// <summary><c>--pattern &lt;glob&gt;</c>: the file names to read in folders; a file-name pattern, never a path. No default value: the command decides.</summary>
    /// <param name="defaultNote">The sentence of <c>--help</c> that states the default.</param>
    public static Option<string> Pattern(string defaultNote)
    {
        var option = new Option<string>("--pattern", "-p")
        {
            Description = "The file names to read in folders (wildcards * and ?), searched recursively; hidden files and folders are skipped. " + defaultNote,
            HelpName = "glob",
        };
        option.Validators.Add(static result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && (value.Length == 0 || value.IndexOfAny(['/', '\\']) >= 0))
            {
                result.AddError($"--pattern takes a file-name pattern such as '*.txt', not '{value}'.");
            }
        });
        return option;
    }

    /// <summary><c>--encoding &lt;name&gt;</c> of article files, default UTF-8; read it with <see cref="GetEncoding"/>.</summary>
    public static Option<string> Encoding()
    {
        var option = new Option<string>("--encoding", "-e")
        {
            Description = "The encoding of article files: " + string.Join(", ", InputEncoding.Names) + ". A UTF-8 or UTF-16 byte order mark overrides it.",
            HelpName = "name",
            DefaultValueFactory = static _ => InputEncoding.Utf8.Name,
        };
        option.Validators.Add(static result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && InputEncoding.Parse(value) is null)
            {
                string[] names = [.. InputEncoding.Names];
                result.AddError($"--encoding takes {OutputFormats.List(names)}, not '{value}'.{NameSuggester.DidYouMean(NameSuggester.Suggest(value, names))}");
            }
        });
        option.CompletionSources.Add([.. InputEncoding.Names]);
        return option;
    }

    /// <summary><c>--max-input-size &lt;size&gt;</c>: the input size cap (<see cref="InputLimits"/>); read it with <see cref="GetMaxInputSize"/>.</summary>
    public static Option<string> MaxInputSize()
    {
        var option = new Option<string>("--max-input-size")
        {
            Description = $"The most bytes read from one article file or JSON-lines record, such as 500K, 64M or 1G; larger inputs are reported as CD0004 and skipped. Default {InputLimits.Describe(InputLimits.DefaultMaxBytes)}, at most {InputLimits.Describe(InputLimits.LargestMaxBytes)}.",
            HelpName = "size",
        };
        option.Validators.Add(static result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is not null && !InputLimits.TryParse(value, out _))
            {
                result.AddError($"--max-input-size takes a size from 1 byte to {InputLimits.Describe(InputLimits.LargestMaxBytes)}, such as 500K, 64M or 1G, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>The value of a <see cref="MaxInputSize"/> option, or the default cap.</summary>
    public static long GetMaxInputSize(ParseResult result, Option<string> maxInputSize) =>
        InputLimits.TryParse(result.GetValue(maxInputSize), out long bytes) ? bytes : InputLimits.DefaultMaxBytes;

    /// <summary>The value of an <see cref="Encoding"/> option.</summary>
    public static InputEncoding GetEncoding(ParseResult result, Option<string> encoding) =>
        InputEncoding.Parse(result.GetValue(encoding)) ?? InputEncoding.Utf8;

    /// <summary>The value of a <see cref="Format"/> option.</summary>
    public static OutputFormat GetFormat(ParseResult result, Option<string> format) =>
        OutputFormats.Parse(result.GetValue(format)) ?? OutputFormat.Text;

    /// <summary>One or more paths; see <see cref="RejectOptionLookalikes"/>.</summary>
    /// <param name="name">The argument's name in help.</param>
    /// <param name="description">What the paths are.</param>
    /// <param name="folders">Whether folders are searched; a missing folder is then a usage error (see <see cref="IsMissingFolder"/>).</param>
    public static Argument<string[]> Paths(string name, string description, bool folders = false)
    {
        var argument = new Argument<string[]>(name)
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(folders ? RejectOptionLookalikesAndMissingFolders : RejectOptionLookalikes);
        return argument;
    }

    /// <summary>
    /// Whether <paramref name="path"/> names a folder that does not exist: nothing is there, and the path ends with a
    /// separator or its last name has no extension. A missing file is reported for that file while the batch goes on;
    /// a missing folder is a mistake in the command line, and a batch without it would not be the one asked for.
    /// </summary>
    public static bool IsMissingFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // "-" is standard input where inputs are records.
        if (path.Length == 0 || path == "-" || System.IO.File.Exists(path) || System.IO.Directory.Exists(path))
        {
            return false;
        }

        return System.IO.Path.EndsInDirectorySeparator(path) || !System.IO.Path.HasExtension(path);
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
    private static void RejectOptionLookalikes(ArgumentResult result) => TryRejectOptionLookalikes(result);

    private static bool TryRejectOptionLookalikes(ArgumentResult result)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                string hint = result.Parent is CommandResult command ? Suggestions.ForToken(command.Command, token.Value) : string.Empty;
                result.AddError($"Unknown option '{token.Value}'.{hint}");
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// As <see cref="RejectOptionLookalikes"/>, then reports each folder that does not exist (see
    /// <see cref="IsMissingFolder"/>) with the closest name that does. After an unknown option, the tokens that follow
    /// may be its value, so they are not taken for folders.
    /// </summary>
    private static void RejectOptionLookalikesAndMissingFolders(ArgumentResult result)
    {
        if (TryRejectOptionLookalikes(result))
        {
            return;
        }

        foreach (Token token in result.Tokens)
        {
            if (IsMissingFolder(token.Value))
            {
                result.AddError($"The folder '{token.Value}' does not exist.{Suggestions.ForMissingPath(token.Value)}");
            }
        }
    }
}
