using Copydesk.Samples;
using Copydesk.Testing;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// The generated JSON writer at its edges: written deeper than a JSON writer allows by default, and article text that
/// is not valid UTF-16, written as it is.
/// </summary>
public sealed class GeneratedJsonTests
{
    private const string Story =
        "Council votes to keep the night buses\n" +
        "The vote was unanimous.\n" +
        "“We listened.”\n" +
        "— Mayor Ruth Alvarez, after the meeting\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_article_written_deeper_than_a_JSON_writer_allows_by_default_is_written_whole_with_the_contract_options(bool indented)
    {
        DigestStory story = DigestStory.Parse(Story, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        NestedJsonWriting.AssertWrittenWhole(story, story.ToJson(), indented);
    }

    [Fact]
    public void Lone_surrogates_in_article_text_are_written_as_their_escapes_by_generated_code()
    {
        string text = "Council votes \uD800 to keep the night buses\nThe vote was unanimous.\n“We listened.”\n— Mayor Ruth Alvarez, after the \uDC00 meeting\n";

        string json = DigestStory.Parse(text, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow().ToJson();

        Assert.Contains("\"headline\":\"Council votes \\uD800 to keep the night buses\"", json);
        Assert.Contains("\"text\":\"— Mayor Ruth Alvarez, after the \\uDC00 meeting\"", json);
        Assert.Contains("\"context\":\"after the \\uDC00 meeting\"", json);
        Assert.DoesNotContain("\uFFFD", json);
    }
}
