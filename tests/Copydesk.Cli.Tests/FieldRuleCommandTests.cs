using System.Threading.Tasks;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>
/// The command-line tool runs a schema's <c>rules:</c>, as the generated code does: <c>validate</c> reports each
/// broken rule as a located issue and <c>check</c> reports the schema's rule mistakes as located diagnostics.
/// </summary>
public sealed class FieldRuleCommandTests
{
    private const string Schema = """
        copydesk: 1
        type: Recipe
        layout:
          - title: label
          - stepCount: { after: "Steps", line: any, value: integer }
          - steps: { line: sentence, repeat: 1+ }
          - photo: { after: "Photo", line: any, optional: true }
          - credit: { after: "Credit", line: any, optional: true }
        rules:
          - { count: steps, equals: stepCount, severity: warning }
          - { field: credit, requiredWith: photo }
        """;

    [Fact]
    public async Task Validate_reports_each_broken_rule_at_its_field()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("recipe.schema.yaml", Schema);
        string article = temp.Write("soup.txt", "Leek soup\nSteps\n2\nSweat the leeks.\nAdd the stock.\nServe hot.\nPhoto\nAna Ruiz\n");

        CliRun run = await CliRun.RunAsync("validate", "--schema", schema, article);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            [
                $"{article}(4,1): warning CD3051: steps has 3 items; stepCount says 2.",
                $"{article}(8,1): error CD3053: credit is required when photo is present.",
                "1 file, 1 error, 1 warning",
            ],
            run.OutLines);
    }

    [Fact]
    public async Task Check_reports_a_rule_naming_no_field_with_the_closest_one()
    {
        using var temp = new TempFolder();
        string schema = temp.Write("recipe.schema.yaml", Schema.Replace("requiredWith: photo", "requiredWith: foto", System.StringComparison.Ordinal));

        CliRun run = await CliRun.RunAsync("check", schema);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains(run.OutLines, line => line.StartsWith($"{schema}(11,36): error CD1090: The rule names 'foto', which is no field of the article: did you mean 'photo'?", System.StringComparison.Ordinal));
    }
}
