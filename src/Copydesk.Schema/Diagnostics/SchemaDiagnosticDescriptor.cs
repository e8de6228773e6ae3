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
    /// <summary>The number of arguments the message takes: one more than its highest <c>{N}</c> placeholder.</summary>
    public int ArgumentCount { get; } = CountArguments(MessageFormat);

    /// <summary>The documentation page for this id.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id.ToLowerInvariant();

    private static int CountArguments(string format)
    {
        int count = 0;
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            int number = 0;
            int j = i + 1;
            while (j < format.Length && format[j] is >= '0' and <= '9')
            {
                number = (number * 10) + (format[j] - '0');
                j++;
            }

            if (j > i + 1 && j < format.Length && format[j] == '}')
            {
                count = System.Math.Max(count, number + 1);
            }
        }

        return count;
    }
}
