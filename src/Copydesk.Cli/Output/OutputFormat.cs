namespace Copydesk.Cli.Output;

/// <summary>How <c>parse</c> and <c>validate</c> print their results (<c>--format</c>).</summary>
public enum OutputFormat
{
    /// <summary>For people: indented article JSON and MSBuild-style issue lines.</summary>
    Text,

    /// <summary>For programs: one contract JSON object per file, one per line.</summary>
    Json,
}
