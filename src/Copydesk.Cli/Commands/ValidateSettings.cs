using System.Collections.Generic;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Commands;

/// <summary>What <c>copydesk validate</c> was asked to do.</summary>
/// <param name="SchemaPath">The schema file.</param>
/// <param name="Inputs">Article files and folders.</param>
/// <param name="Format">The output format.</param>
/// <param name="Pattern">The file-name pattern for folders.</param>
/// <param name="Jobs">How many files are read at once; at least 1.</param>
public sealed record ValidateSettings(
    string SchemaPath,
    IReadOnlyList<string> Inputs,
    OutputFormat Format = OutputFormat.Text,
    string Pattern = ArticleFiles.DefaultArticlePattern,
    int Jobs = 0)
{
    /// <summary><see cref="Jobs"/>, or the processor count when it is not positive.</summary>
    public int EffectiveJobs => Jobs > 0 ? Jobs : System.Environment.ProcessorCount;
}
