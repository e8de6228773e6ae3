using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// A message must read the same in a terminal, an editor and a CI log: characters that print as nothing or reorder
/// the text around them are shown as <c>U+XXXX</c>, in every argument of every diagnostic.
/// </summary>
public sealed class InvisibleCharacterTests
{
    [Theory]
    [InlineData("\u202E", "U+202E")] // right-to-left override
    [InlineData("\u2066", "U+2066")] // left-to-right isolate
    [InlineData("\u200B", "U+200B")] // zero-width space
    [InlineData("\u200D", "U+200D")] // zero-width joiner
    [InlineData("\u00A0", "U+00A0")] // no-break space
    public void A_name_with_an_invisible_character_is_shown_with_its_code_point(string invisible, string shown)
    {
        SchemaLoadResult result = LoadText("copydesk: 1\ntype: \"Story" + invisible + "Evil\"\n" + MinimalLayout);

        SchemaDiagnostic diagnostic = Single(result, "CD1005", 2, 7);
        Assert.DoesNotContain(invisible, diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains("'Story" + shown + "Evil' cannot be used as the article type name", diagnostic.Message);
        Assert.Contains(shown + " is not allowed", diagnostic.Message);
    }

    [Fact]
    public void A_plain_space_in_a_name_is_named_but_ordinary_text_keeps_its_spaces()
    {
        SchemaDiagnostic diagnostic = Single(LoadText("copydesk: 1\ntype: \"Big Story\"\n" + MinimalLayout), "CD1005", 2, 7);

        Assert.StartsWith("'Big Story' cannot be used as the article type name: U+0020 is not allowed", diagnostic.Message);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\there", "tabU+0009here")]
    [InlineData("caf\u00E9 \U0001F4F0", "caf\u00E9 \U0001F4F0")]
    public void Show_names_invisible_code_units_and_keeps_visible_text(string text, string expected)
    {
        Assert.Equal(expected, InvisibleCharacters.Show(text));
    }

    // Built in code: a lone surrogate does not survive a test case's serialisation.
    [Fact]
    public void Show_names_lone_surrogates_but_keeps_pairs()
    {
        Assert.Equal("lone U+D800 high", InvisibleCharacters.Show("lone " + (char)0xD800 + " high"));
        Assert.Equal("lone U+DC00 low", InvisibleCharacters.Show("lone " + (char)0xDC00 + " low"));
        Assert.Equal("U+DC00U+D800", InvisibleCharacters.Show(new string([(char)0xDC00, (char)0xD800])));
        Assert.Equal("\U0001F4F0", InvisibleCharacters.Show("\U0001F4F0"));
    }
}
