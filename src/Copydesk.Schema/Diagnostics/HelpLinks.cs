namespace Copydesk.Schema.Diagnostics;

/// <summary>
/// Where the documentation of every code lives: schema diagnostics in <c>docs/diagnostics.md</c>, article issues in
/// <c>docs/issues.md</c>, input-file problems (<c>CD0xxx</c>) in <c>docs/cli.md</c>; one section per code, whose
/// anchor is the code in lower case. The command-line tool's reports and the build's diagnostics link the same sections.
/// </summary>
public static class HelpLinks
{
    /// <summary>The documentation folder of the repository, derived from <see cref="DiagnosticCatalog.HelpLinkBase"/> so the address is written once.</summary>
    public static string DocsBase { get; } = DiagnosticCatalog.HelpLinkBase.Substring(0, DiagnosticCatalog.HelpLinkBase.LastIndexOf('/') + 1);

    /// <summary>The section that documents an article issue or input-file problem code, such as <c>…/docs/issues.md#cd3001</c>.</summary>
    /// <param name="code">An issue code: <c>CD0xxx</c>, <c>CD2xxx</c> or <c>CD3xxx</c>.</param>
    public static string ForIssue(string code) =>
        DocsBase + (code.StartsWith("CD0", System.StringComparison.Ordinal) ? "cli.md#" : "issues.md#") + code.ToLowerInvariant();
}
