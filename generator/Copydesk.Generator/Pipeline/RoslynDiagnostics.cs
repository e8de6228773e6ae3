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

    /// <summary>Creates the Roslyn diagnostic for <paramref name="diagnostic"/> in the file <paramref name="path"/>.</summary>
    public static Diagnostic Create(string path, SchemaDiagnostic diagnostic)
    {
        TextRange range = diagnostic.Range;
        var span = TextSpan.FromBounds(range.StartOffset, System.Math.Max(range.StartOffset, range.EndOffset));
        var lines = new LinePositionSpan(
            new LinePosition(System.Math.Max(0, range.StartLine - 1), System.Math.Max(0, range.StartColumn - 1)),
            new LinePosition(System.Math.Max(0, range.EndLine - 1), System.Math.Max(0, range.EndColumn - 1)));
        object[] arguments = new object[diagnostic.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(DescriptorFor(diagnostic.Descriptor), Location.Create(path, span, lines), arguments);
    }
}
