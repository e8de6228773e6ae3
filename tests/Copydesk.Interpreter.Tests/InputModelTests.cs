using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The input models: what units a schema's slots read. Each back end reads the same units, so the same documents
/// and the same located errors come out of both.
/// </summary>
public sealed class InputModelTests
{
    /// <summary>Wire copy: a slug, then paragraphs whose first line is indented and whose other lines are not.</summary>
    internal const string WireCopy = """
        copydesk: 1
        type: WireCopy
        input: { kind: paragraphs, indentStartsParagraph: true }
        layout:
          - slug: label
          - paragraphs: { line: sentence, repeat: 1+ }
        """;

    /// <summary>Hard-wrapped text: paragraphs end at blank lines only.</summary>
    internal const string Wrapped = """
        copydesk: 1
        type: Wrapped
        input: paragraphs
        layout:
          - title: label
          - paragraphs: { line: sentence, repeat: 1+ }
        """;

    [Theory]
    [EachBackEnd]
    public void Indented_first_lines_start_paragraphs_of_wire_copy_without_blank_lines(BackEnd backEnd)
    {
        const string Article = "FERRY-STRIKE\n   Ferry crews walked out at dawn on\nThursday, stranding commuters.\n   Talks resume on\nMonday.\n";

        ArticleOutcome outcome = backEnd.Read(WireCopy, Article);

        Assert.Equal(
            """{"slug":"FERRY-STRIKE","paragraphs":["Ferry crews walked out at dawn on Thursday, stranding commuters.","Talks resume on Monday."]}""",
            outcome.Json);
        Assert.Empty(outcome.Issues);
    }

    [Theory]
    [EachBackEnd]
    public void A_paragraph_value_spans_its_lines(BackEnd backEnd)
    {
        const string Article = "Title\r\n\r\nOne line\r\nand the next.\r\n";

        ArticleOutcome outcome = backEnd.Read(Wrapped, Article);

        Assert.Equal("""{"title":"Title","paragraphs":["One line and the next."]}""", outcome.Json);
        Assert.Equal(new SourceSpan(1, 1, 4, 14, 0, Article.Length - 2), outcome.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_paragraph_that_does_not_fit_is_reported_at_its_first_line(BackEnd backEnd)
    {
        const string Article = "Title\n\nA sentence that wraps\nonto a second line.\n\nA label that wraps\nbut never ends\n";

        ArticleOutcome outcome = backEnd.Read(Wrapped, Article);

        Assert.Null(outcome.Json);
        ArticleIssue error = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.ParseError, error.Code);
        Assert.Equal("""Line 6 does not fit the layout: found "A label that wraps but never ends"; expected paragraphs (sentence) or the end of the article.""", error.Message);
        Assert.Equal(new SourceSpan(6, 1, 7, 15, Article.IndexOf("A label", System.StringComparison.Ordinal), 33), error.Span);
    }
}
