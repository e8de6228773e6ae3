using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>The project's own code compiles against what the generator emits, in the cases where names could clash.</summary>
public sealed class UserCodeTests
{
    private const string Path = "/project/schemas/card.schema.yaml";

    [Fact]
    public void A_layout_slot_named_like_its_part_is_a_property_of_the_part_type_with_the_Part_suffix()
    {
        const string Schema = """
            copydesk: 1
            type: Card
            parts:
              Contact:
                - name: label
                - phone: { line: label, optional: true }
            layout:
              - title: label
              - contact: Contact
            """;
        const string Code = """
            namespace UserProject;

            public static class Reader
            {
                public static string? Name(string text)
                {
                    Card.ContactPart? contact = Card.Parse(text).Document?.Contact;
                    return contact?.Name.Text;
                }
            }
            """;

        var (run, output) = GeneratorHarness.RunWithCode(Code, null, (Path, Schema));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Code_that_names_the_type_of_a_schema_with_errors_gets_only_the_schema_error_and_obsolete_warnings()
    {
        const string Schema = """
            copydesk: 1
            type: Card
            layout:
              - title: lable
            """;
        const string Code = """
            namespace UserProject;

            public static class Reader
            {
                public static Card? Current { get; set; }
            }
            """;

        var (run, output) = GeneratorHarness.RunWithCode(Code, null, (Path, Schema));

        Assert.Equal("CD1008", Assert.Single(run.Diagnostics).Id);
        Diagnostic[] compiler = output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.NotEmpty(compiler);
        Assert.All(compiler, obsolete =>
        {
            Assert.Equal(("CS0618", DiagnosticSeverity.Warning), (obsolete.Id, obsolete.Severity));
            Assert.Contains("card.schema.yaml has schema errors; fix them to generate Card", obsolete.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_stand_in_is_in_the_namespace_the_schema_names()
    {
        const string Schema = """
            copydesk: 1
            type: Card
            namespace: Newsroom.Cards
            layout:
              - title: { line: label, repeat: lots }
            """;

        var (run, output) = GeneratorHarness.RunWithCode("public static class Reader { public static Newsroom.Cards.Card? Current { get; set; } }", null, (Path, Schema));

        Assert.Equal("CD1036", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain(output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_schema_with_errors_does_not_stand_in_for_a_type_another_schema_generates()
    {
        const string Valid = "copydesk: 1\ntype: Card\nlayout:\n  - title: label\n";
        const string Broken = "copydesk: 1\ntype: Card\nlayout:\n  - title: lable\n";

        var (run, output) = GeneratorHarness.RunWithCode("public static class Reader { public static UserProject.Card? Current { get; set; } }", null, ("/project/a.schema.yaml", Broken), ("/project/b.schema.yaml", Valid));

        Assert.Equal("CD1008", Assert.Single(run.Diagnostics).Id);
        Assert.Single(run.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_schema_that_names_no_usable_type_generates_nothing()
    {
        var (run, _) = GeneratorHarness.Run((Path, "copydesk: 1\ntype: My Card\nlayout:\n  - title: label\n"));

        Assert.Equal("CD1005", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.Results.Single().GeneratedSources);
    }
}
