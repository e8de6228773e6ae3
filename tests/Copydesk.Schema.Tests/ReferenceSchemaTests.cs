using System;
using System.IO;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Copydesk.Schema.Model;
using Xunit;

namespace Copydesk.Schema.Tests;

/// <summary>The reference schema, schemas/digest-story.schema.yaml, loads cleanly into the model it describes.</summary>
public sealed class ReferenceSchemaTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "digest-story.schema.yaml"));

    private static ArticleSchema Schema
    {
        get
        {
            SchemaLoadResult result = SchemaText.LoadText(Text);
            Assert.True(result.Diagnostics.Count == 0, SchemaText.Show(result));
            return Assert.IsType<ArticleSchema>(result.Schema);
        }
    }

    [Fact]
    public void Loads_without_diagnostics()
    {
        SchemaLoadResult result = SchemaText.LoadText(Text);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Schema);
    }

    [Fact]
    public void Header_gives_version_type_namespace_and_description()
    {
        ArticleSchema schema = Schema;

        Assert.Equal(1, schema.Version);
        Assert.Equal("DigestStory", schema.TypeName);
        Assert.Equal("Copydesk.Samples", schema.Namespace);
        Assert.Equal("A news-digest story with quotes, sections and in-depth links.", schema.Description);
    }

    [Fact]
    public void Declares_heading_and_attribution_line_classes()
    {
        ArticleSchema schema = Schema;

        Assert.Equal(2, schema.LineClasses.Count);
        LineClass heading = schema.LineClasses[0];
        Assert.Equal("heading", heading.Name);
        Assert.Equal("A short title line, such as a section heading.", heading.Description);
        Assert.Equal(
            new AllPredicate(new Predicate[] { new NotPredicate(new ClassPredicate("sentence")), new WordCountPredicate(0, 6) }.ToEquatableArray()),
            heading.Predicate);
        Assert.Equal((10, 3), (heading.Range.StartLine, heading.Range.StartColumn));

        LineClass attribution = schema.LineClasses[1];
        Assert.Equal("attribution", attribution.Name);
        Assert.Equal(
            new AllPredicate(new Predicate[] { new NotPredicate(new ClassPredicate("sentence")), new WordCountPredicate(2, int.MaxValue) }.ToEquatableArray()),
            attribution.Predicate);
    }

    [Fact]
    public void Declares_three_parts()
    {
        ArticleSchema schema = Schema;

        Assert.Equal(["Quote", "Section", "InDepthLink"], schema.Parts.Select(p => p.Name));
        Part quote = schema.Parts[0];
        Assert.Equal(["text", "attribution"], quote.Slots.Select(s => s.Name));
        Assert.Equal(ValueKind.Quoted, Assert.IsType<LineSlot>(quote.Slots[0]).Value);
        LineSlot attribution = Assert.IsType<LineSlot>(quote.Slots[1]);
        Assert.Equal(("attribution", ValueKind.Attribution), (attribution.LineClass, attribution.Value));
        Assert.NotNull(attribution.Check);
        Assert.True(attribution.Check.SpeakerRequired);
        Assert.Equal(CheckSeverity.Warning, attribution.Check.Severity);

        Slot paragraphs = schema.Parts[1].Slots[1];
        Assert.Equal((Cardinality.Repeat, 1, int.MaxValue), (paragraphs.Cardinality, paragraphs.Min, paragraphs.Max));

        Slot summary = schema.Parts[2].Slots[1];
        Assert.Equal((Cardinality.Optional, 0, 1), (summary.Cardinality, summary.Min, summary.Max));
    }

    [Fact]
    public void Layout_has_six_slots()
    {
        ArticleSchema schema = Schema;

        Assert.Equal(["headline", "subheadline", "body", "summarizedBy", "sections", "inDepth"], schema.Layout.Select(s => s.Name));
        LineSlot headline = Assert.IsType<LineSlot>(schema.Layout[0]);
        Assert.Equal(("label", Cardinality.One, 1, 1), (headline.LineClass, headline.Cardinality, headline.Min, headline.Max));
        Assert.Equal(120, headline.Check?.MaxLength);
        Assert.Equal("The headline.", headline.Description);
        Assert.Equal((33, 5), (headline.Range.StartLine, headline.Range.StartColumn));
    }

    [Fact]
    public void Body_is_a_repeated_choice_of_quote_and_paragraph()
    {
        OneOfSlot body = Assert.IsType<OneOfSlot>(Schema.Layout[2]);

        Assert.Equal((Cardinality.Repeat, 1, int.MaxValue), (body.Cardinality, body.Min, body.Max));
        Assert.Equal(2, body.Cases.Count);
        Assert.Equal(("quote", "Quote"), (body.Cases[0].Name, Assert.IsType<PartCase>(body.Cases[0]).Part));
        Assert.Equal(("paragraph", "sentence"), (body.Cases[1].Name, Assert.IsType<LineCase>(body.Cases[1]).LineClass));
        Assert.Equal((39, 11), (body.Cases[0].Range.StartLine, body.Cases[0].Range.StartColumn));
    }

    [Fact]
    public void SummarizedBy_is_an_optional_capturing_marker()
    {
        MarkerSlot summarizedBy = Assert.IsType<MarkerSlot>(Schema.Layout[3]);

        Assert.Equal(("Summarized by", true), (summarizedBy.Text, summarizedBy.CapturesRest));
        Assert.Equal(Cardinality.Optional, summarizedBy.Cardinality);
        Assert.True(summarizedBy.Check?.NotEmpty);
    }

    [Fact]
    public void InDepth_repeats_a_part_after_its_marker()
    {
        PartSlot inDepth = Assert.IsType<PartSlot>(Schema.Layout[5]);

        Assert.Equal(("InDepthLink", "Topic in-depth"), (inDepth.Part, inDepth.After));
        Assert.Equal((Cardinality.Repeat, 0, int.MaxValue), (inDepth.Cardinality, inDepth.Min, inDepth.Max));
    }

    [Fact]
    public void Markers_are_listed_in_order_of_appearance()
    {
        Assert.Equal(
            [new MarkerDefinition("Summarized by", true), new MarkerDefinition("Topic in-depth", false)],
            Schema.Markers);
    }

    [Fact]
    public void Loading_twice_gives_equal_models()
    {
        SchemaLoadResult first = SchemaText.LoadText(Text);
        SchemaLoadResult second = SchemaText.LoadText(Text);

        Assert.NotSame(first.Schema, second.Schema);
        Assert.Equal(first, second);
        Assert.Equal(first.Schema!.GetHashCode(), second.Schema!.GetHashCode());
    }

    [Fact]
    public void Line_endings_do_not_change_the_model_apart_from_offsets()
    {
        ArticleSchema lf = Schema;
        SchemaLoadResult crlf = SchemaText.LoadText(Text.Replace("\n", "\r\n"));

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(lf.Layout.Select(s => (s.Name, s.Range.StartLine, s.Range.StartColumn)), crlf.Schema!.Layout.Select(s => (s.Name, s.Range.StartLine, s.Range.StartColumn)));
    }

    [Fact]
    public void An_edit_changes_the_model()
    {
        SchemaLoadResult edited = SchemaText.LoadText(Text.Replace("maxLength: 120", "maxLength: 121"));

        Assert.Empty(edited.Diagnostics);
        Assert.NotEqual(Schema, edited.Schema);
    }
}
