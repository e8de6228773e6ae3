using System;
using System.Linq;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary><c>value: list</c>: split on a separator, each trimmed item read by another parser, one result per item.</summary>
public sealed class ListParserTests
{
    private static readonly ListOptions<string> Tags = new(",", TextParser.Parse);

    [Fact]
    public void Splits_on_the_separator_and_trims_each_item()
    {
        ValueList<string> list = ListParser.Parse("rail, strikes , unions", Tags);

        Assert.Equal(["rail", "strikes", "unions"], list.Items.Select(item => item.Result.Value));
        Assert.Equal([0, 6, 16], list.Items.Select(item => item.Offset));
        Assert.True(list.AllParsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reads_an_empty_text_as_no_items(string text)
    {
        ValueList<string> list = ListParser.Parse(text, Tags);

        Assert.Empty(list.Items);
        Assert.True(list.AllParsed);
    }

    [Fact]
    public void Reports_empty_items_at_their_place()
    {
        ValueList<string> list = ListParser.Parse("a,, b,", Tags);

        Assert.Equal(["a", "", "b", ""], list.Items.Select(item => item.Text));
        Assert.Equal([2, 6], list.Items.Where(item => !item.Result.IsSuccess).Select(item => item.Offset));
        Assert.All(list.Items.Where(item => !item.Result.IsSuccess), item => Assert.Equal(new ValueFailure(IssueCodes.EmptyListItem, ValueFailureReason.Empty), item.Result.Failure));
        Assert.False(list.AllParsed);
    }

    [Fact]
    public void Reads_each_item_with_its_parser_and_keeps_the_others_when_one_fails()
    {
        var options = new ListOptions<long>(";", static text => IntegerParser.Parse(text));

        ValueList<long> list = ListParser.Parse("1; 2; two; 4", options);

        Assert.Equal([true, true, false, true], list.Items.Select(item => item.Result.IsSuccess));
        Assert.Equal(new ValueFailure(IssueCodes.NotAnInteger, ValueFailureReason.Malformed), list.Items[2].Result.Failure);
        Assert.Equal(4L, list.Items[3].Result.Value);
    }

    [Fact]
    public void Reads_a_separator_of_several_characters_and_items_with_options()
    {
        var newsDates = new DateOptions(["MMMM d, yyyy"]);
        var options = new ListOptions<DateOnly>(" / ", text => DateParser.Parse(text, newsDates));

        ValueList<DateOnly> list = ListParser.Parse("March 3, 2025 / 2025-03-04", options);

        Assert.Equal([new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 4)], list.Items.Select(item => item.Result.Value));
    }

    [Fact]
    public void Locates_an_item_inside_the_span_of_its_line()
    {
        ListItem<string> item = ListParser.Parse("rail, strikes", Tags).Items[1];

        Assert.Equal(new SourceSpan(3, 11, 3, 18, 106, 7), item.Locate(new SourceSpan(3, 5, 3, 18, 100, 13)));
    }

    [Fact]
    public void Reads_many_items()
    {
        string text = string.Join(',', Enumerable.Repeat("7", 100_000));

        ValueList<long> list = ListParser.Parse(text, new ListOptions<long>(",", static item => IntegerParser.Parse(item)));

        Assert.Equal(100_000, list.Items.Count);
        Assert.True(list.AllParsed);
    }

    [Fact]
    public void Options_refuse_an_empty_or_blank_separator()
    {
        Assert.Throws<ArgumentException>(() => new ListOptions<string>("", TextParser.Parse));
        Assert.Throws<ArgumentException>(() => new ListOptions<string>(" ", TextParser.Parse));
    }
}
