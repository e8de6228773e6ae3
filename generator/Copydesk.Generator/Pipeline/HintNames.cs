using System;
using System.Text;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Names generated files after their schema's path, so same-named schemas in different folders get
/// different files, and the name stays the same on every machine for a given project layout.
/// </summary>
internal static class HintNames
{
    public static string For(string schemaPath, string? projectDirectory)
    {
        string relative = Relative(schemaPath, projectDirectory);

        // Outside the project only the file name is stable; the hash of the relative path keeps names unique.
        string readable = relative.Contains(":") || relative.StartsWith("/", StringComparison.Ordinal) ? FileName(relative) : relative;
        var builder = new StringBuilder();
        foreach (char c in readable)
        {
            builder.Append(c is '/' ? '.' : char.IsLetterOrDigit(c) && c < 128 || c is '.' or '-' or '_' ? c : '_');
        }

        if (builder.ToString().EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            builder.Length -= ".yaml".Length;
        }

        return builder.Append('.').Append(Fnv1a(relative).ToString("x8")).Append(".g.cs").ToString();
    }

    /// <summary>The path relative to the project folder with forward slashes; the normalized full path when it is outside.</summary>
    public static string Relative(string path, string? projectDirectory)
    {
        string normalized = Normalize(path);
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            string root = Normalize(projectDirectory!).TrimEnd('/') + "/";
            if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(root.Length);
            }
        }

        return normalized;
    }

    /// <summary>Whether two paths name the same file once normalized; letter case is ignored, as on Windows and macOS.</summary>
    public static bool SameFile(string left, string right) => string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);

    /// <summary>Uses forward slashes and resolves <c>.</c> and <c>..</c> segments.</summary>
    private static string Normalize(string path)
    {
        var segments = new System.Collections.Generic.List<string>();
        foreach (string segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || segments.Count == 0))
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
