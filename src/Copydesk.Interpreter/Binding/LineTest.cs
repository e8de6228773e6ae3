using Copydesk.Units;
using System;

namespace Copydesk.Interpretation.Binding;

/// <summary>A line class, compiled: the test a line's text must pass, and how to say that it did not.</summary>
internal sealed class LineTest
{
    private readonly Func<TextUnit, bool>? test;

    /// <param name="name">The class name as written in the schema.</param>
    /// <param name="test">The test, or <see langword="null"/> for the class <c>any</c>, which every line passes.</param>
    /// <param name="rejection">Why a line that fails the test does not fit, for traces.</param>
    public LineTest(string name, Func<TextUnit, bool>? test, string rejection)
    {
        Name = name;
        this.test = test;
        Rejection = rejection;
    }

    /// <summary>The class name.</summary>
    public string Name { get; }

    /// <summary>The text of a trace rejection, such as <c>is a sentence</c>.</summary>
    public string Rejection { get; }

    /// <summary>Whether <paramref name="unit"/> belongs to the class.</summary>
    public bool Matches(TextUnit unit) => test is null || test(unit);
}
