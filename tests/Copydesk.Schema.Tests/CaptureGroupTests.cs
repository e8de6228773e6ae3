using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Analysis;
using Xunit;

namespace Copydesk.Schema.Tests;

/// <summary>
/// The named groups of a capture pattern become the fields of the captured record: found in the order the pattern
/// names them, each a property that is an identifier and collides with no other, and fields declared only for groups
/// the pattern has, with a did-you-mean for a misspelt one.
/// </summary>
public sealed class CaptureGroupTests
{
    private const string Dateline =
        @"^(?<place>[A-Z][A-Z .]+?)(?:, (?<date>[A-Z][a-z]+ \d{1,2}, \d{4}))? \((?<agency>[A-Za-z]+)\) [—–-]+ (?<text>.*)$";

    private static CaptureGroup[] Find(string pattern) =>
        CaptureGroups.Find(new Regex(pattern, RegexOptions.CultureInvariant), pattern).ToArray();

    [Fact]
    public void Finds_the_named_groups_in_the_order_the_pattern_names_them_with_their_properties_and_places()
    {
        CaptureGroup[] groups = Find(Dateline);

        Assert.Equal(
            [new("place", "Place", 1), new("date", "Date", 30), new("agency", "Agency", 70), new("text", "Text", 100)],
            groups);
    }

    [Fact]
    public void Numbered_groups_capture_no_field()
    {
        Assert.Equal(["city"], Find(@"^(\d+) (?<city>\w+) (?<2>x)?").Select(group => group.Name));
    }

    [Fact]
    public void A_name_used_by_several_alternatives_is_one_group_placed_where_it_is_first_written()
    {
        CaptureGroup[] groups = Find(@"^(?:(?<date>\d{4}-\d\d-\d\d)|on (?<date>\w+ \d+))$");

        Assert.Equal([new CaptureGroup("date", "Date", 4)], groups);
    }

    [Fact]
    public void Groups_each_read_by_a_field_are_fine_in_any_order()
    {
        Assert.Empty(CaptureGroups.Check(Find(Dateline), ["text", "date", "agency", "place"]));
    }

    [Fact]
    public void A_named_group_no_field_reads_is_reported_while_unnamed_groups_are_ignored()
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find(Dateline), ["place", "date", "text"]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.UndeclaredGroup, "agency", string.Empty), problem);
    }

    [Fact]
    public void A_field_for_a_group_the_pattern_does_not_name_is_reported_with_the_closest_group()
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find(Dateline), ["place", "dates", "agency", "text", "date"]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.UnknownGroup, "dates", " Did you mean 'date'?"), problem);
    }

    [Fact]
    public void A_misspelt_field_is_one_mistake_not_also_a_group_read_by_no_field()
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find(Dateline), ["place", "dtae", "agency", "text"]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.UnknownGroup, "dtae", " Did you mean 'date'?"), problem);
    }

    [Fact]
    public void A_field_far_from_every_group_is_reported_without_a_suggestion()
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find(Dateline), ["place", "date", "agency", "text", "distributor"]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.UnknownGroup, "distributor", string.Empty), problem);
    }

    [Fact]
    public void Two_names_that_become_the_same_property_collide()
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find(@"^(?<place>\w+), (?<Place>\w+)$"), ["place", "Place"]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.CollidingGroupNames, "Place", "place"), problem);
    }

    [Theory]
    [InlineData("span", "it becomes the property 'Span', which every captured record already has")]
    [InlineData("toString", "it becomes the property 'ToString', which every captured record already has")]
    [InlineData("equals", "it becomes the property 'Equals', which every captured record already has")]
    public void A_name_that_becomes_a_member_every_captured_record_has_is_invalid(string name, string reason)
    {
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find($@"^(?<{name}>\w+)$"), [name]));

        Assert.Equal(new CaptureProblem(CaptureProblemKind.InvalidGroupName, name, reason), problem);
    }

    [Fact]
    public void A_name_that_is_no_identifier_is_invalid()
    {
        // .NET accepts any word characters in a group name, a combining mark first among them; C# does not.
        CaptureProblem problem = Assert.Single(CaptureGroups.Check(Find("^(?<\u0301x>\\w+)$"), ["\u0301x"]));

        Assert.Equal(CaptureProblemKind.InvalidGroupName, problem.Kind);
        Assert.Equal("it must start with a letter or '_', not '\u0301'", problem.Detail);
    }

    [Fact]
    public void Reports_invalid_names_and_collisions_before_unknown_fields_and_undeclared_groups()
    {
        var problems = CaptureGroups.Check(Find(@"^(?<span>\w+) (?<city>\w+) (?<City>\w+) (?<town>\w+)$"), ["span", "citx", "City"]);

        Assert.Equal(
            [CaptureProblemKind.InvalidGroupName, CaptureProblemKind.CollidingGroupNames, CaptureProblemKind.UnknownGroup, CaptureProblemKind.UndeclaredGroup],
            problems.Select(problem => problem.Kind));
        Assert.Equal(" Did you mean 'city'?", problems[2].Detail);
    }
}
