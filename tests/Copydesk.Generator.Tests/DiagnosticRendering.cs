using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generator.Tests;

/// <summary>
/// Renders a diagnostic the way a reviewer wants to see it: the message, then the YAML lines it covers
/// with the reported span underlined, so a snapshot shows exactly what the build highlights.
/// </summary>
internal static class DiagnosticRendering
{
    public static string Render(Diagnostic diagnostic, string yaml)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        var builder = new StringBuilder();
        builder.Append(span.Path)
            .Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
            .Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ').Append(diagnostic.Id).Append(": ")
            .Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("help: ").Append(diagnostic.Descriptor.HelpLinkUri).Append('\n');

        string[] lines = yaml.Replace("\r\n", "\n").Split('\n');
        int first = span.StartLinePosition.Line;
        int last = Math.Max(first, span.EndLinePosition.Line);
        for (int line = first; line <= last && line < lines.Length; line++)
        {
            string text = lines[line];
            int from = line == first ? span.StartLinePosition.Character : 0;
            int to = line == last ? span.EndLinePosition.Character : text.Length;
            to = Math.Max(to, from + 1);
            builder.Append((line + 1).ToString().PadLeft(4)).Append(" | ").Append(text).Append('\n');
            builder.Append("     | ").Append(new string(' ', Math.Min(from, text.Length))).Append(new string('^', Math.Max(1, Math.Min(to, Math.Max(text.Length, from + 1)) - from))).Append('\n');
        }

        return builder.ToString();
    }

    public static string RenderAll(GeneratorDriverRunResult run, string yaml) =>
        string.Join("\n", run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => Render(d, yaml)));
}
