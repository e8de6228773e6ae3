namespace Copydesk.Cli.Reports;

/// <summary>What a code means, for the rule tables of machine-read reports.</summary>
/// <param name="Id">The code, such as <c>CD3001</c>.</param>
/// <param name="Title">Its title, as the heading of its section in the documentation.</param>
/// <param name="HelpUri">The documentation section for the code.</param>
/// <param name="DefaultSeverity">The severity it has unless a schema configures another.</param>
public sealed record IssueRule(string Id, string Title, string HelpUri, IssueSeverity DefaultSeverity);
