using Copydesk.Schema.Naming;
using Xunit;

namespace Copydesk.Schema.Tests;

/// <summary>"Did you mean" hints: close typos get one, unrelated names do not.</summary>
public sealed class NameSuggesterTests
{
    private static readonly string[] Keys = ["copydesk", "type", "namespace", "description", "input", "lines", "parts", "layout"];

    [Theory]
    [InlineData("tpye", "type")]
    [InlineData("layot", "layout")]
    [InlineData("Layout", "layout")]
    [InlineData("namespaces", "namespace")]
    [InlineData("descripton", "description")]
    [InlineData("copydsek", "copydesk")]
    public void Close_typos_get_the_known_name(string typo, string expected)
    {
        Assert.Equal(expected, NameSuggester.Suggest(typo, Keys));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("type")]
    public void Distant_or_exact_names_get_none(string name)
    {
        Assert.Null(NameSuggester.Suggest(name, Keys));
    }

    [Fact]
    public void Ties_go_to_the_earlier_candidate()
    {
        Assert.Equal("cat", NameSuggester.Suggest("bat", ["cat", "hat"]));
    }

    [Fact]
    public void Short_names_allow_one_edit_and_long_names_a_third_of_their_length()
    {
        Assert.Equal((1, 2, 2, 5), (NameSuggester.MaxDistance(3), NameSuggester.MaxDistance(4), NameSuggester.MaxDistance(8), NameSuggester.MaxDistance(15)));
        Assert.Null(NameSuggester.Suggest("ab", ["any"]));
        Assert.Equal("any", NameSuggester.Suggest("an", ["any"]));
    }

    [Fact]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit_and_ignores_case()
    {
        Assert.Equal((1, 0, 3), (NameSuggester.Distance("tpye", "type"), NameSuggester.Distance("Type", "type"), NameSuggester.Distance("kitten", "sitting")));
    }

    [Fact]
    public void The_hint_has_a_leading_space_or_is_empty()
    {
        Assert.Equal((" Did you mean 'type'?", ""), (NameSuggester.DidYouMean("type"), NameSuggester.DidYouMean(null)));
    }

    [Fact]
    public void Very_long_names_get_none()
    {
        Assert.Null(NameSuggester.Suggest(new string('a', 65), [new string('a', 64)]));
    }
}
