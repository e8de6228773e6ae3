using System.Collections.Generic;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Commands;

/// <summary>What <c>copydesk validate</c> was asked to do.</summary>
/// <param name="SchemaPath">The schema file.</param>
/// <param name="Inputs">Article files and folders; with <see cref="Records"/>, JSON-lines files and <c>-</c> for standard input.</param>
/// <param name="Format">The output format.</param>
/// <param name="Pattern">The file-name pattern for folders; <see langword="null"/> for the default of the input kind.</param>
/// <param name="Jobs">How many files are read at once; at least 1.</param>
public sealed record ValidateSettings(
    string SchemaPath,
    IReadOnlyList<string> Inputs,
    OutputFormat Format = OutputFormat.Text,
    string? Pattern = null,
    int Jobs = 0)
{
    /// <summary>The record fields when the inputs are JSON lines (<c>--input jsonl</c>); <see langword="null"/> when they are article files.</summary>
    public RecordFields? Records { get; init; }

    /// <summary>The part of the inputs to process (<c>--shard K/N</c>), or <see langword="null"/> for all of them.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The encoding of article files.</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Utf8;

    /// <summary>The most bytes read from one article file or JSON-lines record (<see cref="InputLimits"/>).</summary>
    public long MaxInputBytes { get; init; } = InputLimits.DefaultMaxBytes;

    /// <summary><see cref="Jobs"/>, or the processor count when it is not positive.</summary>
    public int EffectiveJobs => Jobs > 0 ? Jobs : System.Environment.ProcessorCount;

    /// <summary><see cref="Pattern"/>, or the default: <c>*.txt</c> for articles, <c>*.jsonl</c> for records.</summary>
    public string EffectivePattern => Pattern ?? (Records is null ? ArticleFiles.DefaultArticlePattern : ArticleFiles.DefaultRecordPattern);
}
