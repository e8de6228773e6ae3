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

    [Theory]
    [InlineData("— Head librarian Tomás Reyes, speaking at the ribbon cutting", "Tomás Reyes", "Head librarian, speaking at the ribbon cutting")]
    [InlineData("Senior analyst Mia Chen of Acme", "Mia Chen", "Senior analyst of Acme")]
    [InlineData("Police spokeswoman Jane Roe", "Jane Roe", "Police spokeswoman")]
    [InlineData("– Assistant chief medical examiner Ana María Ruiz, in a statement", "Ana María Ruiz", "Assistant chief medical examiner, in a statement")]
    [InlineData("Former co-founder Lee Park", "Lee Park", "Former co-founder")]
    [InlineData("Deputy editor-in-chief Sam O'Neil, who resigned", "Sam O'Neil", "Deputy editor-in-chief, who resigned")]
    public void Attribution_with_a_role_before_a_proper_name_gives_the_name_as_speaker_and_the_role_as_context(string text, string speaker, string context)
    {
        Attribution attribution = ValueParsers.Attribution(Line(text));

        Assert.Equal((text, speaker, context), (attribution.Text, attribution.Speaker, attribution.Context));
    }

    /// <summary>Shapes deliberately read name first: the role rule would guess wrong on them.</summary>
    [Theory]
    [InlineData("Volesky in a video briefing from New York", "Volesky", "in a video briefing from New York")] // 'in' starts a phrase, not a role
    [InlineData("Restaurant owners", "Restaurant", "owners")] // no name follows: a group, not a role
    [InlineData("— 4H club leader Dana Pruitt", "4H", "club leader Dana Pruitt")] // a leading number is read as a name
    [InlineData("Police spokeswoman Roe", "Police", "spokeswoman Roe")] // a one-word name may be a place or a day
    [InlineData("Police Chief Jane Roe", "Police Chief Jane Roe", null)] // a capitalised title cannot be told from the name
    [InlineData("Summarized by: City Hall Bureau", "Summarized", "by: City Hall Bureau")] // 'by:' is not a role word
    [InlineData("Local business owner and longtime resident Ann Lee", "Local", "business owner and longtime resident Ann Lee")] // longer than three role words
    [InlineData("Officials said Tuesday Mary Poe", "Officials", "said Tuesday Mary Poe")] // 'said' starts a clause
    [InlineData("Analyst 2 Mia Chen", "Analyst 2 Mia Chen", null)] // no lower-case role word
    [InlineData("Editor-in-chief Sam O'Neil, who resigned", "Editor-in-chief Sam O'Neil", "who resigned")] // a capitalised role alone reads as part of the name
    public void Attribution_shapes_that_stay_name_first(string text, string speaker, string? context)
    {
        Attribution attribution = ValueParsers.Attribution(Line(text));

        Assert.Equal((speaker, context), (attribution.Speaker, attribution.Context));
    }
}
