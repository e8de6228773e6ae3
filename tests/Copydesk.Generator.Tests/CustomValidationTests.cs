using System;
using System.Linq;
using Copydesk.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// The generated <c>partial void ValidateCustom(…)</c>: a team's own C# rules, run inside <c>Validate()</c> after the
/// schema's checks. Only compiled code has it; the interpreter runs the schema's checks only.
/// </summary>
public sealed class CustomValidationTests
{
    private const string Schema = """
        copydesk: 1
        type: Brief
        layout:
          - headline: { line: label, check: { maxWords: 3 } }
          - body: { line: sentence, repeat: 1+ }
        """;

    // A rule the schema cannot say: the headline must not repeat the first sentence.
    private const string Code = """
        namespace UserProject;

        public sealed partial record Brief
        {
            partial void ValidateCustom(System.Collections.Generic.ICollection<Copydesk.ArticleIssue> issues)
            {
                if (Body[0].Text.StartsWith(Headline.Text, System.StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(new Copydesk.ArticleIssue("ACME001", Copydesk.IssueSeverity.Warning, "headline", "The headline repeats the first sentence.", Headline.Span));
                }
            }
        }

        public static class Check
        {
            public static string Run(string text) =>
                string.Join("\n", Brief.Parse(text).Document!.Validate().Select(i => $"{i.Code} {i.Severity} {i.Path} ({i.Span.Line},{i.Span.Column}): {i.Message}"));
        }
        """;

    [Fact]
    public void Validate_reports_the_schema_checks_then_the_custom_issues()
    {
        var (run, output) = GeneratorHarness.RunWithCode("using System.Linq;\n" + Code, null, ("/project/schemas/brief.schema.yaml", Schema));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
        using LoadedAssembly loaded = LoadedAssembly.Emit(output, collectible: true, TestContext.Current.CancellationToken);
        var check = loaded.Assembly.GetType("UserProject.Check")!.GetMethod("Run")!.CreateDelegate<Func<string, string>>();

        Assert.Equal(
            "CD3003 Error headline (1,1): headline has 4 words; the limit is 3.\nACME001 Warning headline (1,1): The headline repeats the first sentence.",
            check("Port curfew vote passes\nPort curfew vote passes by 5-2.\n"));
        Assert.Equal(string.Empty, check("Curfew approved\nThe harbor commission voted 5-2.\n"));
    }

    [Fact]
    public void Without_an_implementation_the_hook_is_compiled_away_and_the_project_compiles()
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/brief.schema.yaml", Schema));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
