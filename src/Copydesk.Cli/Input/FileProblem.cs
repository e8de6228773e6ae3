namespace Copydesk.Cli.Input;

/// <summary>Why an input file could not be read as text.</summary>
/// <param name="Issue">The issue to report: <see cref="CliIssueCodes.CannotRead"/> or <see cref="CliIssueCodes.NotUtf8Text"/>, severity error.</param>
/// <param name="HasLocation">
/// Whether <see cref="ArticleIssue.Span"/> points at something in the file (the first bad byte). When it does not, text
/// output leaves the location out instead of printing a made-up <c>(1,1)</c>; JSON output still carries line 1, column 1.
/// </param>
public sealed record FileProblem(ArticleIssue Issue, bool HasLocation)
{
    /// <summary>Formats the problem MSBuild-style: <c>file(line,col): error CD0002: message</c>, or <c>file: error CD0001: message</c>.</summary>
    /// <remarks>The file name is escaped for text output (<see cref="Output.DisplayNames"/>).</remarks>
    public string ToString(string file)
    {
        string name = Output.DisplayNames.Escape(file);
        return HasLocation ? Issue.ToString(name) : $"{name}: {Issue.Severity.ToName()} {Issue.Code}: {Issue.Message}";
    }
}
