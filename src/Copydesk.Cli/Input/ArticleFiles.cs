using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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

    // How many symbolic links one path may go through, as Linux's ELOOP limit.
    private const int MaxLinkHops = 40;

    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Expands <paramref name="inputs"/>: folders are walked for <paramref name="pattern"/> (<c>*</c> and <c>?</c>
    /// wildcards on the file name; hidden files and folders are skipped), other paths are kept as written.
    /// The result is sorted by path (ordinal) without duplicates, so output order never depends on the file system.
    /// Symbolic links are followed, but every folder and file is taken once, by its resolved path: a link loop ends
    /// where it comes back, and a file reached through a link and directly is processed once, under the path that
    /// sorts first.
    /// </summary>
    /// <param name="inputs">Files and folders as the user wrote them.</param>
    /// <param name="pattern">The file-name pattern for folders.</param>
    /// <returns>The display paths of the files to process.</returns>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, string pattern)
    {
        List<string> files = [.. Enumerate(inputs, pattern)];

        // Already in this order where the separator is '/'; elsewhere the walk's order may differ in rare names.
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// <see cref="Expand"/> as it goes: folders are walked lazily, in order, and the inputs merged by path, so the first
    /// files come out before a large tree is fully listed, and memory holds the folders being walked and the resolved
    /// paths already seen, not the list of files.
    /// </summary>
    /// <param name="inputs">Files and folders as the user wrote them.</param>
    /// <param name="pattern">The file-name pattern for folders.</param>
    public static IEnumerable<string> Enumerate(IEnumerable<string> inputs, string pattern)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var sources = new List<IEnumerator<(string File, string Resolved)>>();
        try
        {
            foreach (string input in inputs)
            {
                // Each walk ends its own link loops; a folder reached from two inputs is walked twice, and its files are
                // then taken once below, so which path wins never depends on timing.
                IEnumerable<(string, string)> files = Directory.Exists(input)
                    ? Walk(input, pattern, new HashSet<string>(PathComparer))
                    : [(input, Resolve(input) ?? FullPathOrSelf(input))];
                sources.Add(files.GetEnumerator());
            }

            var next = new PriorityQueue<int, string>(StringComparer.Ordinal);
            for (int i = 0; i < sources.Count; i++)
            {
                if (sources[i].MoveNext())
                {
                    next.Enqueue(i, sources[i].Current.File);
                }
            }

            var seen = new HashSet<string>(PathComparer);
            while (next.TryDequeue(out int source, out _))
            {
                (string file, string resolved) = sources[source].Current;
                if (seen.Add(resolved))
                {
                    yield return file;
                }

                if (sources[source].MoveNext())
                {
                    next.Enqueue(source, sources[source].Current.File);
                }
            }
        }
        finally
        {
            foreach (IEnumerator<(string, string)> source in sources)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/> that match <paramref name="pattern"/>, with their resolved paths, in
    /// ordinal order of their display paths. Folders whose resolved path is in <paramref name="seenFolders"/> are not
    /// entered again, which is what ends link loops.
    /// </summary>
    private static IEnumerable<(string File, string Resolved)> Walk(string root, string pattern, HashSet<string> seenFolders)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            // Simple: '*.txt' must not also match 'a.txtx' the way Win32 8.3 matching would.
            MatchType = MatchType.Simple,
            MatchCasing = MatchCasing.PlatformDefault,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };

        var pending = new Stack<(string Path, string Resolved)>();
        if (Resolve(root) is { } resolvedRoot)
        {
            pending.Push((root, resolvedRoot));
        }

        while (pending.Count > 0)
        {
            (string folder, string resolved) = pending.Pop();
            if (!seenFolders.Add(resolved))
            {
                continue;
            }

            // A folder sorts as its name plus a separator, so visiting entries in this order yields files in the
            // ordinal order of their full paths ("a-b.txt" before "a/x.txt").
            var entries = new List<(string Key, string Path, bool IsFolder)>();
            try
            {
                foreach (string file in Directory.EnumerateFiles(folder, pattern, options))
                {
                    entries.Add((Path.GetFileName(file), file, false));
                }

                foreach (string subfolder in Directory.EnumerateDirectories(folder, "*", options))
                {
                    entries.Add((Path.GetFileName(subfolder) + Path.DirectorySeparatorChar, subfolder, true));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A folder that vanished or cannot be listed holds nothing to report by name.
                continue;
            }

            entries.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));
            var subfolders = new List<(string, string)>();
            foreach ((string key, string path, bool isFolder) in entries)
            {
                string? entryResolved = ResolveEntry(resolved, isFolder ? key[..^1] : key, path);
                if (entryResolved is null)
                {
                    continue;
                }

                if (isFolder)
                {
                    subfolders.Add((path, entryResolved));
                }
                else
                {
                    yield return (path, entryResolved);
                }
            }

            // Depth first, in order: the stack pops the first subfolder next.
            for (int i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }

    // An entry that is not a link resolves to its name in its resolved folder; a link, to its final target.
    private static string? ResolveEntry(string resolvedFolder, string name, string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is null ? Path.Join(resolvedFolder, name) : Resolve(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The path of <paramref name="path"/> with every symbolic link on the way resolved (as <c>realpath</c> does), or
    /// <see langword="null"/> when it cannot be: a link loop, a dangling link, a path the system cannot name.
    /// </summary>
    public static string? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            string full = Path.GetFullPath(path);
            string root = Path.GetPathRoot(full) ?? string.Empty;
            var remaining = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            string current = root;
            int hops = 0;
            while (remaining.Count > 0)
            {
                string next = Path.Join(current, remaining.Dequeue());
                string? target = new FileInfo(next).LinkTarget;
                if (target is null)
                {
                    current = next;
                    continue;
                }

                if (++hops > MaxLinkHops)
                {
                    return null;
                }

                // Start again from the target, with what is left of the path after it.
                string targetFull = Path.GetFullPath(target, current);
                string targetRoot = Path.GetPathRoot(targetFull) ?? string.Empty;
                remaining = new Queue<string>(targetFull[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
                current = targetRoot;
            }

            return current;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
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
