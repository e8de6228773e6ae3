using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Copydesk.Interpreter.Tests.BackEnds;

/// <summary>
/// Runs a theory once for each <see cref="BackEnd"/>, its first argument; given values, once for each back end and
/// value, the value as its second argument.
/// </summary>
/// <param name="values">The values to try on every back end; none to run the theory once per back end.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EachBackEndAttribute(params object[] values) : DataAttribute
{
    /// <summary>The values tried on every back end.</summary>
    public IReadOnlyList<object> Values { get; } = values;

    /// <inheritdoc />
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(Enum.GetValues<BackEnd>()
            .SelectMany(backEnd => Values.Count == 0
                ? [new TheoryDataRow(backEnd)]
                : Values.Select(value => (ITheoryDataRow)new TheoryDataRow(backEnd, value)))
            .ToArray());

    /// <inheritdoc />
    public override bool SupportsDiscoveryEnumeration() => true;
}
