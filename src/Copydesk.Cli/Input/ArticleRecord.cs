namespace Copydesk.Cli.Input;

/// <summary>One record of JSON-lines input: an article's id and text, or why the line is not a usable record.</summary>
/// <param name="Source">The input it came from, as named on the command line (<c>-</c> for standard input).</param>
/// <param name="Line">Its line in the input, from 1.</param>
/// <param name="Id">The id as text (a string's value, a number's digits), or <see langword="null"/> when the record has none.</param>
/// <param name="IdJson">The id as it was written in JSON, to copy into output, or <see langword="null"/>.</param>
/// <param name="Text">The article text, or <see langword="null"/> when the record is bad.</param>
/// <param name="Problem">Why the record cannot be used (<see cref="CliIssueCodes.BadRecord"/>), or <see langword="null"/>.</param>
public sealed record ArticleRecord(string Source, int Line, string? Id, string? IdJson, string? Text, FileProblem? Problem)
{
    /// <summary>What decides the record's shard: its id, or where it stands when it has none.</summary>
    public string ShardKey => Id ?? Source + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The name issue lines give the record: <c>source#id</c>, since issue lines and columns are in the record's text;
    /// the source itself for a bad record, whose location is in the source.
    /// </summary>
    public string DisplayName => Problem is null ? Source + "#" + Id : Source;
}
