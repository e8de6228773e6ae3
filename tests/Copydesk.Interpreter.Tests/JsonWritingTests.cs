using Copydesk.Interpretation;
using Copydesk.Testing;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The interpreter's contract JSON at its edges: written deeper than a JSON writer allows by default, and article
/// text that is not valid UTF-16, written as it is.
/// </summary>
public sealed class JsonWritingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_article_written_deeper_than_a_JSON_writer_allows_by_default_is_written_whole_with_the_contract_options(bool indented)
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Note
            parts:
              Quote:
                - text: sentence
                - said: { line: label, value: attribution }
            layout:
              - title: label
              - quotes: { part: Quote, repeat: 1+ }
            """);
        InterpretedArticle article = interpreter.Parse("Title\nWe listened.\n— Mayor Ruth Alvarez, after the meeting\n", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        NestedJsonWriting.AssertWrittenWhole(article, article.ToJson(), indented);
    }

    [Fact]
    public void Lone_surrogates_in_article_text_are_written_as_their_escapes_not_replaced()
    {
        SchemaInterpreter interpreter = TestFiles.Inline("""
            copydesk: 1
            type: Note
            layout:
              - title: label
              - body: { line: sentence, repeat: 1+ }
              - said: { line: label, value: attribution }
            """);

        var (json, _) = TestFiles.Run(interpreter, "Title \uD800\nBody \uDC00 one.\n— Dana Whitfield, at \uDBFF noon\n");

        Assert.Equal(
            """{"title":"Title \uD800","body":["Body \uDC00 one."],"said":{"text":"— Dana Whitfield, at \uDBFF noon","speaker":"Dana Whitfield","context":"at \uDBFF noon"}}""",
            json);
    }
}
