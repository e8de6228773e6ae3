using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The front matter of the parse plan: names, nullability, defaults and checks decided once for both back ends.</summary>
public sealed class FrontMatterPlanTests
{
    private static ParsePlan Plan(string frontMatter)
    {
        SchemaLoadResult result = LoadText(Header + "frontMatter:\n" + frontMatter + MinimalLayout);
        Assert.True(result.Schema is not null, Show(result));
        return ParsePlanBuilder.Build(result.Schema);
    }

    [Fact]
    public void A_schema_without_front_matter_plans_none()
    {
        SchemaLoadResult result = LoadText(Header + MinimalLayout);

        Assert.Null(ParsePlanBuilder.Build(result.Schema!).FrontMatter);
    }

    [Fact]
    public void Fields_become_pascal_case_properties_nullable_only_when_optional_without_a_default()
    {
        FrontMatterPlan plan = Plan("  fields:\n    title: { type: string, required: true }\n    cover_image: url\n    draft: { type: boolean, default: false }\n    tags: { type: string, list: true }\n").FrontMatter!;

        Assert.Equal("StoryFrontMatter", plan.RecordName);
        Assert.Equal(
            [("title", "Title", false), ("cover_image", "CoverImage", true), ("draft", "Draft", false), ("tags", "Tags", false)],
            plan.Fields.Select(f => (f.Name, f.PropertyName, f.IsNullable)));
        Assert.Equal("false", plan.Fields[2].Default);
    }

    [Fact]
    public void Each_front_matter_type_holds_the_value_of_the_typed_parser_of_the_same_name_a_string_text_and_a_mapping_none()
    {
        foreach (FrontMatterType type in System.Enum.GetValues(typeof(FrontMatterType)))
        {
            string word = Reading.FrontMatterKeys.Types[(int)type];
            string? expected = type switch
            {
                FrontMatterType.String => Reading.ValueSpecKeys.Text,
                FrontMatterType.Mapping => null,
                _ => word,
            };

            Assert.Equal(expected, FrontMatterValueKinds.Of(type) is { } kind ? Reading.ValueSpecKeys.MappingTypes[(int)kind] : null);
        }
    }

    [Theory]
    [InlineData("date", TypedValueKind.Date)]
    [InlineData("date-time", TypedValueKind.DateTime)]
    public void A_date_field_with_formats_is_read_by_the_typed_parser_of_its_type(string type, TypedValueKind kind)
    {
        FrontMatterFieldPlan field = Plan($"  fields:\n    when: {{ type: {type}, formats: [\"d MMMM yyyy\"] }}\n").FrontMatter!.Fields[0];

        Assert.Equal(new ValueSpec(kind) { Formats = new[] { "d MMMM yyyy" }.ToEquatableArray() }, field.Parser);
    }

    [Fact]
    public void Nested_mappings_get_records_named_after_their_parents()
    {
        FrontMatterPlan plan = Plan("  fields:\n    author:\n      type: mapping\n      fields:\n        name: string\n        social:\n          fields:\n            site: url\n").FrontMatter!;

        Assert.Equal(["StoryFrontMatterAuthor", "StoryFrontMatterAuthorSocial"], plan.NestedMappings.Select(m => m.RecordName));
    }

    [Fact]
    public void Checks_carry_their_engine_and_severity()
    {
        FrontMatterPlan plan = Plan("  unknownKeys: error\n  fields:\n    slug: { type: string, pattern: '^[a-z-]+$', severity: warning }\n    n: { type: integer, min: 1, max: 9 }\n").FrontMatter!;

        Assert.Equal(CheckSeverity.Warning, plan.Fields[0].Checks.Severity);
        Assert.Equal(UnknownKeyPolicy.Error, plan.UnknownKeys);
        Assert.Equal(new PatternRule("^[a-z-]+$", false), plan.Fields[0].Checks.Pattern);
        Assert.Equal(("1", "9"), (plan.Fields[1].Checks.Minimum, plan.Fields[1].Checks.Maximum));
    }

    [Fact]
    public void Plans_of_the_same_schema_are_equal_so_the_generator_caches_them()
    {
        const string frontMatter = "  fields:\n    tags: { type: string, list: true, default: [news] }\n";

        Assert.Equal(Plan(frontMatter), Plan(frontMatter));
    }

    [Fact]
    public void A_slot_named_front_matter_collides_with_the_article_property()
    {
        SchemaLoadResult result = LoadText(Header + "frontMatter:\n  fields:\n    title: string\nlayout:\n  - frontMatter: label\n");

        Assert.Equal(DiagnosticCatalog.FrontMatterNameCollision.Id, Assert.Single(result.Diagnostics).Id);
    }
}
