using System.Linq;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: byline</c>: the writers after <c>By</c> and the agency or role credited after them.</summary>
public sealed class BylineParserTests
{
    [Theory]
    [InlineData("By Ana Ruiz", "Ana Ruiz", null)]
    [InlineData("BY ANA RUIZ", "ANA RUIZ", null)]
    [InlineData("by ana ruiz", "ana ruiz", null)]
    [InlineData("By: Ana Ruiz", "Ana Ruiz", null)]
    [InlineData("By Ana Ruiz-López", "Ana Ruiz-López", null)]
    [InlineData("By Sandra Anderson", "Sandra Anderson", null)]
    [InlineData("By Ana Ruiz and Li Wei", "Ana Ruiz|Li Wei", null)]
    [InlineData("By Ana Ruiz & Li Wei", "Ana Ruiz|Li Wei", null)]
    [InlineData("By ANA RUIZ AND LI WEI", "ANA RUIZ|LI WEI", null)]
    [InlineData("By Ana Ruiz, Li Wei and Sam Ode", "Ana Ruiz|Li Wei|Sam Ode", null)]
    [InlineData("By Ana Ruiz, Li Wei, and Sam Ode", "Ana Ruiz|Li Wei|Sam Ode", null)]
    [InlineData("By Ana Ruiz, Associated Press", "Ana Ruiz", "Associated Press")]
    [InlineData("By Ana Ruiz and Li Wei | Reuters", "Ana Ruiz|Li Wei", "Reuters")]
    [InlineData("By Ana Ruiz and Li Wei, Associated Press", "Ana Ruiz|Li Wei", "Associated Press")]
    [InlineData("By Ana Ruiz, Li Wei and Sam Ode, The Associated Press", "Ana Ruiz|Li Wei|Sam Ode", "The Associated Press")]
    [InlineData("By Ana Ruiz — Reuters", "Ana Ruiz", "Reuters")]
    [InlineData("By Ana Ruiz / Staff Writer", "Ana Ruiz", "Staff Writer")]
    [InlineData("By Ana Ruiz - AFP", "Ana Ruiz", "AFP")]
    [InlineData("By ANA RUIZ AP Business Writer", "ANA RUIZ", "AP Business Writer")]
    [InlineData("By ANA RUIZ and LI WEI AP Business Writers", "ANA RUIZ|LI WEI", "AP Business Writers")]
    [InlineData("By ANA RUIZ Associated Press", "ANA RUIZ", "Associated Press")]
    [InlineData("By ANA RUIZ AP", "ANA RUIZ", "AP")]
    [InlineData("By J. R. SMITH AFP", "J. R. SMITH", "AFP")]
    [InlineData("By ANA RUIZ, Associated Press Writer", "ANA RUIZ", "Associated Press Writer")]
    public void Reads_names_and_the_credited_agency(string text, string names, string? agency)
    {
        Byline byline = BylineParser.Parse("  " + text + " ").Value;

        Assert.Equal(text, byline.Text);
        Assert.Equal(names.Split('|'), byline.Names.ToArray());
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("", ValueFailureReason.Empty)]
    [InlineData("Ana Ruiz", ValueFailureReason.Malformed)]
    [InlineData("Bylines are hard", ValueFailureReason.Malformed)]
    [InlineData("By Ana Ruiz and", ValueFailureReason.Malformed)]
    [InlineData("By , Ana Ruiz", ValueFailureReason.NoNames)]
    [InlineData("By and Li Wei", ValueFailureReason.Malformed)]
    [InlineData("By Ana Ruiz,, Li Wei and Sam Ode", ValueFailureReason.Malformed)]
    [InlineData("By", ValueFailureReason.NoNames)]
    [InlineData("By:", ValueFailureReason.NoNames)]
    [InlineData("By | Reuters", ValueFailureReason.NoNames)]
    public void Refuses_other_texts_with_a_reason(string text, ValueFailureReason reason)
    {
        Assert.Equal(new ValueFailure(IssueCodes.NotAByline, reason), BylineParser.Parse(text).Failure);
    }

    [Fact]
    public void Options_name_the_agencies_that_end_a_capitals_byline()
    {
        var options = new BylineOptions(["KYODO"]);

        Assert.Equal("KYODO News", BylineParser.Parse("By KENJI SATO KYODO News", options).Value.Agency);
        Assert.Equal("News", BylineParser.Parse("By KENJI SATO AP News", options).Value.Agency);
        Assert.Equal("AP", BylineParser.Parse("By KENJI SATO AP").Value.Agency);
        Assert.Equal(BylineOptions.Default, new BylineOptions(BylineOptions.DefaultAgencies));
        Assert.Throws<System.ArgumentException>(() => new BylineOptions(["Associated Press"]));
    }

    [Fact]
    public void Reads_a_very_long_byline_to_the_end()
    {
        string names = string.Join(", ", Enumerable.Repeat("Ana Ruiz", 50_000)) + " and Li Wei";

        Byline byline = BylineParser.Parse("By " + names + ", Reuters").Value;

        Assert.Equal(50_001, byline.Names.Count);
        Assert.Equal("Reuters", byline.Agency);
    }
}
