using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Copydesk.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>The generator caches its work: edits that do not touch a schema re-run no schema step.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] SchemaSteps =
        [TrackingNames.SchemaText, TrackingNames.SchemaModel, TrackingNames.GenerationUnit, TrackingNames.GeneratedSource];

    private static GeneratorHarness.SchemaFile[] Schemas() =>
    [
        new("/project/schemas/digest-story.schema.yaml", GeneratorHarness.ReadSchema("digest-story.schema.yaml")),
        new("/project/schemas/brief.schema.yaml", GeneratorHarness.ReadSchema("digest-story.schema.yaml").Replace("type: DigestStory", "type: BriefStory")),
    ];

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace UserProject { internal static class A { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(compilation, TestContext.Current.CancellationToken);

        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace UserProject { internal static class B { } }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, cancellationToken: TestContext.Current.CancellationToken));
        GeneratorRunResult second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second, [.. SchemaSteps, TrackingNames.Options, TrackingNames.DuplicateTypes, TrackingNames.ProjectRequirements]);
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Running_twice_on_the_same_input_produces_equal_models()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace UserProject { internal static class A { } }");
        GeneratorRunResult first = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        GeneratorRunResult second = GeneratorHarness.CreateDriver(Schemas()).RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (string step in SchemaSteps)
        {
            object[] left = first.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            object[] right = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            Assert.Equal(left, right);
            Assert.All(left.Zip(right), pair => Assert.NotSame(pair.First, pair.Second));
        }
    }

    [Fact]
    public void Editing_one_schema_reruns_only_that_schema()
    {
        GeneratorHarness.SchemaFile[] schemas = Schemas();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace UserProject { internal static class A { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = new GeneratorHarness.SchemaFile(schemas[1].Path, schemas[1].GetText(TestContext.Current.CancellationToken)!.ToString().Replace("maxLength: 120", "maxLength: 100"));
        GeneratorRunResult second = driver.ReplaceAdditionalText(schemas[1], edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        IncrementalStepRunReason[] models = second.TrackedSteps[TrackingNames.SchemaModel].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], models);
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

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult run, IEnumerable<string> stepNames)
    {
        foreach (string name in stepNames)
        {
            Assert.True(run.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            Assert.All(
                run.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} output was {output.Reason}"));
        }
    }

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
