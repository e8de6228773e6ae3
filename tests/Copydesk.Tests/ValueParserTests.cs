using Copydesk.Text;
using Xunit;

namespace Copydesk.Tests;

/// <summary>The value parsers <c>quoted</c> and <c>attribution</c>, as the schema language defines them.</summary>
public sealed class ValueParserTests
{
    private static TextLine Line(string text) => new(text, new SourceSpan(1, 1, 1, text.Length + 1, 0, text.Length));

    [Theory]
    [InlineData("\"Plain quotes.\"", "Plain quotes.")]
    [InlineData("“Curly quotes.”", "Curly quotes.")]
    [InlineData("‘Single curly quotes.’", "Single curly quotes.")]
    [InlineData("« Guillemets. »", "Guillemets.")]
    [InlineData("„Low-high quotes.“", "Low-high quotes.")]
    [InlineData("No quotes at all.", "No quotes at all.")]
    [InlineData("“Unbalanced.", "“Unbalanced.")]
    [InlineData("\"Mismatched.”", "\"Mismatched.”")]
    [InlineData("\"", "\"")]
    public void Quoted_drops_one_pair_of_enclosing_quotation_marks(string text, string expected)
    {
        Assert.Equal(expected, ValueParsers.Quoted(Line(text)).Text);
    }

    [Theory]
    [InlineData("Abu Saif, a 47-year-old resident contacted by AFP", "Abu Saif", "a 47-year-old resident contacted by AFP")]
    [InlineData("Volesky in a video briefing from Baghdad, using an acronym", "Volesky", "in a video briefing from Baghdad, using an acronym")]
    [InlineData("— Commissioner Dana Whitfield, speaking after the vote", "Commissioner Dana Whitfield", "speaking after the vote")]
    [InlineData("– Mayor Ruth Alvarez", "Mayor Ruth Alvarez", null)]
    [InlineData("- 2024 Graduate Class, in a letter", "2024 Graduate Class", "in a letter")]
    [InlineData("according to the transit office", null, "according to the transit office")]
    [InlineData("—according to the transit office", null, "according to the transit office")]
    [InlineData("Émile Zola, novelist", "Émile Zola", "novelist")]
    [InlineData("(AP) wire report", null, "(AP) wire report")]
    public void Attribution_reads_speaker_and_context(string text, string? speaker, string? context)
    {
        Attribution attribution = ValueParsers.Attribution(Line(text));

        Assert.Equal(text, attribution.Text);
        Assert.Equal(speaker, attribution.Speaker);
        Assert.Equal(context, attribution.Context);
    }
}
