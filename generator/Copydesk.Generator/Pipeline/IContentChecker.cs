using System.Threading;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Checks articles against their schema inside the compiler: the engine the content pipeline runs once per schema
/// (<see cref="Load"/>) and once per article (<see cref="Check"/>). Both may throw; the pipeline reports what they throw.
/// </summary>
internal interface IContentChecker
{
    /// <summary>
    /// Loads a schema for checking articles; <see langword="null"/> when the schema has errors (they are reported at
    /// the schema by the generator, and once for each collection that uses it).
    /// </summary>
    object? Load(string schemaPath, string schemaText, CancellationToken cancellationToken);

    /// <summary>Parses and validates one article; every parse error and every validation issue, in document order.</summary>
    EquatableArray<ContentIssue> Check(object schema, string articlePath, string articleText, CancellationToken cancellationToken);
}
