namespace Copydesk.Schema.Diagnostics;

/// <summary>Severity of a schema diagnostic.</summary>
public enum SchemaSeverity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>A warning: code is still generated.</summary>
    Warning,

    /// <summary>An error: no code is generated for the schema.</summary>
    Error,
}

/// <summary>
/// One entry of the schema diagnostic catalogue. The generator turns it into a Roslyn descriptor and
/// the command-line tool prints it, so both report the same id, message and help link.
/// </summary>
/// <param name="Id">Stable id such as <c>CD1001</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="MessageFormat">Message with <c>{0}</c>-style placeholders.</param>
/// <param name="Category">Category, such as <c>Copydesk.Schema</c>.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
public sealed record SchemaDiagnosticDescriptor(string Id, string Title, string MessageFormat, string Category, SchemaSeverity DefaultSeverity)
{
    /// <summary>The documentation page for this id.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id.ToLowerInvariant();
}
