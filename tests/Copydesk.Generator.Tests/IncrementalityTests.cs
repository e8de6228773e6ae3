using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Copydesk.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static Copydesk.Generator.Tests.StepReasons;

namespace Copydesk.Generator.Tests;

/// <summary>
/// The generator caches its work: edits that do not touch a schema re-run no schema step, a comment re-runs no
/// emission, and editing one schema leaves the others' outputs cached. Each test names the reason of every step.
/// </summary>
public sealed class IncrementalityTests
{
    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;

    private static readonly string[] SchemaSteps =
    [
        TrackingNames.SchemaText, TrackingNames.SchemaModel, TrackingNames.GenerationUnit, TrackingNames.ParsePlan, TrackingNames.GeneratedSource,
        TrackingNames.OutputClaims, TrackingNames.SchemaOutput, TrackingNames.SchemaDiagnostics,
    ];

    private static GeneratorHarness.SchemaFile[] Schemas() =>
    [
        new("/project/schemas/digest-story.schema.yaml", GeneratorHarness.ReadSchema("digest-story.schema.yaml")),
        new("/project/schemas/brief.schema.yaml", GeneratorHarness.ReadSchema("digest-story.schema.yaml").Replace("type: DigestStory", "type: BriefStory")),
        new("/project/schemas/wire-story.schema.yaml", GeneratorHarness.ReadSchema("wire-story.schema.yaml")),
    ];

    private static CSharpCompilation UserCode() => GeneratorHarness.CreateCompilation("namespace UserProject { internal static class A { } }");

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        CSharpCompilation compilation = UserCode();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(compilation, TestContext.Current.CancellationToken);

        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace UserProject { internal static class B { } }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, cancellationToken: TestContext.Current.CancellationToken));
        GeneratorRunResult second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (string step in SchemaSteps)
        {
            Assert.Equal([Cached, Cached, Cached], Reasons(second, step));
        }

        AssertReasons(
            second,
            (TrackingNames.SchemaFiles, [Cached, Cached, Cached]),
            (TrackingNames.Options, [Cached]),
            (TrackingNames.DuplicateTypes, [Cached]),
            (TrackingNames.ProjectRequirements, [Cached]));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(Cached, output.Reason));
    }

    [Fact]
    public void A_comment_that_moves_no_slot_reruns_the_diagnostics_but_not_the_emission()
    {
        GeneratorHarness.SchemaFile[] schemas = Schemas();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas).RunGenerators(UserCode(), TestContext.Current.CancellationToken);

        // A comment at the end of a line shifts every position after it, but no slot to another line.
        var commented = new GeneratorHarness.SchemaFile(schemas[0].Path, Text(schemas[0]).Replace("type: DigestStory", "type: DigestStory   # the article type"));
        GeneratorRunResult second = driver.ReplaceAdditionalText(schemas[0], commented).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertReasons(
            second,
            (TrackingNames.SchemaText, [Modified, Cached, Cached]),
            (TrackingNames.SchemaModel, [Modified, Cached, Cached]),
            (TrackingNames.GenerationUnit, [Modified, Cached, Cached]),
            (TrackingNames.ParsePlan, [Unchanged, Cached, Cached]),
            (TrackingNames.GeneratedSource, [Cached, Cached, Cached]),
            (TrackingNames.OutputClaims, [Cached, Cached, Cached]),
            (TrackingNames.DuplicateTypes, [Cached]),
            (TrackingNames.SchemaOutput, [Cached, Cached, Cached]),
            (TrackingNames.SchemaDiagnostics, [Unchanged, Cached, Cached]));
    }

    [Fact]
    public void A_comment_that_moves_slots_to_other_lines_reemits_because_the_code_cites_them()
    {
        GeneratorHarness.SchemaFile[] schemas = Schemas();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas).RunGenerators(UserCode(), TestContext.Current.CancellationToken);

        var commented = new GeneratorHarness.SchemaFile(schemas[0].Path, "# A digest story.\n" + Text(schemas[0]));
        GeneratorRunResult second = driver.ReplaceAdditionalText(schemas[0], commented).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertReasons(
            second,
            (TrackingNames.ParsePlan, [Modified, Cached, Cached]),
            (TrackingNames.GeneratedSource, [Modified, Cached, Cached]),
            (TrackingNames.OutputClaims, [Unchanged, Cached, Cached]),
            (TrackingNames.SchemaOutput, [Modified, Cached, Cached]));
    }

    [Fact]
    public void Editing_one_of_three_schemas_leaves_the_other_schemas_cached()
    {
        GeneratorHarness.SchemaFile[] schemas = Schemas();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas).RunGenerators(UserCode(), TestContext.Current.CancellationToken);

        var edited = new GeneratorHarness.SchemaFile(schemas[1].Path, Text(schemas[1]).Replace("maxLength: 120", "maxLength: 100"));
        GeneratorRunResult second = driver.ReplaceAdditionalText(schemas[1], edited).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertReasons(
            second,
            (TrackingNames.SchemaText, [Cached, Modified, Cached]),
            (TrackingNames.SchemaModel, [Cached, Modified, Cached]),
            (TrackingNames.GenerationUnit, [Cached, Modified, Cached]),
            (TrackingNames.ParsePlan, [Cached, Modified, Cached]),
            (TrackingNames.GeneratedSource, [Cached, Modified, Cached]));

        // The facts the checks across schemas need did not change, so neither did their verdict.
        AssertReasons(
            second,
            (TrackingNames.OutputClaims, [Cached, Unchanged, Cached]),
            (TrackingNames.DuplicateTypes, [Cached]),
            (TrackingNames.SchemaOutput, [Cached, Modified, Cached]),
            (TrackingNames.SchemaDiagnostics, [Cached, Unchanged, Cached]));
    }

    [Fact]
    public void Running_twice_on_the_same_input_produces_equal_models()
    {
        GeneratorRunResult first = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        GeneratorRunResult second = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(UserCode(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (string step in SchemaSteps.Append(TrackingNames.DuplicateTypes))
        {
            object[] left = first.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            object[] right = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            Assert.Equal(left, right);
            Assert.All(left.Zip(right), pair => Assert.NotSame(pair.First, pair.Second));
        }
    }

    [Fact]
    public void The_pipeline_holds_no_Roslyn_symbols_syntax_compilations_or_locations()
    {
        GeneratorRunResult run = GeneratorHarness.CreateDriver(Schemas())
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        // The compilation and parse options are the compiler's own inputs: the project step reads two facts from them and keeps only those.
        foreach (var (name, steps) in run.TrackedSteps.Where(step => step.Key is not ("Compilation" or "ParseOptions")))
        {
            foreach (object value in steps.SelectMany(s => s.Outputs).Select(o => o.Value))
            {
                AssertNoRoslynObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static string Text(GeneratorHarness.SchemaFile file) => file.GetText(TestContext.Current.CancellationToken)!.ToString();

    /// <summary>Walks an object graph and fails on any Roslyn object, which would keep compilations alive and break caching.</summary>
    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or Location or SyntaxTree or SemanticModel,
            $"{path} holds a {type.FullName}");

        if (value is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? item in sequence)
            {
                AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
