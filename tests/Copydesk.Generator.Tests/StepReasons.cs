using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>Why the generator's tracked steps produced each of their outputs in a run: the incremental tests' one assertion.</summary>
internal static class StepReasons
{
    /// <summary>Asserts why each output of each step was produced, in the order of the step's inputs.</summary>
    public static void AssertReasons(GeneratorRunResult run, params (string Step, IncrementalStepRunReason[] Reasons)[] expected)
    {
        foreach ((string step, IncrementalStepRunReason[] reasons) in expected)
        {
            Assert.True(reasons.SequenceEqual(Reasons(run, step)), $"{step}: expected {string.Join(", ", reasons)}, got {string.Join(", ", Reasons(run, step))}");
        }
    }

    /// <summary>Why each output of the step was produced, in the order of the step's inputs.</summary>
    public static IncrementalStepRunReason[] Reasons(GeneratorRunResult run, string step)
    {
        Assert.True(run.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
        return run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
    }
}
