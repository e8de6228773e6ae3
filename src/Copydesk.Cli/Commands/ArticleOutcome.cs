using System.Collections.Generic;
using Copydesk.Cli.Input;

namespace Copydesk.Cli.Commands;

/// <summary>What became of one article file or record: its document and issues, or why it could not be read.</summary>
/// <param name="File">The file as the user named it (or as found in a folder); for a record, its <see cref="ArticleRecord.DisplayName"/>.</param>
/// <param name="Document">The parsed article, or <see langword="null"/> when it did not parse or was not read.</param>
/// <param name="Issues">The parse errors when it did not parse, else its validation issues; the read problem when unreadable.</param>
/// <param name="Problem">Why the file or record could not be read, or <see langword="null"/>.</param>
public sealed record ArticleOutcome(string File, IArticle? Document, IReadOnlyList<ArticleIssue> Issues, FileProblem? Problem)
{
    /// <summary>The JSON-lines record the article came from, or <see langword="null"/> for a file.</summary>
    public ArticleRecord? Record { get; init; }
}
