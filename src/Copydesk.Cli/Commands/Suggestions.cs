using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Copydesk.Schema.Naming;

namespace Copydesk.Cli.Commands;

/// <summary>
/// "Did you mean …?" hints for what a user mistyped on the command line: a command, an option or a folder. Distances and
/// wording are those of the schema diagnostics (<see cref="NameSuggester"/>), so the tool suggests names one way.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The hint for an unknown token given to <paramref name="command"/>: the closest option name or alias when it looks
    /// like an option, else the closest subcommand; <c>""</c> when nothing is close.
    /// </summary>
    public static string ForToken(Command command, string token)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(token);

        // A one-letter alias is one typo away from every other one: no hint would be better than a guess.
        if (token.Length <= 2)
        {
            return string.Empty;
        }

        IEnumerable<string> candidates = token[0] == '-'
            ? command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)).Append("--help").Where(name => name.Length > 2)
            : command.Subcommands.Where(subcommand => !subcommand.Hidden).Select(subcommand => subcommand.Name);
        return NameSuggester.DidYouMean(NameSuggester.Suggest(token, candidates));
    }

    /// <summary>The hint for a path that does not exist: the closest entry of its parent folder, as a path; <c>""</c> when none is close.</summary>
    public static string ForMissingPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string trimmed = Path.TrimEndingDirectorySeparator(path);
        string name = Path.GetFileName(trimmed);
        string parent = Path.GetDirectoryName(trimmed) ?? string.Empty;
        try
        {
            string folder = parent.Length == 0 ? "." : parent;
            if (name.Length == 0 || !Directory.Exists(folder))
            {
                return string.Empty;
            }

            string? closest = NameSuggester.Suggest(name, Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Take(10_000).Order(StringComparer.Ordinal));
            return NameSuggester.DidYouMean(closest is null ? null : Path.Join(parent, closest));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return string.Empty;
        }
    }
}
