using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Copydesk.Cli;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>One issue as <c>copydesk validate --format json</c> prints it, or as the content engine reports it.</summary>
internal sealed record ReportedIssue(string Code, string Severity, string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}) {Severity} {Code} at '{Path}': {Message}";
}

/// <summary>Runs <c>copydesk validate</c> in process, as a user would run it on one article.</summary>
internal static class ValidateRun
{
    /// <summary>The issues <c>copydesk validate --schema {schema} --format json {article}</c> prints for the article.</summary>
    public static async Task<IReadOnlyList<ReportedIssue>> IssuesAsync(string schemaPath, string articlePath, params string[] options)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        string[] args = ["validate", "--schema", schemaPath, "--format", "json", .. options, articlePath];
        int exitCode = await CopydeskCli.RunAsync(args, new CliStreams(output, error, false), TestContext.Current.CancellationToken);

        string[] lines = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"exit {exitCode}\n{output}\n{error}");
        using JsonDocument line = JsonDocument.Parse(lines[0]);
        return line.RootElement.GetProperty("issues").EnumerateArray()
            .Select(issue => new ReportedIssue(
                issue.GetProperty("code").GetString()!,
                issue.GetProperty("severity").GetString()!,
                issue.GetProperty("path").GetString()!,
                issue.GetProperty("line").GetInt32(),
                issue.GetProperty("column").GetInt32(),
                issue.GetProperty("message").GetString()!))
            .ToArray();
    }
}
