namespace Copydesk;

/// <summary>
/// A problem found in an article: a parse error, or a rule of its schema that the parsed article breaks.
/// </summary>
/// <param name="Code">Stable identifier, for example <c>CD2001</c>; see <see cref="IssueCodes"/>.</param>
/// <param name="Severity">How serious the issue is.</param>
/// <param name="Path">Index-aware path of the offending value, such as <c>body[1].attribution.speaker</c>; empty for the article itself.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Span">Where the offending text stands in the original article.</param>
public sealed record ArticleIssue(string Code, IssueSeverity Severity, string Path, string Message, SourceSpan Span)
{
    /// <summary>Formats the issue the way MSBuild formats compiler messages, without the file name.</summary>
    public override string ToString() => $"({Span.Line},{Span.Column}): {Severity.ToName()} {Code}: {Message}";

    /// <summary>Formats the issue as <c>file(line,col): severity CODE: message</c>.</summary>
    public string ToString(string file) => file + ToString();
}
