using System.Text;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// Checks articles against their schema inside the compiler: the engine the content pipeline runs once per schema
/// (<see cref="Load"/>) and once per article (<see cref="Check"/>). Both may throw; the pipeline reports what they throw.
/// </summary>
internal interface IContentChecker
{
    /// <summary>
    /// Prepares a schema for checking articles from the model the generator loaded, so its YAML is read once;
    /// <see langword="null"/> when the schema has errors (they are reported at the schema by the generator, and once
    /// for each collection that uses it).
    /// </summary>
    /// <param name="schemaPath">The schema file.</param>
    /// <param name="loaded">What the generator's loading of the schema file produced.</param>
    /// <param name="cancellationToken">The build's cancellation.</param>
    object? Load(string schemaPath, SchemaLoadResult loaded, CancellationToken cancellationToken);

    /// <summary>Parses and validates one article; every parse error and every validation issue, in document order.</summary>
    /// <param name="schema">What <see cref="Load"/> returned.</param>
    /// <param name="articlePath">The article file.</param>
    /// <param name="articleText">The article's text, as the compiler decoded it.</param>
    /// <param name="fallbackEncoding">
    /// The encoding the compiler fell back to because the file is not UTF-8 or UTF-16, so the engine checks its bytes
    /// as the tool does and reports the text as not UTF-8 where it stops being so; <see langword="null"/> for a UTF-8
    /// or UTF-16 file.
    /// </param>
    /// <param name="cancellationToken">The build's cancellation.</param>
    EquatableArray<ContentIssue> Check(object schema, string articlePath, string articleText, Encoding? fallbackEncoding, CancellationToken cancellationToken);
}
