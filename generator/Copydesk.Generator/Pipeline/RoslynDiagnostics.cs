using System;
using System.Collections.Concurrent;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generator.Pipeline;

/// <summary>Turns schema diagnostics (plain values) into Roslyn diagnostics at report time.</summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

    /// <summary>The Roslyn descriptor of a catalogue entry.</summary>
    public static DiagnosticDescriptor DescriptorFor(SchemaDiagnosticDescriptor entry) =>
        Descriptors.GetOrAdd(entry.Id, _ => new DiagnosticDescriptor(
            entry.Id,
            entry.Title,
            entry.MessageFormat,
            entry.Category,
            entry.DefaultSeverity switch
            {
                SchemaSeverity.Error => DiagnosticSeverity.Error,
                SchemaSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            helpLinkUri: entry.HelpLink));

    /// <summary>
    /// Creates the Roslyn diagnostic for <paramref name="diagnostic"/> in the file <paramref name="path"/>. Any range
    /// is accepted (an end before the start becomes an empty span), and the arguments always fit the message, so
    /// neither creating nor later formatting the diagnostic can throw inside the compiler.
    /// </summary>
    public static Diagnostic Create(string path, SchemaDiagnostic diagnostic)
    {
        TextRange range = diagnostic.Range;
        int start = Math.Max(0, range.StartOffset);
        var span = TextSpan.FromBounds(start, Math.Max(start, range.EndOffset));
        var from = new LinePosition(Math.Max(0, range.StartLine - 1), Math.Max(0, range.StartColumn - 1));
        var to = new LinePosition(Math.Max(0, range.EndLine - 1), Math.Max(0, range.EndColumn - 1));
        var lines = new LinePositionSpan(from, to < from ? from : to);
        SchemaDiagnosticDescriptor entry = diagnostic.Descriptor;
        object[] arguments = DiagnosticCatalog.FitArguments(entry, diagnostic.Arguments);
        return Diagnostic.Create(DescriptorFor(entry), Location.Create(path ?? string.Empty, span, lines), arguments);
    }

    /// <summary>Creates the Roslyn diagnostic for a problem of the whole project, which has no place in a file.</summary>
    public static Diagnostic CreateForProject(SchemaDiagnostic diagnostic)
    {
        SchemaDiagnosticDescriptor entry = diagnostic.Descriptor;
        return Diagnostic.Create(DescriptorFor(entry), Location.None, DiagnosticCatalog.FitArguments(entry, diagnostic.Arguments));
    }
}
