namespace Copydesk.Cli.Output;

/// <summary>How commands print their results (<c>--format</c>).</summary>
public enum OutputFormat
{
    /// <summary>For people: indented article JSON and MSBuild-style issue lines.</summary>
    Text,

    /// <summary>For programs: one contract JSON object per file, one per line.</summary>
    Json,

    /// <summary>For web sites: one contract line per file whose <c>document</c> is the article's schema.org JSON-LD.</summary>
    JsonLd,

    /// <summary>For code-scanning tools: one SARIF 2.1.0 log with one run.</summary>
    Sarif,

    /// <summary>For GitHub Actions: one workflow command (<c>::error file=…,line=…,col=…::message</c>) per issue.</summary>
    GitHub,
}
