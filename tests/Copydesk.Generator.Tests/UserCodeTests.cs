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
}
