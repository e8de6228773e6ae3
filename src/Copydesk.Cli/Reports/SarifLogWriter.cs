using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Copydesk.Json;

namespace Copydesk.Cli.Reports;

/// <summary>
/// Writes one SARIF 2.1.0 log with one run, streaming: the tool and its rules first, then each file's results as the
/// file is done, then the invocation with its exit code. Memory stays bounded however many files a batch has, and a
/// consumer reading the output sees a well-formed log only once <see cref="Complete"/> ran. Not thread-safe: callers
/// write files one at a time, in output order.
/// </summary>
public sealed class SarifLogWriter : IDisposable
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly TextWriter output;
    private readonly IReadOnlyList<IssueRule> rules;
    private readonly MemoryStream buffer = new();
    private readonly Utf8JsonWriter json;

    /// <summary>Starts the log on <paramref name="output"/>, declaring <paramref name="rules"/>.</summary>
    /// <param name="output">Where the log goes (standard output).</param>
    /// <param name="rules">Every code the command can report; results refer to them by index.</param>
    public SarifLogWriter(TextWriter output, IReadOnlyList<IssueRule> rules)
    {
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        this.rules = rules ?? throw new ArgumentNullException(nameof(rules));
        json = new Utf8JsonWriter(buffer, ContractJson.IndentedOptions);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        Flush();
    }

    /// <summary>The tool's version, as <c>copydesk --version</c> prints it.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    /// <summary>Adds the results of one file.</summary>
    /// <param name="file">The file as the command names it.</param>
    /// <param name="findings">What was found in it, in order.</param>
    public void WriteFile(string file, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (Finding finding in findings)
        {
            WriteResult(file, finding);
        }

        Flush();
    }

    /// <summary>Ends the results and the log, recording the exit code in the run's invocation.</summary>
    /// <param name="exitCode">The command's exit code.</param>
    public void Complete(int exitCode)
    {
        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        // Article errors are findings, not a failed run; 2 means the tool could not do everything it was asked.
        json.WriteBoolean("executionSuccessful", exitCode is ExitCodes.Success or ExitCodes.ErrorsFound);
        json.WriteNumber("exitCode", exitCode);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        buffer.WriteByte((byte)'\n');
        Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        json.Dispose();
        buffer.Dispose();
    }

    /// <summary>
    /// The artifact URI for a path: a relative URI reference with <c>/</c> separators for a relative path (code scanning
    /// resolves it against the checkout), a <c>file:</c> URI for an absolute one.
    /// </summary>
    public static string ToUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        string[] segments = path.Split(Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar]);
        return string.Join('/', Array.ConvertAll(segments, Uri.EscapeDataString));
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "note",
    };

    private void WriteTool()
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", CopydeskCli.CommandName);
        json.WriteString("version", ToolVersion);
        json.WriteString("informationUri", IssueRules.DocsBase + "cli.md");
        json.WriteStartArray("rules");
        foreach (IssueRule rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(string file, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        int index = IssueRules.IndexOf(rules, finding.Code);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(file));
        json.WriteEndObject();
        if (finding.Span is { } span && span.Line >= 1 && span.Column >= 1)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Line);
            json.WriteNumber("startColumn", span.Column);

            // SARIF's end column is the one after the region, as the span's is; a span without a sane end gives none.
            if (span.EndLine > span.Line || (span.EndLine == span.Line && span.EndColumn >= span.Column))
            {
                json.WriteNumber("endLine", span.EndLine);
                json.WriteNumber("endColumn", span.EndColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // One write per flush: a file's results reach the output whole.
    private void Flush()
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Flush();
        buffer.SetLength(0);
    }

    private static string ReadToolVersion()
    {
        string? version = typeof(SarifLogWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>"; the log keeps the release number, as --version's first word.
        return version is null ? "0.0.0" : version.Split('+')[0];
    }
}
