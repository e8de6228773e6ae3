using System.Collections.Concurrent;
using Copydesk.Schema.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Turns an article's issues into compiler diagnostics with the issue's own code, message, severity and help link,
/// at the article's line and column. The compiler then applies <c>dotnet_diagnostic.CDnnnn.severity</c> from a global
/// config, <c>&lt;NoWarn&gt;</c> and <c>&lt;WarningsAsErrors&gt;</c> to them like to any diagnostic.
/// </summary>
internal static class ContentDiagnostics
{
    /// <summary>The category of every article issue reported by the build.</summary>
    public const string Category = "Copydesk.Content";

    private static readonly ConcurrentDictionary<(string Code, SchemaSeverity Severity, string HelpLink), DiagnosticDescriptor> Descriptors = new();

    /// <summary>
    /// The diagnostic for <paramref name="issue"/> of the article at <paramref name="path"/>, with the collection's
    /// <paramref name="collectionSeverity"/> in place of the issue's own when the collection sets one.
    /// </summary>
    public static Diagnostic Create(string path, ContentIssue issue, SchemaSeverity? collectionSeverity)
    {
        DiagnosticDescriptor descriptor = Descriptors.GetOrAdd(
            (issue.Code, issue.Severity, issue.HelpLink),
            key => new DiagnosticDescriptor(
                key.Code,
                "Article issue " + key.Code,
                "{0}",
                Category,
                RoslynDiagnostics.ToRoslyn(key.Severity),
                isEnabledByDefault: true,
                helpLinkUri: key.HelpLink));
        return Diagnostic.Create(
            descriptor,
            RoslynDiagnostics.LocationOf(path, issue.Range),
            RoslynDiagnostics.ToRoslyn(collectionSeverity ?? issue.Severity),
            additionalLocations: null,
            properties: null,
            InvisibleCharacters.Show(issue.Message));
    }
}
