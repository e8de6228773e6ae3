using System;
using System.Collections.Generic;
using System.IO;

namespace Copydesk.Cli.Input;

/// <summary>
/// Turns the paths on a command line into the files to process: a folder stands for every file under it (recursively)
/// whose name matches a pattern; any other path stands for itself, even when it does not exist, so that reading it
/// reports the problem for that file while the others go on.
/// </summary>
public static class ArticleFiles
{
    /// <summary>The default <c>--pattern</c> of <c>validate</c>.</summary>
    public const string DefaultArticlePattern = "*.txt";

    /// <summary>The default <c>--pattern</c> of <c>validate --input jsonl</c>.</summary>
    public const string DefaultRecordPattern = "*.jsonl";

    /// <summary>The file names <c>check</c> looks for in folders.</summary>
    public const string SchemaPattern = "*.schema.yaml";

    /// <summary>
    /// Expands <paramref name="inputs"/>: folders are walked for <paramref name="pattern"/> (<c>*</c> and <c>?</c>
    /// wildcards on the file name; hidden files and folders are skipped), other paths are kept as written.
    /// The result is sorted by path (ordinal) without duplicates, so output order never depends on the file system.
    /// </summary>
    /// <param name="inputs">Files and folders as the user wrote them.</param>
    /// <param name="pattern">The file-name pattern for folders.</param>
    /// <returns>The display paths of the files to process.</returns>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, string pattern)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Simple: '*.txt' must not also match 'a.txtx' the way Win32 8.3 matching would.
            MatchType = MatchType.Simple,
            MatchCasing = MatchCasing.PlatformDefault,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };

        var seen = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (string file in Directory.EnumerateFiles(input, pattern, options))
                {
                    Add(file);
                }
            }
            else
            {
                Add(input);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;

        void Add(string file)
        {
            // One file named twice (or reached from two folders) is processed once.
            if (seen.Add(FullPathOrSelf(file)))
            {
                files.Add(file);
            }
        }
    }

    private static string FullPathOrSelf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
