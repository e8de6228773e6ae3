namespace Copydesk.Interpreter.Tests.BackEnds;

/// <summary>
/// The two ways to run a schema, which must agree on every article: the specification tests run once per back end,
/// as the Regex tests run once per engine.
/// </summary>
public enum BackEnd
{
    /// <summary>The code the source generator emits for the schema, compiled and loaded in memory.</summary>
    Generated,

    /// <summary>The schema run at run time by <see cref="Interpretation.SchemaInterpreter"/>.</summary>
    Interpreted,
}
