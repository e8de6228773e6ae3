extern alias content;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using content::Copydesk.Content;

namespace Copydesk.Content.Tests;

/// <summary>The shipped schemas and the authored articles, as the tests read them, and the engine's issues in the tool's shape.</summary>
internal static class ContentFiles
{
    public static string Schemas => Path.Combine(AppContext.BaseDirectory, "schemas");

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "articles");

    /// <summary>The schema that reads the articles of <paramref name="folder"/>: the folders are named after their schemas.</summary>
    public static string SchemaFor(string folder) => Path.Combine(Schemas, folder + ".schema.yaml");

    /// <summary>Every authored article, as (folder, file name).</summary>
    public static IEnumerable<(string Folder, string File)> AuthoredArticles() =>
        Directory.GetDirectories(Articles)
            .OrderBy(folder => folder, StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt")
                .OrderBy(file => file, StringComparer.Ordinal)
                .Select(file => (Path.GetFileName(folder), Path.GetFileName(file))));

    /// <summary>Loads a schema file as the build would: its text, named by its path.</summary>
    public static ContentSchema LoadSchema(string path) => ContentSchema.Load(path, File.ReadAllText(path));

    /// <summary>The engine's issues in the shape <c>copydesk validate --format json</c> prints.</summary>
    public static ReportedIssue[] Reported(ContentCheckResult result) =>
        result.Issues.Select(issue => new ReportedIssue(
            issue.Code,
            content::Copydesk.IssueSeverityNames.ToName(issue.Severity),
            issue.Path,
            issue.StartLine,
            issue.StartColumn,
            issue.Message)).ToArray();
}
