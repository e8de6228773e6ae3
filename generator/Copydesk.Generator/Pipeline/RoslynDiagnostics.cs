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
            ToRoslyn(entry.DefaultSeverity),
            isEnabledByDefault: true,
            helpLinkUri: entry.HelpLink));

    /// <summary>The Roslyn severity of a catalogue or article-issue severity.</summary>
    public static DiagnosticSeverity ToRoslyn(SchemaSeverity severity) => severity switch
    {
        SchemaSeverity.Error => DiagnosticSeverity.Error,
        SchemaSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>
    /// Creates the Roslyn diagnostic for <paramref name="diagnostic"/> in the file <paramref name="path"/>. Any range
    /// is accepted (an end before the start becomes an empty span), and the arguments always fit the message, so
    /// neither creating nor later formatting the diagnostic can throw inside the compiler.
    /// </summary>
    public static Diagnostic Create(string path, SchemaDiagnostic diagnostic)
    {
        SchemaDiagnosticDescriptor entry = diagnostic.Descriptor;
        object[] arguments = DiagnosticCatalog.FitArguments(entry, diagnostic.Arguments);
        return Diagnostic.Create(DescriptorFor(entry), LocationOf(path, diagnostic.Range), arguments);
    }

    /// <summary>The location of <paramref name="range"/> in the file <paramref name="path"/>; any range is accepted (an end before the start becomes an empty span).</summary>
    public static Location LocationOf(string path, TextRange range)
    {
        int start = Math.Max(0, range.StartOffset);
        var span = TextSpan.FromBounds(start, Math.Max(start, range.EndOffset));
        var from = new LinePosition(Math.Max(0, range.StartLine - 1), Math.Max(0, range.StartColumn - 1));
        var to = new LinePosition(Math.Max(0, range.EndLine - 1), Math.Max(0, range.EndColumn - 1));
        return Location.Create(path ?? string.Empty, span, new LinePositionSpan(from, to < from ? from : to));
    }

    /// <summary>Creates the Roslyn diagnostic for a problem of the whole project, which has no place in a file.</summary>
    public static Diagnostic CreateForProject(SchemaDiagnostic diagnostic)
    {
        SchemaDiagnosticDescriptor entry = diagnostic.Descriptor;
        return Diagnostic.Create(DescriptorFor(entry), Location.None, DiagnosticCatalog.FitArguments(entry, diagnostic.Arguments));
    }
}
