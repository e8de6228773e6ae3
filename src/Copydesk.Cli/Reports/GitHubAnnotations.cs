using System;
using System.Globalization;
using System.Text;

namespace Copydesk.Cli.Reports;

/// <summary>
/// Formats findings as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which
/// the runner turns into annotations on the pull request. Values are escaped by the runner's rules, so no file name or
/// message can end a command early or start a new one.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>The workflow command for <paramref name="finding"/> in <paramref name="file"/>.</summary>
    /// <param name="file">The file as reported (relative paths are resolved against the workspace by GitHub).</param>
    /// <param name="finding">What to report.</param>
    public static string Format(string file, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(finding);
        var command = new StringBuilder(64 + file.Length + finding.Message.Length);
        command.Append("::").Append(Command(finding.Severity)).Append(" file=").Append(EscapeProperty(file));
        if (finding.Span is { } span)
        {
            command.Append(CultureInfo.InvariantCulture, $",line={span.Line},col={span.Column}");
            if (span.EndLine > span.Line)
            {
                command.Append(CultureInfo.InvariantCulture, $",endLine={span.EndLine}");
            }
        }

        command.Append(",title=").Append(EscapeProperty(finding.Code));
        command.Append("::").Append(EscapeData(finding.Code + ": " + finding.Message));
        return command.ToString();
    }

    /// <summary>The command for a severity: <c>error</c>, <c>warning</c> or <c>notice</c>.</summary>
    public static string Command(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a message: <c>%</c>, carriage return and line feed become <c>%25</c>, <c>%0D</c> and <c>%0A</c>.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c> become <c>%3A</c> and <c>%2C</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
