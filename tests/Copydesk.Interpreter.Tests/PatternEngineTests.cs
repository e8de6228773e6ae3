using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Patterns cannot run away, on both back ends: a pattern that does not need backtracking runs on the
/// non-backtracking engine, in time linear in the line, and decides every line; one that needs backtracking (CD1040)
/// runs under a time budget, and a line it cannot decide in time is CD2002 at that line, never a silent "no match".
/// </summary>
public sealed class PatternEngineTests
{
    private static string Schema(string pattern) => $$"""
        copydesk: 1
        type: Patterned
        lines:
          special: { pattern: '{{pattern}}' }
        layout:
          - headline: label
          - lines: { line: special, repeat: 0+ }
          - rest: { line: any, repeat: 0+ }
        """;

    private static readonly string AlmostMatching = new string('a', 40) + "c";

    [Theory]
    [EachBackEnd]
    public void An_ambiguous_pattern_without_backtracking_constructs_decides_a_line_that_used_to_time_out(BackEnd backEnd)
    {
        // Under the backtracking engine this line costs the whole time budget and was taken as not matching.
        ArticleOutcome outcome = backEnd.Read(Schema("^(?:(a|aa)+b|a+c)$"), "Headline\n" + AlmostMatching);

        Assert.NotNull(outcome.Json);
        Assert.Contains("\"lines\":[\"" + AlmostMatching + "\"]", outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void A_catastrophic_shape_on_the_non_backtracking_engine_reads_a_long_line_at_once(BackEnd backEnd)
    {
        string line = new string('a', 5_000) + "b";

        ArticleOutcome outcome = backEnd.Read(Schema("^(a+)+$"), "Headline\n" + line);

        Assert.NotNull(outcome.Json);
        Assert.Contains("\"rest\":[\"" + line + "\"]", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_backtracking_pattern_that_runs_out_of_time_is_CD2002_at_its_line(BackEnd backEnd)
    {
        // The lookahead needs the backtracking engine; the nested repetition makes the almost-matching line exponential.
        ArticleOutcome outcome = backEnd.Read(Schema("^(?=a)(a+)+$"), "Headline\naaa\n" + new string('a', 40) + "b\nplain line");

        Assert.Null(outcome.Json);
        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.PatternTimeout, IssueSeverity.Error, "lines", 3, 1), (issue.Code, issue.Severity, issue.Path, issue.Span.Line, issue.Span.Column));
        Assert.StartsWith("Line 3 could not be matched against the pattern ^(?=a)(a+)+$ within its time budget of 1 s", issue.Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_check_pattern_that_runs_out_of_time_is_CD2002_at_the_value_not_a_mismatch(BackEnd backEnd)
    {
        const string Checked = """
            copydesk: 1
            type: Checked
            layout:
              - headline: { line: label, check: { pattern: '^(?=a)(a+)+$' } }
            """;
        string headline = new string('a', 40) + "b";

        ArticleOutcome outcome = backEnd.Read(Checked, headline);

        Assert.NotNull(outcome.Json);
        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.PatternTimeout, IssueSeverity.Error, "headline", 1), (issue.Code, issue.Severity, issue.Path, issue.Span.Line));
        Assert.DoesNotContain(outcome.Issues, i => i.Code == IssueCodes.Pattern);
    }
}
