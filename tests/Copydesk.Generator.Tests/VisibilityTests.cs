using System.Linq;
using Copydesk.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// <c>visibility: internal</c> in a schema, or the project's <c>CopydeskVisibility</c> property, makes every generated
/// type internal; the project's own code compiles against them.
/// </summary>
public sealed class VisibilityTests
{
    private const string Path = "/project/schemas/card.schema.yaml";

    private static string Schema(string visibility) => $$"""
        copydesk: 1
        type: Card
        {{visibility}}
        parts:
          Contact:
            - name: label
        layout:
          - title: label
          - items:
              repeat: 0+
              oneOf:
                - contact: Contact
                - note: sentence
        """;

    // Internal code that uses every kind of generated type; it would not compile if they were missing.
    private const string Code = """
        namespace UserProject;

        internal static class Reader
        {
            internal static string? FirstContact(string text) =>
                Card.Parse(text).Document?.Items.OfType<Card.ItemsItem.Contact>().Select(c => c.Value.Name.Text).FirstOrDefault();
        }
        """;

    private static Compilation Generate(string schema, string? projectVisibility)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile(Path, schema)], visibility: projectVisibility);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation("using System.Linq;\n" + Code), out Compilation output, out _);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
        return output;
    }

    private static Accessibility[] GeneratedTypes(Compilation output)
    {
        Accessibility[] found = [.. new[] { "UserProject.Card", "UserProject.Card+ContactPart", "UserProject.Contact", "UserProject.Card+ItemsItem", "UserProject.Card+ItemsItem+Contact", "UserProject.Card+ItemsItem+Note" }
            .Select(name => output.GetTypeByMetadataName(name))
            .Where(type => type is not null)
            .Select(type => type!.DeclaredAccessibility)];
        Assert.True(found.Length >= 3, "the article, the part and the oneOf types");
        return found;
    }

    [Fact]
    public void Visibility_internal_in_the_schema_makes_every_generated_type_internal()
    {
        Accessibility[] types = GeneratedTypes(Generate(Schema("visibility: internal"), projectVisibility: null));

        Assert.All(types, accessibility => Assert.Equal(Accessibility.Internal, accessibility));
    }

    [Fact]
    public void The_project_property_sets_the_default_and_the_schema_overrides_it()
    {
        Assert.All(GeneratedTypes(Generate(Schema(string.Empty), projectVisibility: "internal")), a => Assert.Equal(Accessibility.Internal, a));
        Assert.All(GeneratedTypes(Generate(Schema("visibility: public"), projectVisibility: "internal")), a => Assert.Equal(Accessibility.Public, a));
        Assert.All(GeneratedTypes(Generate(Schema(string.Empty), projectVisibility: null)), a => Assert.Equal(Accessibility.Public, a));
    }

    [Fact]
    public void An_unknown_visibility_is_CD1009()
    {
        var (run, _) = GeneratorHarness.Run((Path, Schema("visibility: private")));

        Assert.Contains(run.Diagnostics, d => d.Id == "CD1009");
    }
}
