using System.Linq;
using Copydesk.Schema.Model;

namespace Copydesk.Content;

/// <summary>
/// Every issue of one article checked against its schema, in the order the command-line tool reports them: the parse
/// error when the article does not fit the layout, else its validation issues; or the one problem that kept it from
/// being read. Immutable, with value equality.
/// </summary>
/// <param name="ArticlePath">The article file, as the caller named it.</param>
/// <param name="Issues">The issues, empty for a clean article.</param>
public sealed record ContentCheckResult(string ArticlePath, EquatableArray<ContentIssue> Issues)
{
    /// <summary>Whether an issue is an error, so the build should fail when severities are left as they are.</summary>
    public bool HasErrors => Issues.Any(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>
    /// Whether the article was not checked because its schema has errors (<see cref="ContentSchema.IsUsable"/>): the
    /// build reports the schema once for the article instead of its issues, and <see cref="Issues"/> is empty.
    /// </summary>
    public bool SchemaHasErrors { get; init; }
}
